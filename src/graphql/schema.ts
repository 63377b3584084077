// Assembles the schema from the domain files; importing them registers their types.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './errors.js';
import './organizations.js';
import './contributions.js';
import './curation.js';
import './false-positive-report.js';
import './runs.js';
import './warninglists.js';
import './viewer.js';

export const schema: GraphQLSchema = builder.toSchema();

/** The SDL written to schema.graphql and snapshotted by the tests. */
export function printedSchema(): string {
  return printSchema(lexicographicSortSchema(schema));
}
