// Argument checks of the read queries. Queries fail with BAD_USER_INPUT and a message saying
// what to change; mutations return typed errors instead (errors.ts).
import { GraphQLError } from 'graphql';
import { daysInclusive } from '../stats/days.js';
import { builder, dayOf } from './builder.js';
import type { GraphQLContext } from './context.js';

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export interface DayRange {
  from: string;
  to: string;
  /** Days in the range, both ends included. */
  days: number;
}

/** from ≤ to and at most GRAPHQL_MAX_RANGE_DAYS days. */
export function readRange(ctx: GraphQLContext, fromDate: Date, toDate: Date): DayRange {
  const from = dayOf(fromDate);
  const to = dayOf(toDate);
  if (from > to) throw badInput(`"from" (${from}) is after "to" (${to}): swap them.`, 'from');
  const days = daysInclusive(from, to);
  const max = ctx.config.maxRangeDays;
  if (days > max) {
    throw badInput(`The range ${from}..${to} spans ${days} days; at most ${max} are allowed (GRAPHQL_MAX_RANGE_DAYS). Ask for a shorter range.`, 'to');
  }
  return { from, to, days };
}

/** An optional Int argument within [min, max]. */
export function readBounded(value: number | null | undefined, fallback: number, min: number, max: number, argument: string): number {
  const n = value ?? fallback;
  if (n < min || n > max) throw badInput(`"${argument}" must be from ${min} to ${max}; got ${n}.`, argument);
  return n;
}

/** Page sizes of connections: what a page holds when `first`/`last` is omitted, and the most. */
export const PAGE = { default: 50, max: 200 } as const;

/** Refuses a page larger than PAGE.max instead of quietly returning fewer rows. */
export function readPageSize(args: { first?: number | null; last?: number | null }): void {
  for (const argument of ['first', 'last'] as const) {
    const n = args[argument];
    if (n !== null && n !== undefined && (n < 0 || n > PAGE.max)) {
      throw badInput(`"${argument}" must be from 0 to ${PAGE.max}; got ${n}. Page with "after"/"before" and pageInfo.endCursor.`, argument);
    }
  }
}

/** A database id from an ID argument; `fail` builds the error (a GraphQL error or a typed one). */
export function readId<E extends Error>(value: string | number, argument: string, fail: (message: string, argument: string) => E): number {
  const text = String(value).trim();
  if (!/^[1-9]\d{0,15}$/.test(text)) throw fail(`"${argument}" must be a positive whole number; got "${text}".`, argument);
  return Number(text);
}

/**
 * Options of a counted connection type. The Prisma plugin's totalCount field comes without a
 * description; this redefines it with the same resolver (the plugin stores the count loader on
 * the connection) and marks it as the plugin does, so a page asking only for totalCount skips the rows.
 */
export function countedPage(description: string, counted: string) {
  return {
    description,
    fields: (t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, object>) => ({
      totalCount: t.int({
        description: `How many ${counted} match the filters, over every page.`,
        extensions: { pothosPrismaTotalCount: true },
        resolve: (connection) => (connection as { totalCount: () => Promise<number> }).totalCount(),
      }),
    }),
  };
}
