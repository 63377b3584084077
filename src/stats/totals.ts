// Per-community totals over a range of days, from the pre-computed daily rows: one GROUP BY.
import type { Db } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { countsOf, sumCounts, type Counts } from './counts.js';

export type RankMetric = 'QUALITY' | 'TOTAL' | 'QUALITY_RATIO';

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

const ORDER: Record<RankMetric, Prisma.Sql> = {
  QUALITY: Prisma.sql`"valid" DESC`,
  TOTAL: Prisma.sql`"evaluated" DESC`,
  // Communities with nothing evaluated have no ratio: after every ranked one.
  QUALITY_RATIO: Prisma.sql`CASE WHEN "evaluated" > 0 THEN CAST("valid" AS REAL) / "evaluated" END DESC NULLS LAST, "valid" DESC`,
};

/**
 * One row per community, including communities without any row in the range (zeros,
 * daysCovered 0). The LEFT JOIN walks the (organizationId, day) unique index per community.
 */
export async function totalsByOrganization(prisma: Db, q: TotalsQuery): Promise<OrganizationTotals[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(totalsSql(q));
  return rows.map((row) => ({ organizationId: Number(row.organizationId), daysCovered: Number(row.daysCovered), counts: countsOf(row) }));
}

/** The statement totalsByOrganization runs (the benchmark runs it without Prisma, as the floor). */
export function totalsSql(q: TotalsQuery): Prisma.Sql {
  const only = q.organizationIds ? Prisma.sql`WHERE o."id" IN (${Prisma.join(q.organizationIds.length ? q.organizationIds : [-1])})` : Prisma.empty;
  const order = q.rankBy ? Prisma.sql`${ORDER[q.rankBy]}, o."alias" ASC` : Prisma.sql`o."id" ASC`;
  const limit = q.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${q.limit}`;
  return Prisma.sql`
    SELECT o."id" AS "organizationId", COUNT(d."id") AS "daysCovered", ${sumCounts('d')}
    FROM "Organization" o
    LEFT JOIN "DailyContribution" d ON d."organizationId" = o."id" AND d."day" >= ${q.from} AND d."day" <= ${q.to}
    ${only}
    GROUP BY o."id"
    ORDER BY ${order}
    ${limit}`;
}
