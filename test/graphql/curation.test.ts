import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import { graphql } from '../generated/gql.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { countQueries } from '../helpers/query-count.js';
import { organization, touch } from './seed.js';
import { queueServices } from './services.js';

const CurationLogs = graphql(`
  query CurationLogs($organization: String, $from: Date, $to: Date, $reason: CurationReason, $action: CurationAction, $status: CurationStatus, $first: Int, $after: String) {
    curationLogs(organization: $organization, from: $from, to: $to, reason: $reason, action: $action, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id day mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value
          reason evidence action status error createdAt actedAt restoredAt
          organization { alias }
          run { id kind }
        }
      }
    }
  }
`);

const Restore = graphql(`
  mutation Restore($id: ID!) {
    restoreCuratedAttribute(curationLogId: $id) {
      __typename
      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status } }
      ... on InvalidInputError { field message }
      ... on Error { message }
    }
  }
`);

const Warninglists = graphql(`
  query Warninglists($selectedOnly: Boolean) {
    warninglists(selectedOnly: $selectedOnly) { name type version entryCount selected matchingAttributes invalidEntries refreshedAt source listId }
  }
`);

const CheckIndicator = graphql(`
  query CheckIndicator($type: String!, $value: String!) {
    checkIndicator(type: $type, value: $value) { decision }
  }
`);

