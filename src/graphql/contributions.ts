// The counts: leaderboard, time series with breakdowns, and per-community totals and series.
import type { Organization } from '../generated/prisma/client.js';
import { cachedRead } from '../stats/cache.js';
import { breakdownsByOrganization, type BreakdownKind, type BreakdownRow } from '../stats/breakdowns.js';
import { checkedQualityRatio, checkedShare, checkedValid, falsePositives, qualityRatio, zeroCounts, type Counts } from '../stats/counts.js';
import { bucketsOf, type Granularity } from '../stats/days.js';
import { seriesByOrganization, type SeriesQuery } from '../stats/series.js';
import { withRanks } from '../stats/ranking.js';
import { totalsByOrganization, type OrganizationTotals, type RankMetric } from '../stats/totals.js';
import { builder } from './builder.js';
import type { GraphQLContext } from './context.js';
import { OrganizationType } from './organizations.js';
import { badInput, readBounded, readRange, type DayRange } from './range.js';

export const GranularityEnum = builder.enumType('Granularity', {
  description: 'How days are grouped into buckets of a time series.',
  values: {
    DAY: { description: 'One bucket per day.' },
    WEEK: { description: 'ISO weeks, Monday to Sunday; a bucket starts on its Monday.' },
    MONTH: { description: 'Calendar months; a bucket starts on the 1st.' },
  } as const,
});

export const LeaderboardMetricEnum = builder.enumType('LeaderboardMetric', {
  description: 'What the leaderboard ranks communities by (highest first; ties by alias).',
  values: {
    QUALITY: { description: 'Quality IoCs (`valid`).' },
    TOTAL: { description: 'Evaluated attributes (`evaluated`), whatever their quality.' },
    QUALITY_RATIO: {
      description:
        '`valid / evaluated`; communities with nothing evaluated come last. Unchecked values count as valid: with a small OpenTIP budget this flatters the communities least checked; see CHECKED_QUALITY_RATIO.',
    },
    CHECKED_QUALITY: { description: 'Quality IoCs that got a verdict (`checkedValid` = confirmedMalicious + unknown): unchecked values are not rewarded.' },
    CHECKED_QUALITY_RATIO: {
      description: 'Valid among the checked (`checkedQualityRatio` = checkedValid / (evaluated − unchecked)): unchecked values count neither way; communities with nothing checked come last.',
    },
  } as const,
});

const CountsInterface = builder.interfaceRef<{ counts: Counts }>('ContributionCounts').implement({
  description:
    'The counts of the design notes, summed over some days. Always: evaluated = warninglistFalsePositives + reputationFalsePositives + confirmedMalicious + unknown + unchecked, and valid = confirmedMalicious + unknown + unchecked.',
  fields: (t) => ({
    seen: t.int({ description: 'Attributes owned by the community (skipped types excluded).', resolve: (p) => p.counts.seen }),
    capped: t.int({ description: 'Attributes beyond the per-event cap (MAX_ATTRIBUTES_PER_EVENT), not evaluated.', resolve: (p) => p.counts.capped }),
    evaluated: t.int({ description: 'seen − capped.', resolve: (p) => p.counts.evaluated }),
    warninglistFalsePositives: t.int({ description: 'Evaluated attributes hitting at least one selected warninglist.', resolve: (p) => p.counts.warninglistFalsePositives }),
    reputationFalsePositives: t.int({ description: 'No warninglist hit; reputation verdict benign (OpenTIP Green).', resolve: (p) => p.counts.reputationFalsePositives }),
    falsePositives: t.int({ description: 'warninglistFalsePositives + reputationFalsePositives.', resolve: (p) => falsePositives(p.counts) }),
    confirmedMalicious: t.int({ description: 'Reputation verdict malicious (OpenTIP Red, Orange, Yellow).', resolve: (p) => p.counts.confirmedMalicious }),
    unknown: t.int({ description: 'Verdict unknown (Grey, 400, 404, failed), no lookup kind for the type, or no provider configured.', resolve: (p) => p.counts.unknown }),
    unchecked: t.int({ description: 'A lookup kind exists but the budget or quota was spent: re-checkable later.', resolve: (p) => p.counts.unchecked }),
    valid: t.int({ description: 'Quality IoCs: evaluated − falsePositives.', resolve: (p) => p.counts.valid }),
    qualityRatio: t.float({
      nullable: true,
      description: 'valid / evaluated, from 0 to 1; null when nothing was evaluated. Unchecked values count as valid: read it with checkedShare.',
      resolve: (p) => qualityRatio(p.counts),
    }),
    checkedShare: t.float({
      nullable: true,
      description:
        'The share of evaluated attributes that got a verdict (a warninglist, or OpenTIP, Grey and types without a lookup kind included): (evaluated − unchecked) / evaluated, from 0 to 1; null when nothing was evaluated. Low when the OpenTIP budget ran out: the counts are then mostly unverified.',
      resolve: (p) => checkedShare(p.counts),
    }),
    checkedValid: t.int({ description: 'Quality IoCs that got a verdict: valid − unchecked (confirmedMalicious + unknown).', resolve: (p) => checkedValid(p.counts) }),
    checkedQualityRatio: t.float({
      nullable: true,
      description: 'Valid among the checked: checkedValid / (evaluated − unchecked), from 0 to 1; null when nothing was checked. Does not reward unchecked values.',
      resolve: (p) => checkedQualityRatio(p.counts),
    }),
  }),
});

