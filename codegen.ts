// GraphQL Code Generator: writes the committed SDL (schema.graphql) from the Pothos schema,
// typed documents for the tests from the `graphql(...)` calls in test/** and for the web console
// from src/console/** (each with its SHA-256 hash, which the console sends instead of the text),
// and the persisted documents' manifest (by SHA-256 hash) of the operations in
// src/graphql/operations/ and the console's, which the server accepts by hash: one manifest, so
// GRAPHQL_PERSISTED_ONLY=true leaves the console working for readers.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printedSchema } from './src/graphql/schema.js';

const config: CodegenConfig = {
  schema: printedSchema(),
  overwrite: true,
  importExtension: '.js',
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: true } },
    'test/generated/': {
      documents: ['test/**/*.test.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', EmailAddress: 'string' },
        enumsAsTypes: true,
      },
    },
    // The web console's operations: string documents, so the page bundles no GraphQL parser.
    'src/console/generated/': {
      documents: ['src/console/**/*.ts', '!src/console/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', EmailAddress: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
      },
    },
    'src/graphql/persisted/': {
      documents: ['src/graphql/operations/*.graphql', 'src/console/**/*.ts', '!src/console/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', EmailAddress: 'string' },
        enumsAsTypes: true,
      },
    },
  },
};

export default config;