describe('curation log and warninglists over GraphQL', () => {
  let db: TempDb;
  let api: GraphQLHarness;

  beforeAll(async () => {
    db = await tempDb();
    api = await graphqlHarness(db.prisma, testConfig(), queueServices(db.prisma));
    const alpha = await organization(db.prisma, 'alpha');
    const bravo = await organization(db.prisma, 'bravo');
    const run = await db.prisma.pipelineRun.create({ data: { kind: 'DAILY', trigger: 'SCHEDULE', status: 'SUCCEEDED', fromDay: '2026-03-01', toDay: '2026-03-03', daysTotal: 3 } });
    for (let i = 1; i <= 12; i++) {
      const warninglist = i % 3 !== 0;
      await db.prisma.curationLog.create({
        data: {
          runId: i <= 10 ? run.id : null,
          organizationId: i % 2 ? alpha.id : bravo.id,
          day: `2026-03-0${1 + (i % 3)}`,
          mispAttributeId: String(1000 + i),
          mispAttributeUuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          mispEventId: '77',
          attributeType: warninglist ? 'ip-dst' : 'domain',
          value: warninglist ? '8.8.8.8' : `benign-${i}.example`,
          reason: warninglist ? 'WARNINGLIST' : 'REPUTATION',
          evidence: warninglist
            ? JSON.stringify({ hits: [{ listId: '12', listName: 'List of known google DNS', entry: '8.8.8.8' }] })
            : i === 3
              ? 'not json'
              : JSON.stringify({ provider: 'opentip', zone: 'Green' }),
          action: 'SOFT_DELETE',
          status: i === 12 ? 'FAILED' : 'DONE',
          error: i === 12 ? 'MISP answered 500' : null,
          actedAt: new Date('2026-03-04T00:10:00Z'),
        },
      });
    }
    await db.prisma.warninglist.createMany({
      data: [
        {
          source: 'misp',
          listId: '12',
          name: 'List of known google DNS',
          type: 'string',
          version: 3,
          matchingAttributes: JSON.stringify(['ip-src', 'ip-dst']),
          entryCount: 4,
          selected: true,
          refreshedAt: new Date('2026-03-01T00:00:00Z'),
        },
        {
          source: 'misp',
          listId: '40',
          name: 'Top 10K websites',
          type: 'hostname',
          version: 7,
          matchingAttributes: JSON.stringify(['ALL']),
          entryCount: 10000,
          selected: false,
          invalidEntries: 2,
          refreshedAt: new Date('2026-03-01T00:00:00Z'),
        },
      ],
    });
  });
  afterAll(() => db.close());

  it('lists the log newest first with parsed evidence, its community and run', async () => {
    const result = await api.run(CurationLogs, {}, api.readerToken);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.curationLogs.edges.map((e) => e.node);
    expect(result.data?.curationLogs.totalCount).toBe(12);
    expect(nodes.map((n) => n.mispAttributeId)).toEqual(Array.from({ length: 12 }, (_, i) => String(1012 - i)));
    expect(nodes[0]).toMatchObject({ status: 'FAILED', error: 'MISP answered 500', run: null, organization: { alias: 'bravo' } });
    expect(nodes.find((n) => n.mispAttributeId === '1001')).toMatchObject({
      day: '2026-03-02',
      reason: 'WARNINGLIST',
      evidence: { hits: [{ listId: '12', listName: 'List of known google DNS', entry: '8.8.8.8' }] },
      run: { kind: 'DAILY' },
    });
    // Evidence that is not JSON comes back as the stored text.
    expect(nodes.find((n) => n.mispAttributeId === '1003')?.evidence).toBe('not json');
  });

  it('filters by community, days, reason, action and status, the total following the filter', async () => {
    const alpha = await api.run(CurationLogs, { organization: 'alpha', reason: 'WARNINGLIST' });
    expect(alpha.data?.curationLogs.totalCount).toBe(4);
    expect(alpha.data?.curationLogs.edges.every((e) => e.node.organization.alias === 'alpha' && e.node.reason === 'WARNINGLIST')).toBe(true);
    const days = await api.run(CurationLogs, { from: '2026-03-02', to: '2026-03-02' });
    expect(days.data?.curationLogs.edges.map((e) => e.node.day)).toEqual(Array(4).fill('2026-03-02'));
    expect((await api.run(CurationLogs, { status: 'FAILED' })).data?.curationLogs.totalCount).toBe(1);
    expect((await api.run(CurationLogs, { action: 'TAG' })).data?.curationLogs.totalCount).toBe(0);
    expect((await api.run(CurationLogs, { organization: 'nobody' })).data?.curationLogs.totalCount).toBe(0);
  });

  it('pages with cursors and refuses pages over 200 or backward days', async () => {
    const first = await api.run(CurationLogs, { first: 5 });
    const second = await api.run(CurationLogs, { first: 5, after: first.data!.curationLogs.pageInfo.endCursor });
    expect(second.data?.curationLogs.edges.map((e) => e.node.mispAttributeId)).toEqual(['1007', '1006', '1005', '1004', '1003']);
    expect((await api.run(CurationLogs, { first: 500 })).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    expect((await api.run(CurationLogs, { from: '2026-03-03', to: '2026-03-01' })).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });
  });

  it('reads a page with its communities and runs in a fixed number of statements', async () => {
    await touch(db.prisma);
    const { count, statements } = await countQueries(db.prisma, () => api.run(CurationLogs, { first: 50 }));
    // token + page (with relations) + total
    expect(count, statements.join('\n')).toBeLessThanOrEqual(5);
  });

  it('checks the restore argument before calling the service', async () => {
    expect((await api.run(Restore, { id: '0' })).data?.restoreCuratedAttribute).toMatchObject({ __typename: 'InvalidInputError', field: 'curationLogId' });
    // Restoring talks to MISP: without the pipeline wired in, the API says so.
    expect((await api.run(Restore, { id: '1' })).errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await api.run(CheckIndicator, { type: 'ip-dst', value: '8.8.8.8' })).errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('refuses a blank indicator, and passes on what the service says is wrong', async () => {
    expect((await api.run(CheckIndicator, { type: ' ', value: '8.8.8.8' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'type' });
    const refusing = await graphqlHarness(db.prisma, testConfig(), {
      ...queueServices(db.prisma),
      checkIndicator: async (type) => {
        throw new InvalidInputError(`The type "${type}" is not a MISP attribute type.`, 'type');
      },
    });
    const result = await refusing.run(CheckIndicator, { type: 'ip-dest', value: '8.8.8.8' });
    expect(result.errors?.[0]).toMatchObject({ message: 'The type "ip-dest" is not a MISP attribute type.', extensions: { code: 'BAD_USER_INPUT', argument: 'type' } });
  });

  it('lists the selected warninglists by default, every list on request', async () => {
    const selected = await api.run(Warninglists, {}, api.readerToken);
    expect(selected.data?.warninglists).toEqual([
      {
        name: 'List of known google DNS',
        type: 'string',
        version: 3,
        entryCount: 4,
        selected: true,
        matchingAttributes: ['ip-src', 'ip-dst'],
        invalidEntries: 0,
        refreshedAt: '2026-03-01T00:00:00.000Z',
        source: 'misp',
        listId: '12',
      },
    ]);
    const all = await api.run(Warninglists, { selectedOnly: false });
    expect(all.data?.warninglists.map((w) => [w.name, w.matchingAttributes])).toEqual([
      ['List of known google DNS', ['ip-src', 'ip-dst']],
      ['Top 10K websites', ['ALL']],
    ]);
  });
});