interface CoverageShape {
  days: number;
  daysCovered: number;
}

const CoverageInterface = builder.interfaceRef<CoverageShape>('Coverage').implement({
  description: 'How much of a period has been computed, to tell "zero" from "not computed yet".',
  fields: (t) => ({
    days: t.exposeInt('days', { description: 'Days of the period (inside the range asked for).' }),
    daysCovered: t.exposeInt('daysCovered', { description: 'Days of the period with a computed row for the community.' }),
    coverage: t.float({ description: 'daysCovered / days, from 0 (nothing computed) to 1 (every day computed).', resolve: (p) => (p.days === 0 ? 0 : p.daysCovered / p.days) }),
  }),
});

interface TotalsShape extends CoverageShape {
  counts: Counts;
  organizationId: number;
  from: string;
  to: string;
}

interface LeaderboardShape extends TotalsShape {
  rank: number;
  organization: Organization;
}

const LeaderboardEntryType = builder.objectRef<LeaderboardShape>('LeaderboardEntry').implement({
  description: "One community's place and totals over the range.",
  interfaces: [CountsInterface, CoverageInterface],
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: 'Position, 1 = best; equal metrics share a rank (1, 2, 2, 4).' }),
    organization: t.field({ type: OrganizationType, description: 'The community.', resolve: (p) => p.organization }),
  }),
});

const TotalsType = builder.objectRef<TotalsShape>('ContributionTotals').implement({
  description: "One community's counts summed over a range of days.",
  interfaces: [CountsInterface, CoverageInterface],
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day of the range.', resolve: (p) => p.from }),
    to: t.field({ type: 'Date', description: 'Last day of the range.', resolve: (p) => p.to }),
  }),
});

interface BreakdownShape {
  counts: Counts;
  row: BreakdownRow;
}

const TypeBreakdownType = builder.objectRef<BreakdownShape>('TypeBreakdown').implement({
  description: 'The counts of one MISP attribute type within a bucket.',
  interfaces: [CountsInterface],
  fields: (t) => ({
    attributeType: t.string({ description: 'The MISP attribute type, e.g. ip-dst or domain.', resolve: (p) => p.row.key }),
  }),
});

const CreatorBreakdownType = builder.objectRef<BreakdownShape>('CreatorBreakdown').implement({
  description: 'The counts of the attributes one creator organisation (Event.orgc) wrote, within a bucket of the community.',
  interfaces: [CountsInterface],
  fields: (t) => ({
    creatorOrgId: t.string({ description: 'MISP id of the creator organisation.', resolve: (p) => p.row.key }),
    creatorOrgName: t.string({ nullable: true, description: 'Its name as MISP reported it.', resolve: (p) => p.row.name }),
  }),
});

interface BucketShape extends CoverageShape {
  counts: Counts;
  organization: Organization;
  start: string;
  query: SeriesQuery;
}

