// Per-community time series over a range, summed per bucket (day, ISO week, month) in SQL.
import type { Db } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { COUNT_COLUMNS, countsAt, sumCounts, type Counts } from './counts.js';
import { jsonRows } from './json-rows.js';
import type { Granularity } from './days.js';

/** SQL for the bucket start of a 'YYYY-MM-DD' column; must agree with days.ts bucketStart. */
export function bucketSql(column: string, granularity: Granularity): Prisma.Sql {
  if (granularity === 'DAY') return Prisma.raw(column);
  // The Monday on or before the day: back six days, then forward to the next Monday.
  if (granularity === 'WEEK') return Prisma.raw(`date(${column}, '-6 days', 'weekday 1')`);
  return Prisma.raw(`substr(${column}, 1, 7) || '-01'`);
}

export interface SeriesQuery {
  from: string;
  to: string;
  granularity: Granularity;
  organizationIds: readonly number[];
}

export interface SeriesPoint {
  organizationId: number;
  bucket: string;
  daysCovered: number;
  counts: Counts;
}

/** Buckets that have at least one computed day; the caller fills the gaps. */
export async function seriesByOrganization(prisma: Db, q: SeriesQuery): Promise<SeriesPoint[]> {
  if (q.organizationIds.length === 0) return [];
  const rows = await jsonRows(prisma, seriesSql(q), ['organizationId', 'bucket', 'daysCovered', ...COUNT_COLUMNS]);
  return rows.map((row) => ({ organizationId: Number(row[0]), bucket: String(row[1]), daysCovered: Number(row[2]), counts: countsAt(row, 3) }));
}

/** The statement seriesByOrganization runs (the benchmark runs it without Prisma, as the floor). */
export function seriesSql(q: SeriesQuery): Prisma.Sql {
  const bucket = bucketSql('d."day"', q.granularity);
  return Prisma.sql`
    SELECT d."organizationId" AS "organizationId", ${bucket} AS "bucket", COUNT(*) AS "daysCovered", ${sumCounts('d')}
    FROM "DailyContribution" d
    WHERE d."organizationId" IN (${Prisma.join(q.organizationIds)}) AND d."day" >= ${q.from} AND d."day" <= ${q.to}
    GROUP BY d."organizationId", "bucket"`;
}
