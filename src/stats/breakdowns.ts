// Per-type and per-creator breakdowns of the daily rows, summed per community and bucket.
import type { Db } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { COUNT_COLUMNS, countsAt, sumCounts, type Counts } from './counts.js';
import { jsonRows } from './json-rows.js';
import { bucketSql, type SeriesQuery } from './series.js';

export type BreakdownKind = 'TYPE' | 'CREATOR';

export interface BreakdownRow {
  organizationId: number;
  bucket: string;
  /** The attribute type, or the creator's MISP organisation id. */
  key: string;
  /** The creator organisation's name as MISP last reported it (creators only). */
  name: string | null;
  counts: Counts;
}

const SOURCE: Record<BreakdownKind, { table: string; key: string; name: string }> = {
  TYPE: { table: 'ContributionTypeBreakdown', key: 'b."attributeType"', name: 'NULL' },
  CREATOR: { table: 'ContributionCreatorBreakdown', key: 'b."creatorOrgId"', name: 'MAX(b."creatorOrgName")' },
};

/** Every breakdown row of the communities and range, most quality IoCs first (then by key). */
export async function breakdownsByOrganization(prisma: Db, kind: BreakdownKind, q: SeriesQuery): Promise<BreakdownRow[]> {
  if (q.organizationIds.length === 0) return [];
  const rows = await jsonRows(prisma, breakdownsSql(kind, q), ['organizationId', 'bucket', 'key', 'name', ...COUNT_COLUMNS]);
  return rows
    .map((row) => ({
      organizationId: Number(row[0]),
      bucket: String(row[1]),
      key: String(row[2]),
      name: row[3] === null ? null : String(row[3] as string),
      counts: countsAt(row, 4),
    }))
    .sort((a, b) => b.counts.valid - a.counts.valid || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The statement breakdownsByOrganization runs (the benchmark runs it without Prisma, as the floor). */
export function breakdownsSql(kind: BreakdownKind, q: SeriesQuery): Prisma.Sql {
  const source = SOURCE[kind];
  return Prisma.sql`
    SELECT d."organizationId" AS "organizationId", ${bucketSql('d."day"', q.granularity)} AS "bucket",
           ${Prisma.raw(source.key)} AS "key", ${Prisma.raw(source.name)} AS "name", ${sumCounts('b')}
    FROM ${Prisma.raw(`"${source.table}"`)} b
    JOIN "DailyContribution" d ON d."id" = b."contributionId"
    WHERE d."organizationId" IN (${Prisma.join(q.organizationIds)}) AND d."day" >= ${q.from} AND d."day" <= ${q.to}
    GROUP BY d."organizationId", "bucket", "key"`;
}
