import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { countQueries } from '../helpers/query-count.js';
import { organization, touch } from './seed.js';

const Report = graphql(`
  query FalsePositiveReport($organization: String!, $from: Date!, $to: Date!, $limit: Int) {
    falsePositiveReport(organization: $organization, from: $from, to: $to, limit: $limit) {
      day organization { alias } mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value
      reason evidence explanation removedFromMisp reportedToCommunity
      actions { curationLogId action status actedAt mispSightingId error }
    }
  }
`);

describe('falsePositiveReport', () => {
  let db: TempDb;
  let api: GraphQLHarness;

  beforeAll(async () => {
    db = await tempDb();
    api = await graphqlHarness(db.prisma, testConfig());
    const alpha = await organization(db.prisma, 'alpha');
    const bravo = await organization(db.prisma, 'bravo');
    const run1 = await db.prisma.pipelineRun.create({ data: { kind: 'DAILY', trigger: 'SCHEDULE', status: 'SUCCEEDED', fromDay: '2026-06-01', toDay: '2026-06-01', daysTotal: 1 } });
    const run2 = await db.prisma.pipelineRun.create({ data: { kind: 'DAILY', trigger: 'CLI', status: 'SUCCEEDED', fromDay: '2026-06-01', toDay: '2026-06-01', daysTotal: 1 } });
    const base = { mispEventId: '77', mispEventUuid: 'eeeeeeee-0000-4000-8000-000000000077', actedAt: new Date('2026-06-02T00:10:00Z') };
    const warninglist = JSON.stringify({ warninglists: [{ id: '12', name: 'List of known IPv4 public DNS resolvers', entry: '8.8.8.8', value: '8.8.8.8' }] });
    const reputation = JSON.stringify({ reputation: [{ provider: 'opentip', kind: 'domain', value: 'benign.example', zone: 'Green', source: 'lookup' }] });
    const row = (runId: number, organizationId: number, day: string, id: string, reason: 'WARNINGLIST' | 'REPUTATION', action: 'SIGHTING' | 'SOFT_DELETE', extra = {}) => ({
      ...base,
      runId,
      organizationId,
      day,
      mispAttributeId: id,
      mispAttributeUuid: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
      attributeType: reason === 'WARNINGLIST' ? 'ip-dst' : 'domain',
      value: reason === 'WARNINGLIST' ? '8.8.8.8' : 'benign.example',
      reason,
      evidence: reason === 'WARNINGLIST' ? warninglist : reputation,
      action,
      status: 'DONE' as const,
      ...extra,
    });
    await db.prisma.curationLog.createMany({
      data: [
        // Attribute 1: sighted then deleted; the day run again found the sighting already there.
        row(run1.id, alpha.id, '2026-06-01', '1', 'WARNINGLIST', 'SIGHTING', { mispSightingId: '501' }),
        row(run1.id, alpha.id, '2026-06-01', '1', 'WARNINGLIST', 'SOFT_DELETE'),
        row(run2.id, alpha.id, '2026-06-01', '1', 'WARNINGLIST', 'SIGHTING', { mispSightingId: '501', error: 'MISP already had it' }),
        // Attribute 2: sighted, the sighting later deleted by restore.
        row(run1.id, alpha.id, '2026-06-02', '2', 'REPUTATION', 'SIGHTING', { mispSightingId: '502', status: 'RESTORED', restoredAt: new Date() }),
        // Another community, another range.
        row(run1.id, bravo.id, '2026-06-01', '3', 'WARNINGLIST', 'SIGHTING', { mispSightingId: '503' }),
        row(run1.id, alpha.id, '2026-07-01', '4', 'WARNINGLIST', 'SOFT_DELETE'),
      ],
    });
  });
  afterAll(() => db.close());

  it('lists each false positive of the community once per day, with its evidence and what was done in MISP', async () => {
    const result = await api.run(Report, { organization: 'alpha', from: '2026-06-01', to: '2026-06-30' }, api.readerToken);
    expect(result.errors).toBeUndefined();
    const list = result.data!.falsePositiveReport;
    expect(list.map((fp) => [fp.day, fp.mispAttributeId])).toEqual([
      ['2026-06-01', '1'],
      ['2026-06-02', '2'],
    ]);
    const [one, two] = list;
    expect(one).toMatchObject({
      organization: { alias: 'alpha' },
      value: '8.8.8.8',
      attributeType: 'ip-dst',
      reason: 'WARNINGLIST',
      removedFromMisp: true,
      reportedToCommunity: true,
      mispAttributeUuid: '00000000-0000-4000-8000-000000000001',
      mispEventUuid: 'eeeeeeee-0000-4000-8000-000000000077',
      explanation: 'Listed by the MISP warninglist "List of known IPv4 public DNS resolvers" (entry "8.8.8.8").',
      evidence: { warninglists: [{ name: 'List of known IPv4 public DNS resolvers', entry: '8.8.8.8' }] },
    });
    // The newest row of each action: the re-run's sighting row, the delete.
    expect(one!.actions.map((a) => [a.action, a.status, a.mispSightingId])).toEqual([
      ['SIGHTING', 'DONE', '501'],
      ['SOFT_DELETE', 'DONE', null],
    ]);
    expect(one!.actions[0]!.error).toBe('MISP already had it');
    expect(two).toMatchObject({
      reason: 'REPUTATION',
      removedFromMisp: false,
      reportedToCommunity: false,
      explanation: 'Judged benign by reputation lookup (opentip domain "benign.example": Green).',
    });
  });

  it('refuses an unknown community, a backward range and a list longer than the limit, without cutting it', async () => {
    const unknown = await api.run(Report, { organization: 'nobody', from: '2026-06-01', to: '2026-06-30' });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'organization' } });
    const backward = await api.run(Report, { organization: 'alpha', from: '2026-06-30', to: '2026-06-01' });
    expect(backward.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });
    const over = await api.run(Report, { organization: 'alpha', from: '2026-06-01', to: '2026-07-31', limit: 2 });
    expect(over.errors?.[0]?.message).toMatch(/has 3 false positives .* more than limit \(2\)/);
    expect((await api.run(Report, { organization: 'alpha', from: '2026-06-01', to: '2026-07-31', limit: 3 })).data?.falsePositiveReport).toHaveLength(3);
  });

  it('reads the report in a fixed number of statements', async () => {
    await touch(db.prisma);
    const { count, statements } = await countQueries(db.prisma, () => api.run(Report, { organization: 'alpha', from: '2026-06-01', to: '2026-07-31' }));
    // token + organization + log rows
    expect(count, statements.join('\n')).toBeLessThanOrEqual(4);
  });
});