/** The breakdowns of every bucket of one community, loaded for all communities at once. */
function loadBreakdowns(ctx: GraphQLContext, kind: BreakdownKind, bucket: BucketShape): Promise<BreakdownShape[]> {
  const { from, to, granularity } = bucket.query;
  const batch = ctx.loaders.batch(`breakdown:${kind}:${granularity}:${from}:${to}`, async (ids) => {
    const byOrg = new Map<number, Map<string, BreakdownShape[]>>();
    for (const row of await breakdownsByOrganization(ctx.prisma, kind, { from, to, granularity, organizationIds: ids })) {
      const buckets = byOrg.get(row.organizationId) ?? new Map<string, BreakdownShape[]>();
      byOrg.set(row.organizationId, buckets);
      const list = buckets.get(row.bucket) ?? [];
      buckets.set(row.bucket, list);
      list.push({ counts: row.counts, row });
    }
    return byOrg;
  });
  return batch.load(bucket.organization.id).then((buckets) => buckets?.get(bucket.start) ?? []);
}

const BucketType = builder.objectRef<BucketShape>('ContributionBucket').implement({
  description: "One community's counts over one bucket (day, week or month) of a time series.",
  interfaces: [CountsInterface, CoverageInterface],
  fields: (t) => ({
    organization: t.field({ type: OrganizationType, description: 'The community.', resolve: (p) => p.organization }),
    start: t.field({ type: 'Date', description: "First day of the bucket (a week's Monday, a month's 1st); may precede the range, whose days alone are counted.", resolve: (p) => p.start }),
    types: t.field({
      type: [TypeBreakdownType],
      description: "The counts per MISP attribute type, most quality IoCs first. They sum to the bucket's counts.",
      resolve: (p, _args, ctx) => loadBreakdowns(ctx, 'TYPE', p),
    }),
    creators: t.field({
      type: [CreatorBreakdownType],
      description: "The counts per creator organisation (Event.orgc), most quality IoCs first. They sum to the bucket's counts.",
      resolve: (p, _args, ctx) => loadBreakdowns(ctx, 'CREATOR', p),
    }),
  }),
});

function totalsShape(range: DayRange, totals: OrganizationTotals | undefined, organizationId: number): TotalsShape {
  return {
    organizationId,
    from: range.from,
    to: range.to,
    days: range.days,
    daysCovered: totals?.daysCovered ?? 0,
    counts: totals?.counts ?? zeroCounts(),
  };
}

/** Every bucket of the range for each community, zeros where nothing was computed. */
function fillSeries(query: SeriesQuery, organizations: Organization[], points: Awaited<ReturnType<typeof seriesByOrganization>>): BucketShape[] {
  const found = new Map(points.map((p) => [`${p.organizationId}|${p.bucket}`, p]));
  const rows: BucketShape[] = [];
  for (const bucket of bucketsOf(query.from, query.to, query.granularity)) {
    for (const organization of organizations) {
      const point = found.get(`${organization.id}|${bucket.start}`);
      rows.push({ organization, query, start: bucket.start, days: bucket.days, daysCovered: point?.daysCovered ?? 0, counts: point?.counts ?? zeroCounts() });
    }
  }
  return rows;
}

/** Ranked totals with their communities; two statements whatever the number of communities. */
async function leaderboard(ctx: GraphQLContext, range: DayRange, metric: RankMetric, limit: number): Promise<LeaderboardShape[]> {
  const totals = await totalsByOrganization(ctx.prisma, { from: range.from, to: range.to, rankBy: metric, limit });
  const organizations = await ctx.prisma.organization.findMany({ where: { id: { in: totals.map((r) => r.organizationId) } } });
  const byId = new Map(organizations.map((o) => [o.id, o]));
  return withRanks(totals, metric).flatMap((row) => {
    const organization = byId.get(row.organizationId);
    return organization ? [{ ...totalsShape(range, row, row.organizationId), rank: row.rank, organization }] : [];
  });
}

/** A range of days; readRange checks it. */
const rangeArgs = builder.args((t) => ({
  from: t.field({ type: 'Date', required: true, description: 'First day, included.' }),
  to: t.field({ type: 'Date', required: true, description: 'Last day, included; at most GRAPHQL_MAX_RANGE_DAYS days from "from".' }),
}));

/** Most aliases the contributions filter takes. */
const MAX_ALIASES = 1000;

