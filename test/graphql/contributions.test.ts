import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { countQueries } from '../helpers/query-count.js';
import { organization, seedDay, touch } from './seed.js';

const Leaderboard = graphql(`
  query Leaderboard($from: Date!, $to: Date!, $metric: LeaderboardMetric, $limit: Int) {
    leaderboard(from: $from, to: $to, metric: $metric, limit: $limit) {
      rank
      organization { alias }
      seen capped evaluated warninglistFalsePositives reputationFalsePositives falsePositives
      confirmedMalicious unknown unchecked valid qualityRatio
      days daysCovered coverage
    }
  }
`);

const Contributions = graphql(`
  query Contributions($from: Date!, $to: Date!, $organizations: [String!], $granularity: Granularity) {
    contributions(from: $from, to: $to, organizations: $organizations, granularity: $granularity) {
      organization { alias }
      start days daysCovered coverage
      seen capped evaluated falsePositives valid qualityRatio
      types { attributeType seen evaluated valid warninglistFalsePositives }
      creators { creatorOrgId creatorOrgName seen evaluated valid }
    }
  }
`);

const OrganizationTotals = graphql(`
  query OrganizationTotals($alias: String!, $from: Date!, $to: Date!) {
    organization(alias: $alias) {
      totals(from: $from, to: $to) { from to evaluated valid daysCovered coverage qualityRatio }
      series(from: $from, to: $to, granularity: WEEK) { start valid daysCovered types { attributeType valid } }
    }
  }
`);

