// Per-community totals over a range of days, from the pre-computed daily rows, summed in SQL.
import type { Db } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { countsOf, sumCounts, type Counts } from './counts.js';

export type RankMetric = 'QUALITY' | 'TOTAL' | 'QUALITY_RATIO' | 'CHECKED_QUALITY' | 'CHECKED_QUALITY_RATIO';

export interface OrganizationTotals {
  organizationId: number;
  /** Days of the range with a computed row for the community. */
  daysCovered: number;
  counts: Counts;
}

export interface TotalsQuery {
  from: string;
  to: string;
  /** Only these communities; every registered community when absent. */
  organizationIds?: readonly number[];
  /** Best first by this metric (ties by alias); by id when absent. */
  rankBy?: RankMetric;
  limit?: number;
}

/**
 * Best first, from the expressions of the summed valid and evaluated counts. Written out rather
 * than through the output aliases: inside an expression, SQLite resolves a name to a table's
 * column before an alias, so `"valid"` in a CASE would be one row's count, not the sum.
 */
function orderBy(metric: RankMetric, valid: Prisma.Sql, evaluated: Prisma.Sql, unchecked: Prisma.Sql): Prisma.Sql {
  if (metric === 'QUALITY') return Prisma.sql`${valid} DESC`;
  if (metric === 'TOTAL') return Prisma.sql`${evaluated} DESC`;
  // Unchecked values count for nothing: neither as quality IoCs nor as evaluated.
  if (metric === 'CHECKED_QUALITY') return Prisma.sql`${valid} - ${unchecked} DESC`;
  if (metric === 'CHECKED_QUALITY_RATIO') {
    return Prisma.sql`CASE WHEN ${evaluated} - ${unchecked} > 0 THEN CAST(${valid} - ${unchecked} AS REAL) / (${evaluated} - ${unchecked}) END DESC NULLS LAST, ${valid} - ${unchecked} DESC`;
  }
  // Communities with nothing evaluated have no ratio: after every ranked one.
  return Prisma.sql`CASE WHEN ${evaluated} > 0 THEN CAST(${valid} AS REAL) / ${evaluated} END DESC NULLS LAST, ${valid} DESC`;
}

const SUMMED = {
  valid: Prisma.sql`COALESCE(SUM(d."valid"), 0)`,
  evaluated: Prisma.sql`COALESCE(SUM(d."evaluated"), 0)`,
  unchecked: Prisma.sql`COALESCE(SUM(d."unchecked"), 0)`,
};

/**
 * One row per community, including communities without any row in the range (zeros,
 * daysCovered 0). The LEFT JOIN reads each community's days from the covering index
 * DailyContribution_totals_idx alone.
 */
export async function totalsByOrganization(prisma: Db, q: TotalsQuery): Promise<OrganizationTotals[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(totalsSql(q));
  return rows.map((row) => ({ organizationId: Number(row.organizationId), daysCovered: Number(row.daysCovered), counts: countsOf(row) }));
}

/** The statement totalsByOrganization runs (the benchmark runs it without Prisma, as the floor). */
export function totalsSql(q: TotalsQuery): Prisma.Sql {
  const only = q.organizationIds ? Prisma.sql`WHERE o."id" IN (${Prisma.join(q.organizationIds.length ? q.organizationIds : [-1])})` : Prisma.empty;
  const days = Prisma.sql`d."day" >= ${q.from} AND d."day" <= ${q.to}`;
  if (q.rankBy && q.limit !== undefined) {
    // The top N first, from the two sums the ranking needs, then every count of those N alone:
    // a year's leaderboard sums two columns of every row instead of nine (half the time).
    return Prisma.sql`
      WITH "top" AS (
        SELECT o."id" AS "id", o."alias" AS "alias", ${SUMMED.valid} AS "valid", ${SUMMED.evaluated} AS "evaluated", ${SUMMED.unchecked} AS "unchecked"
        FROM "Organization" o
        LEFT JOIN "DailyContribution" d ON d."organizationId" = o."id" AND ${days}
        ${only}
        GROUP BY o."id"
        ORDER BY ${orderBy(q.rankBy, SUMMED.valid, SUMMED.evaluated, SUMMED.unchecked)}, o."alias" ASC
        LIMIT ${q.limit}
      )
      SELECT t."id" AS "organizationId", COUNT(d."id") AS "daysCovered", ${sumCounts('d')}
      FROM "top" t
      LEFT JOIN "DailyContribution" d ON d."organizationId" = t."id" AND ${days}
      GROUP BY t."id"
      ORDER BY ${orderBy(q.rankBy, Prisma.sql`t."valid"`, Prisma.sql`t."evaluated"`, Prisma.sql`t."unchecked"`)}, t."alias" ASC`;
  }
  const order = q.rankBy ? Prisma.sql`${orderBy(q.rankBy, SUMMED.valid, SUMMED.evaluated, SUMMED.unchecked)}, o."alias" ASC` : Prisma.sql`o."id" ASC`;
  const limit = q.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${q.limit}`;
  return Prisma.sql`
    SELECT o."id" AS "organizationId", COUNT(d."id") AS "daysCovered", ${sumCounts('d')}
    FROM "Organization" o
    LEFT JOIN "DailyContribution" d ON d."organizationId" = o."id" AND ${days}
    ${only}
    GROUP BY o."id"
    ORDER BY ${order}
    ${limit}`;
}