builder.queryFields((t) => ({
  leaderboard: t.field({
    type: [LeaderboardEntryType],
    description: 'Communities ranked over a range of days, best first, from the pre-computed daily counts. Communities without computed days are included (coverage 0).',
    authScopes: { reader: true },
    args: {
      ...rangeArgs,
      metric: t.arg({ type: LeaderboardMetricEnum, defaultValue: 'QUALITY', required: true, description: 'What to rank by.' }),
      limit: t.arg.int({ defaultValue: 20, required: true, description: 'How many communities to return, 1 to 1000.' }),
    },
    resolve: (_root, args, ctx) => {
      const range = readRange(ctx, args.from, args.to);
      const limit = readBounded(args.limit, 20, 1, 1000, 'limit');
      const metric: RankMetric = args.metric;
      return cachedRead(ctx.prisma, `leaderboard:${range.from}:${range.to}:${metric}:${limit}`, () => leaderboard(ctx, range, metric, limit));
    },
  }),
  contributions: t.field({
    type: [BucketType],
    description: 'A flat time series: one row per community per bucket, oldest bucket first, then by alias. Buckets without computed days have zeros and coverage 0.',
    authScopes: { reader: true },
    args: {
      ...rangeArgs,
      organizations: t.arg.stringList({ required: false, description: 'Community aliases; every community when omitted.' }),
      granularity: t.arg({ type: GranularityEnum, defaultValue: 'DAY', required: true, description: 'Bucket size.' }),
    },
    resolve: async (_root, args, ctx) => {
      const range = readRange(ctx, args.from, args.to);
      const aliases = args.organizations?.map((a) => a.trim());
      // SQLite takes a bounded number of parameters in one statement; no deployment has this many communities.
      if (aliases && aliases.length > MAX_ALIASES) {
        throw badInput(`"organizations" lists ${aliases.length} aliases; at most ${MAX_ALIASES} are allowed. Leave it out for every community.`, 'organizations');
      }
      const organizations = await ctx.prisma.organization.findMany({
        where: aliases ? { alias: { in: aliases } } : {},
        orderBy: { alias: 'asc' },
      });
      const missing = aliases?.filter((a) => !organizations.some((o) => o.alias === a)) ?? [];
      if (missing.length > 0) throw badInput(`No community has the alias ${missing.map((a) => `"${a}"`).join(', ')}; see the organizations query.`, 'organizations');
      const query: SeriesQuery = { from: range.from, to: range.to, granularity: args.granularity, organizationIds: organizations.map((o) => o.id) };
      return fillSeries(query, organizations, await seriesByOrganization(ctx.prisma, query));
    },
  }),
}));

builder.prismaObjectFields('Organization', (t) => ({
  totals: t.field({
    type: TotalsType,
    description: "The community's counts summed over a range of days.",
    args: rangeArgs,
    resolve: async (organization, args, ctx) => {
      const range = readRange(ctx, args.from, args.to);
      const batch = ctx.loaders.batch(`totals:${range.from}:${range.to}`, async (ids) => {
        const rows = await totalsByOrganization(ctx.prisma, { from: range.from, to: range.to, organizationIds: ids });
        return new Map(rows.map((r) => [r.organizationId, r]));
      });
      return totalsShape(range, await batch.load(organization.id), organization.id);
    },
  }),
  series: t.field({
    type: [BucketType],
    description: "The community's time series, oldest bucket first; buckets without computed days have zeros and coverage 0.",
    args: {
      ...rangeArgs,
      granularity: t.arg({ type: GranularityEnum, defaultValue: 'DAY', required: true, description: 'Bucket size.' }),
    },
    resolve: async (organization, args, ctx) => {
      const range = readRange(ctx, args.from, args.to);
      const granularity: Granularity = args.granularity;
      const batch = ctx.loaders.batch(`series:${granularity}:${range.from}:${range.to}`, async (ids) => {
        const points = await seriesByOrganization(ctx.prisma, { from: range.from, to: range.to, granularity, organizationIds: ids });
        const byOrg = new Map<number, typeof points>();
        for (const p of points) {
          const list = byOrg.get(p.organizationId) ?? [];
          byOrg.set(p.organizationId, list);
          list.push(p);
        }
        return byOrg;
      });
      const query: SeriesQuery = { from: range.from, to: range.to, granularity, organizationIds: [organization.id] };
      return fillSeries(query, [organization], (await batch.load(organization.id)) ?? []);
    },
  }),
}));
