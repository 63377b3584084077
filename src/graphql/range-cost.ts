// What a query will make the server build, estimated before it runs from the ranges, bucket sizes
// and community counts it asks for (the static cost limit of yoga.ts cannot see those: one
// `contributions` over three years by DAY for every community is 1,096 x communities rows, and
// thirty aliases of it held the process for seconds). Over GRAPHQL_MAX_ROWS the query is refused
// with what to narrow.
import {
  BREAK,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/client.js';
import { tableSizes } from '../stats/cache.js';
import { bucketStart, daysInclusive, type Granularity } from '../stats/days.js';
import { dayOf } from './builder.js';
import type { GraphQLContext } from './context.js';
import { PAGE } from './range.js';

/** Rows a breakdown (types, creators) adds per bucket, as a guess: a community's types in a day. */
const BREAKDOWN_ROWS = 10;
/** Rows of any other list: a community's sync users, a run's days. */
const OTHER_LIST_ROWS = 5;

interface Counts {
  organizations: number;
  syncUsers: number;
}

/** One range field's share of the estimate, for the error message. */
interface Part {
  path: string;
  rows: number;
  detail: string;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  counts: Counts;
  parts: Part[];
  total: number;
}

/** How many buckets cover [from, to], by arithmetic (listing a three-year range of days costs thousands of dates). */
function bucketCount(from: string, to: string, granularity: Granularity): number {
  if (granularity === 'DAY') return daysInclusive(from, to);
  if (granularity === 'WEEK') return Math.ceil(daysInclusive(bucketStart(from, 'WEEK'), to) / 7);
  const months = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));
  return months(to) - months(from) + 1;
}

function range(args: Record<string, unknown>): { from: string; to: string; days: number } | null {
  if (!(args.from instanceof Date) || !(args.to instanceof Date)) return null;
  const [from, to] = [dayOf(args.from), dayOf(args.to)];
  // A reversed or oversized range is refused by the resolver with its own message.
  return from <= to ? { from, to, days: daysInclusive(from, to) } : null;
}

/** How many rows a field makes per parent object, and a description when it is a range field. */
function rowsOf(parent: GraphQLObjectType, field: FieldNode, args: Record<string, unknown>, counts: Counts): { rows: number; detail?: string } {
  const name = field.name.value;
  const communities = counts.organizations;
  if (parent.name === 'Query') {
    if (name === 'organizations') return { rows: communities };
    if (name === 'syncUsers') return { rows: counts.syncUsers };
    if (name === 'leaderboard') {
      const r = range(args);
      const shown = Math.min(Number(args.limit ?? 20), communities);
      return { rows: shown, ...(r ? { detail: `${r.days} days ranked for ${shown} communities` } : {}) };
    }
    if (name === 'contributions') {
      const r = range(args);
      if (!r) return { rows: 1 };
      const asked = Array.isArray(args.organizations) ? Math.min(args.organizations.length, communities) : communities;
      const granularity = (args.granularity ?? 'DAY') as Granularity;
      const buckets = bucketCount(r.from, r.to, granularity);
      return { rows: buckets * asked, detail: `${r.days} days by ${granularity} = ${buckets} buckets x ${asked} communities` };
    }
  }
  if (parent.name === 'Organization' && name === 'series') {
    const r = range(args);
    if (!r) return { rows: 1 };
    const granularity = (args.granularity ?? 'DAY') as Granularity;
    const buckets = bucketCount(r.from, r.to, granularity);
    return { rows: buckets, detail: `${r.days} days by ${granularity} = ${buckets} buckets per community` };
  }
  if (parent.name === 'ContributionBucket' && (name === 'types' || name === 'creators')) return { rows: BREAKDOWN_ROWS, detail: `about ${BREAKDOWN_ROWS} rows per bucket` };
  if (name === 'edges') return { rows: 1 };
  const page = args.first ?? args.last;
  if (typeof page === 'number') return { rows: Math.min(page, PAGE.max) };
  return { rows: 1 };
}