const EveryOrganization = graphql(`
  query EveryOrganization($from: Date!, $to: Date!) {
    organizations {
      alias
      totals(from: $from, to: $to) { valid daysCovered }
      series(from: $from, to: $to, granularity: MONTH) { start valid creators { creatorOrgId valid } }
    }
  }
`);

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('counts over GraphQL', () => {
  let db: TempDb;
  let api: GraphQLHarness;

  beforeAll(async () => {
    db = await tempDb();
    api = await graphqlHarness(db.prisma, testConfig({ GRAPHQL_MAX_RANGE_DAYS: '62' }));
    const alpha = await organization(db.prisma, 'alpha');
    const bravo = await organization(db.prisma, 'bravo');
    const charlie = await organization(db.prisma, 'charlie');
    await organization(db.prisma, 'delta');
    for (let d = 2; d <= 11; d++) await seedDay(db.prisma, alpha.id, `2026-03-${String(d).padStart(2, '0')}`, { capped: 1, wl: 1, rep: 1, mal: 2, unk: 1 });
    for (let d = 2; d <= 6; d++) await seedDay(db.prisma, bravo.id, `2026-03-0${d}`, { mal: 6, wl: 4 });
    await seedDay(db.prisma, charlie.id, '2026-03-10', { mal: 40 });
    // Outside the range: must not count.
    await seedDay(db.prisma, charlie.id, '2026-02-28', { mal: 1000 });
    await seedDay(db.prisma, charlie.id, '2026-04-01', { mal: 1000 });
  });
  afterAll(() => db.close());

  describe('leaderboard', () => {
    it('ranks by quality IoCs, ties sharing a rank, with every count and the coverage', async () => {
      const result = await api.run(Leaderboard, MARCH, api.readerToken);
      expect(result.errors).toBeUndefined();
      const board = result.data!.leaderboard;
      expect(board.map((e) => [e.rank, e.organization.alias, e.valid])).toEqual([
        [1, 'charlie', 40],
        [2, 'alpha', 30],
        [2, 'bravo', 30],
        [4, 'delta', 0],
      ]);
      expect(board[1]).toEqual({
        rank: 2,
        organization: { alias: 'alpha' },
        seen: 60,
        capped: 10,
        evaluated: 50,
        warninglistFalsePositives: 10,
        reputationFalsePositives: 10,
        falsePositives: 20,
        confirmedMalicious: 20,
        unknown: 10,
        unchecked: 0,
        valid: 30,
        qualityRatio: 0.6,
        days: 31,
        daysCovered: 10,
        coverage: 10 / 31,
      });
      // Not computed is not zero: delta has no row at all.
      expect(board[3]).toMatchObject({ evaluated: 0, qualityRatio: null, daysCovered: 0, coverage: 0 });
    });

    it('ranks by evaluated (TOTAL) or by ratio, communities without a ratio last', async () => {
      const total = await api.run(Leaderboard, { ...MARCH, metric: 'TOTAL' });
      expect(total.data?.leaderboard.map((e) => [e.rank, e.organization.alias])).toEqual([
        [1, 'alpha'],
        [1, 'bravo'],
        [3, 'charlie'],
        [4, 'delta'],
      ]);
      const ratio = await api.run(Leaderboard, { ...MARCH, metric: 'QUALITY_RATIO', limit: 3 });
      expect(ratio.data?.leaderboard.map((e) => [e.rank, e.organization.alias, e.qualityRatio])).toEqual([
        [1, 'charlie', 1],
        [2, 'alpha', 0.6],
        [2, 'bravo', 0.6],
      ]);
    });

    it('answers in one aggregate plus the communities, then from the cache until the next write', async () => {
      await db.prisma.organization.update({ where: { alias: 'delta' }, data: { mispOrgName: 'Delta CERT' } });
      const cold = await countQueries(db.prisma, () => api.run(Leaderboard, MARCH));
      // token + aggregate + communities
      expect(cold.count, cold.statements.join('\n')).toBeLessThanOrEqual(3);
      const warm = await countQueries(db.prisma, () => api.run(Leaderboard, MARCH));
      // at most the token lookup
      expect(warm.count, warm.statements.join('\n')).toBeLessThanOrEqual(1);
      expect(warm.result.data).toEqual(cold.result.data);
      // Another selection of the same leaderboard reuses the aggregate.
      const other = await countQueries(db.prisma, () => api.run('query { leaderboard(from: "2026-03-01", to: "2026-03-31") { valid } }'));
      expect(other.statements.filter((s) => /DailyContribution/.test(s))).toEqual([]);
    });

    it('reflects a newly computed day at once', async () => {
      const delta = await db.prisma.organization.findUniqueOrThrow({ where: { alias: 'delta' } });
      await api.run(Leaderboard, MARCH);
      const row = await seedDay(db.prisma, delta.id, '2026-03-20', { mal: 100 });
      expect((await api.run(Leaderboard, MARCH)).data?.leaderboard[0]).toMatchObject({ rank: 1, organization: { alias: 'delta' }, valid: 100 });
      await db.prisma.dailyContribution.delete({ where: { id: row.id } });
      expect((await api.run(Leaderboard, MARCH)).data?.leaderboard[0]).toMatchObject({ organization: { alias: 'charlie' } });
    });
  });

  describe('leaderboard by ratio', () => {
    let ranked: TempDb;
    let rankedApi: GraphQLHarness;

    beforeAll(async () => {
      ranked = await tempDb();
      rankedApi = await graphqlHarness(ranked.prisma, testConfig());
      // echo and hotel: a day of 1.0 and a day of 0.1, in either order, 10/19 over the range;
      // foxtrot: 0.6. Ranking by any one day of echo or hotel instead of the sums puts one first.
      const echo = await organization(ranked.prisma, 'echo');
      const foxtrot = await organization(ranked.prisma, 'foxtrot');
      await organization(ranked.prisma, 'golf');
      const hotel = await organization(ranked.prisma, 'hotel');
      await seedDay(ranked.prisma, echo.id, '2026-03-01', { mal: 9 });
      await seedDay(ranked.prisma, echo.id, '2026-03-02', { mal: 1, wl: 9 });
      await seedDay(ranked.prisma, hotel.id, '2026-03-01', { mal: 1, wl: 9 });
      await seedDay(ranked.prisma, hotel.id, '2026-03-02', { mal: 9 });
      await seedDay(ranked.prisma, foxtrot.id, '2026-03-01', { mal: 6, wl: 4 });
    });
    afterAll(() => ranked?.close());

    it("ranks by the ratio of the range's sums, not of one day", async () => {
      const result = await rankedApi.run(Leaderboard, { ...MARCH, metric: 'QUALITY_RATIO', limit: 4 });
      expect(result.data?.leaderboard.map((e) => [e.rank, e.organization.alias, e.qualityRatio])).toEqual([
        [1, 'foxtrot', 0.6],
        [2, 'echo', 10 / 19],
        [2, 'hotel', 10 / 19],
        [4, 'golf', null],
      ]);
    });

    it.each(['QUALITY', 'TOTAL', 'QUALITY_RATIO'] as const)('gives the same top N by %s as the whole ranking', async (metric) => {
      const whole = await rankedApi.run(Leaderboard, { ...MARCH, metric, limit: 1000 });
      expect(whole.data?.leaderboard).toHaveLength(4);
      for (const limit of [1, 2, 3, 4]) {
        const top = await rankedApi.run(Leaderboard, { ...MARCH, metric, limit });
        expect(top.data?.leaderboard).toEqual(whole.data?.leaderboard.slice(0, limit));
      }
    });
  });

  describe('contributions', () => {
    it('gives one row per community per day, zeros for days not computed', async () => {
      const result = await api.run(Contributions, { from: '2026-03-10', to: '2026-03-12', organizations: ['charlie', 'alpha'] });
      expect(result.errors).toBeUndefined();
      expect(result.data?.contributions.map((r) => [r.start, r.organization.alias, r.valid, r.daysCovered])).toEqual([
        ['2026-03-10', 'alpha', 3, 1],
        ['2026-03-10', 'charlie', 40, 1],
        ['2026-03-11', 'alpha', 3, 1],
        ['2026-03-11', 'charlie', 0, 0],
        ['2026-03-12', 'alpha', 0, 0],
        ['2026-03-12', 'charlie', 0, 0],
      ]);
    });

    it('sums ISO weeks from Monday, counting only the days inside the range', async () => {
      const result = await api.run(Contributions, { from: '2026-03-01', to: '2026-03-15', organizations: ['alpha'], granularity: 'WEEK' });
      expect(result.data?.contributions.map((r) => [r.start, r.days, r.daysCovered, r.valid, r.evaluated])).toEqual([
        ['2026-02-23', 1, 0, 0, 0],
        ['2026-03-02', 7, 7, 21, 35],
        ['2026-03-09', 7, 3, 9, 15],
      ]);
    });

    it('sums calendar months, and the breakdowns sum to each row', async () => {
      const result = await api.run(Contributions, { from: '2026-02-20', to: '2026-04-10', granularity: 'MONTH' });
      const rows = result.data!.contributions;
      expect(rows.filter((r) => r.organization.alias === 'charlie').map((r) => [r.start, r.days, r.valid])).toEqual([
        ['2026-02-01', 9, 1000],
        ['2026-03-01', 31, 40],
        ['2026-04-01', 10, 1000],
      ]);
      for (const row of rows) {
        for (const breakdown of [row.types, row.creators]) {
          expect(breakdown.reduce((s, b) => s + b.valid, 0)).toBe(row.valid);
          expect(breakdown.reduce((s, b) => s + b.seen, 0)).toBe(row.seen);
        }
      }
      const alphaMarch = rows.find((r) => r.organization.alias === 'alpha' && r.start === '2026-03-01')!;
      expect(alphaMarch.types).toEqual([
        { attributeType: 'ip-dst', seen: 40, evaluated: 30, valid: 20, warninglistFalsePositives: 10 },
        { attributeType: 'domain', seen: 20, evaluated: 20, valid: 10, warninglistFalsePositives: 0 },
      ]);
      expect(alphaMarch.creators.map((c) => [c.creatorOrgId, c.creatorOrgName, c.valid])).toEqual([
        ['2', 'Partner', 30],
        ['1', 'Self', 0],
      ]);
    });

    it('loads the breakdowns of every row in a constant number of statements', async () => {
      await touch(db.prisma);
      const small = await countQueries(db.prisma, () => api.run(Contributions, { from: '2026-03-10', to: '2026-03-10', organizations: ['alpha'] }));
      await touch(db.prisma);
      const large = await countQueries(db.prisma, () => api.run(Contributions, MARCH));
      expect(small.result.data?.contributions).toHaveLength(1);
      expect(large.result.data?.contributions).toHaveLength(31 * 4);
      // token + communities + series + types + creators
      expect(small.count).toBeLessThanOrEqual(5);
      const reads = (statements: string[]) => statements.filter((s) => !/ApiToken/.test(s)).length;
      expect(reads(large.statements)).toBe(reads(small.statements));
    });

    it('answers a repeated query from the read cache until the next commit', async () => {
      await touch(db.prisma);
      const first = await countQueries(db.prisma, () => api.run(Contributions, { ...MARCH, granularity: 'WEEK' }));
      const again = await countQueries(db.prisma, () => api.run(Contributions, { ...MARCH, granularity: 'WEEK' }));
      expect(first.count).toBeGreaterThanOrEqual(4);
      expect(again.statements.filter((s) => !/ApiToken/.test(s))).toEqual([]);
      expect(again.result.data).toEqual(first.result.data);
      const alpha = await db.prisma.organization.findUniqueOrThrow({ where: { alias: 'alpha' } });
      const added = await seedDay(db.prisma, alpha.id, '2026-03-31', { mal: 7 });
      const after = await api.run(Contributions, { ...MARCH, granularity: 'WEEK' });
      const lastWeek = (data: typeof after.data) => data?.contributions.find((r) => r.organization.alias === 'alpha' && r.start === '2026-03-30')?.valid;
      expect(lastWeek(after.data)).toBe((lastWeek(first.result.data) ?? 0) + 7);
      await db.prisma.dailyContribution.delete({ where: { id: added.id } });
    });

    it('refuses an unknown community alias, naming it', async () => {
      const result = await api.run(Contributions, { ...MARCH, organizations: ['alpha', 'zulu'] });
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('"zulu"'), extensions: { code: 'BAD_USER_INPUT', argument: 'organizations' } });
    });
  });

  describe("a community's totals and series", () => {
    it('sums the range and buckets it', async () => {
      const result = await api.run(OrganizationTotals, { alias: 'alpha', ...MARCH });
      expect(result.errors).toBeUndefined();
      expect(result.data?.organization?.totals).toEqual({ from: '2026-03-01', to: '2026-03-31', evaluated: 50, valid: 30, daysCovered: 10, coverage: 10 / 31, qualityRatio: 0.6 });
      expect(result.data?.organization?.series.map((b) => [b.start, b.valid, b.daysCovered])).toEqual([
        ['2026-02-23', 0, 0],
        ['2026-03-02', 21, 7],
        ['2026-03-09', 9, 3],
        ['2026-03-16', 0, 0],
        ['2026-03-23', 0, 0],
        ['2026-03-30', 0, 0],
      ]);
      expect(result.data?.organization?.series[1]?.types).toEqual([
        { attributeType: 'ip-dst', valid: 14 },
        { attributeType: 'domain', valid: 7 },
      ]);
    });

    it('batches totals, series and breakdowns across every community', async () => {
      await touch(db.prisma);
      const { result, count, statements } = await countQueries(db.prisma, () => api.run(EveryOrganization, MARCH));
      expect(result.data?.organizations.map((o) => [o.alias, o.totals.valid, o.series[0]?.creators.length])).toEqual([
        ['alpha', 30, 2],
        ['bravo', 30, 2],
        ['charlie', 40, 2],
        ['delta', 0, 0],
      ]);
      // token + communities + totals + series + creators
      expect(count, statements.join('\n')).toBeLessThanOrEqual(5);
    });
  });

  describe('ranges', () => {
    it.each([
      [{ from: '2026-03-31', to: '2026-03-01' }, 'from', /after "to".*swap/],
      [{ from: '2026-01-01', to: '2026-03-31' }, 'to', /90 days; at most 62.*GRAPHQL_MAX_RANGE_DAYS/],
    ])('refuses %j naming the argument to fix', async (range, argument, message) => {
      for (const result of [await api.run(Leaderboard, range), await api.run(Contributions, range)]) {
        expect(result.errors?.[0]?.message).toMatch(message);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      }
      const nested = await api.run(OrganizationTotals, { alias: 'alpha', ...range });
      expect(nested.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('accepts exactly the longest range', async () => {
      const result = await api.run(Leaderboard, { from: '2026-01-01', to: '2026-03-03' });
      expect(result.errors).toBeUndefined();
    });

    it('refuses an impossible date and a limit out of bounds', async () => {
      const date = await api.run(Leaderboard, { from: '2026-02-30', to: '2026-03-01' });
      expect(date.errors?.[0]?.message).toMatch(/from/);
      for (const limit of [0, 1001]) {
        const result = await api.run(Leaderboard, { ...MARCH, limit });
        expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('"limit" must be from 1 to 1000'), extensions: { code: 'BAD_USER_INPUT' } });
      }
    });
  });
});
