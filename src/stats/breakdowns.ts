// Per-type and per-creator breakdowns of the daily rows, summed per community and bucket.
import type { Db } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';
import { countsOf, sumCounts, type Counts } from './counts.js';
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

/** Every breakdown row of the communities and range, largest valid count first within a bucket. */
export async function breakdownsByOrganization(prisma: Db, kind: BreakdownKind, q: SeriesQuery): Promise<BreakdownRow[]> {
  if (q.organizationIds.length === 0) return [];
  const source = SOURCE[kind];
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT d."organizationId" AS "organizationId", ${bucketSql('d."day"', q.granularity)} AS "bucket",
           ${Prisma.raw(source.key)} AS "key", ${Prisma.raw(source.name)} AS "name", ${sumCounts('b')}
    FROM ${Prisma.raw(`"${source.table}"`)} b
    JOIN "DailyContribution" d ON d."id" = b."contributionId"
    WHERE d."organizationId" IN (${Prisma.join(q.organizationIds)}) AND d."day" >= ${q.from} AND d."day" <= ${q.to}
    GROUP BY d."organizationId", "bucket", "key"
    ORDER BY "valid" DESC, "key" ASC`;
  return rows.map((row) => ({
    organizationId: Number(row.organizationId),
    bucket: String(row.bucket),
    key: String(row.key),
    name: row.name === null || row.name === undefined ? null : String(row.name),
    counts: countsOf(row),
  }));
}