function walk(w: Walk, parent: GraphQLObjectType, selections: SelectionSetNode, multiplier: number, path: string, seen: Set<string>): void {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? w.schema.getType(selection.typeCondition.name.value) : parent;
      if (isObjectType(type)) walk(w, type, selection.selectionSet, multiplier, path, seen);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = w.fragments[selection.name.value];
      // A fragment spread inside itself is refused by validation; guard anyway.
      if (!fragment || seen.has(fragment.name.value)) continue;
      const type = w.schema.getType(fragment.typeCondition.name.value);
      if (isObjectType(type)) walk(w, type, fragment.selectionSet, multiplier, path, new Set([...seen, fragment.name.value]));
      continue;
    }
    const def = parent.getFields()[selection.name.value];
    if (!def || !selection.selectionSet) continue;
    const args = getArgumentValues(def, selection, w.variables);
    const isList = isListType(getNullableType(def.type));
    const { rows, detail } = rowsOf(parent, selection, args, w.counts);
    const perParent = isList || detail ? rows : 1;
    const here = multiplier * (isList && rows === 1 && !detail ? OTHER_LIST_ROWS : perParent);
    const fieldPath = `${path}${path ? '.' : ''}${selection.alias ? `${selection.alias.value}:` : ''}${selection.name.value}`;
    if (isList || detail) {
      w.total += here;
      if (detail) w.parts.push({ path: fieldPath, rows: here, detail: multiplier > 1 ? `${detail}, under ${multiplier} parents` : detail });
    }
    const named = getNamedType(def.type);
    if (isObjectType(named)) walk(w, named, selection.selectionSet, here, fieldPath, seen);
  }
}

async function communityCounts(prisma: Db): Promise<Counts> {
  const sizes = (await tableSizes(prisma, ['Organization', 'SyncUser'])) ?? {
    Organization: await prisma.organization.count(),
    SyncUser: await prisma.syncUser.count(),
  };
  return { organizations: Math.max(1, sizes.Organization ?? 0), syncUsers: Math.max(1, sizes.SyncUser ?? 0) };
}

const number = (n: number) => Math.round(n).toLocaleString('en-US');

/** Fields whose rows depend on a range or on how many communities there are. */
const SIZED_FIELDS = new Set(['organizations', 'syncUsers', 'leaderboard', 'contributions', 'series']);

function mentionsSized(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (SIZED_FIELDS.has(node.name.value)) found = true;
      return found ? BREAK : undefined;
    },
  });
  return found;
}

/** Refuses, before execution, a query that would build more than `maxRows` rows. */
export function useRangeCost(prisma: Db, maxRows: number): Plugin<GraphQLContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      // Envelop types the execution arguments loosely; these are graphql-js's.
      const document = args.document as DocumentNode;
      const schema = args.schema as GraphQLSchema;
      const operation = getOperationAST(document, args.operationName as string | null | undefined);
      // Other queries are bounded by the static cost limit and page sizes; they cost no count here.
      if (!operation || operation.operation === OperationTypeNode.MUTATION || !mentionsSized(document)) return;
      const root = operation.operation === OperationTypeNode.QUERY ? schema.getQueryType() : schema.getSubscriptionType();
      if (!root) return;
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
      // Bad variables get Yoga's own error when it executes.
      if (coerced.errors) return;
      const counts = await communityCounts(prisma);
      const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
      const w: Walk = { schema, fragments, variables: coerced.coerced, counts, parts: [], total: 0 };
      walk(w, root, operation.selectionSet, 1, '', new Set());
      if (w.total <= maxRows) return;
      const biggest = w.parts
        .sort((a, b) => b.rows - a.rows)
        .slice(0, 3)
        .map((p) => `${p.path}: ${number(p.rows)} rows (${p.detail})`);
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `This query would build about ${number(w.total)} rows; at most ${number(maxRows)} are allowed (GRAPHQL_MAX_ROWS). ` +
              (biggest.length > 0 ? `Largest: ${biggest.join('; ')}. ` : '') +
              'Narrow it: a shorter range (from/to), a coarser granularity (WEEK or MONTH), fewer communities (organizations: [...]), fewer aliases, or leave out types/creators; or split it into several requests.',
            { extensions: { code: 'QUERY_TOO_LARGE', rows: Math.round(w.total), maxRows } },
          ),
        ],
      });
    },
  };
}
