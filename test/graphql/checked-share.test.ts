// Counts that do not flatter unchecked communities: every row says how much of it got a verdict,
// and the leaderboard can rank by a metric that does not reward unchecked values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { organization, seedDay } from './seed.js';

const Board = graphql(`
  query CheckedBoard($metric: LeaderboardMetric!) {
    leaderboard(from: "2026-05-01", to: "2026-05-07", metric: $metric) {
      rank organization { alias } valid evaluated unchecked qualityRatio checkedShare checkedValid checkedQualityRatio
    }
  }
`);
const Series = graphql(`
  query CheckedSeries {
    contributions(from: "2026-05-01", to: "2026-05-07", granularity: MONTH) { organization { alias } checkedShare checkedQualityRatio }
    organization(alias: "unverified") { totals(from: "2026-05-01", to: "2026-05-07") { checkedShare checkedValid checkedQualityRatio } }
  }
`);

describe('checked share and the leaderboard metrics that do not reward unchecked values', () => {
  let db: TempDb;
  let api: GraphQLHarness;

  beforeAll(async () => {
    db = await tempDb();
    // The week: 1145 of 1231 values unchecked, ratio 0.97, against 0.60 on a checked community.
    const unverified = await organization(db.prisma, 'unverified');
    const checked = await organization(db.prisma, 'checked');
    await seedDay(db.prisma, unverified.id, '2026-05-03', { wl: 20, rep: 16, mal: 30, unk: 20, unch: 1145 });
    await seedDay(db.prisma, checked.id, '2026-05-03', { wl: 250, rep: 150, mal: 400, unk: 200 });
    api = await graphqlHarness(db.prisma, testConfig());
  });
  afterAll(() => db.close());

  it('shows the checked share on every leaderboard row; QUALITY_RATIO favours the unchecked community', async () => {
    const result = await api.run(Board, { metric: 'QUALITY_RATIO' });
    expect(result.errors).toBeUndefined();
    const [first, second] = result.data!.leaderboard;
    expect(first).toMatchObject({ rank: 1, organization: { alias: 'unverified' }, evaluated: 1231, unchecked: 1145, checkedValid: 50 });
    expect(first!.qualityRatio).toBeCloseTo(1195 / 1231);
    expect(first!.checkedShare).toBeCloseTo(86 / 1231);
    expect(first!.checkedQualityRatio).toBeCloseTo(50 / 86);
    expect(second).toMatchObject({ rank: 2, organization: { alias: 'checked' }, checkedShare: 1, checkedQualityRatio: 0.6 });
  });

  it('ranks by valid among the checked, or by checked quality IoCs, without rewarding unchecked values', async () => {
    const ratio = await api.run(Board, { metric: 'CHECKED_QUALITY_RATIO' });
    expect(ratio.data!.leaderboard.map((r) => [r.rank, r.organization.alias])).toEqual([
      [1, 'checked'],
      [2, 'unverified'],
    ]);
    const quality = await api.run(Board, { metric: 'CHECKED_QUALITY' });
    expect(quality.data!.leaderboard.map((r) => [r.organization.alias, r.checkedValid])).toEqual([
      ['checked', 600],
      ['unverified', 50],
    ]);
    // By valid, the unchecked values would win: 1195 against 600.
    const valid = await api.run(Board, { metric: 'QUALITY' });
    expect(valid.data!.leaderboard[0]!.organization.alias).toBe('unverified');
  });

  it('shows the checked share in contributions and totals too', async () => {
    const result = await api.run(Series, {});
    expect(result.errors).toBeUndefined();
    const rows = new Map(result.data!.contributions.map((r) => [r.organization.alias, r]));
    expect(rows.get('unverified')!.checkedShare).toBeCloseTo(86 / 1231);
    expect(rows.get('checked')!.checkedShare).toBe(1);
    expect(result.data!.organization!.totals).toMatchObject({ checkedValid: 50 });
    expect(result.data!.organization!.totals.checkedShare).toBeCloseTo(86 / 1231);
  });
});
