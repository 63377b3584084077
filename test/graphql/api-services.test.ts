// Restore, warninglist refresh and indicator checks through GraphQL with the service's real
// implementations (createApiServices): the real pipeline, MISP client and OpenTIP client against
// the simulators on loopback. The simulator serves its built-in warninglists from a temporary
// misp-warninglists directory, so that a test can publish a new version of one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { MispSimulator } from '../../src/misp/simulator/index.js';
import { BUILTIN_WARNINGLISTS } from '../../src/misp/simulator/warninglists.js';
import type { WarninglistFile } from '../../src/misp/types.js';
import { createApiServices } from '../../src/pipeline/api-services.js';
import { createPipelineDeps } from '../../src/pipeline/index.js';
import { graphql } from '../generated/gql.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { countQueries } from '../helpers/query-count.js';
import { hardDeleteInMisp } from '../misp/helpers.js';
import { pipelineWorld, runNow, type PipelineWorld } from '../pipeline/helpers.js';

const Restore = graphql(`
  mutation RestoreCurated($id: ID!) {
    restoreCuratedAttribute(curationLogId: $id) {
      __typename
      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt mispAttributeId } }
      ... on InvalidInputError { field }
      ... on Error { message }
    }
  }
`);

const LogRow = graphql(`
  query LogRow($status: CurationStatus) {
    curationLogs(status: $status, first: 200) { totalCount edges { node { id status mispAttributeId } } }
  }
`);

const Refresh = graphql(`
  mutation RefreshLists {
    refreshWarninglists {
      __typename
      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }
      ... on Error { message }
    }
  }
`);

const Lists = graphql(`
  query ListVersions {
    warninglists(selectedOnly: false) { listId name version entryCount selected source }
  }
`);

const Check = graphql(`
  query Check($type: String!, $value: String!) {
    checkIndicator(type: $type, value: $value) {
      type value decision
      warninglistHits { listId listName entry value }
      reputation { outcome evidence { provider kind value zone checkedAt expiresAt source } }
      curationLogs { id reason status attributeType organization { alias } }
    }
  }
`);

const DAY = '2026-05-04';
const PUBLIC_DNS = 'Sim: public DNS resolvers';

/** The simulator's built-in lists as a misp-warninglists checkout (lists/<name>/list.json). */
function writeLists(dir: string, lists: WarninglistFile[]) {
  for (const [i, list] of lists.entries()) {
    mkdirSync(join(dir, 'lists', `sim-${i}`), { recursive: true });
    writeFileSync(join(dir, 'lists', `sim-${i}`, 'list.json'), JSON.stringify(list));
  }
}

describe('API services against the MISP and OpenTIP simulators', () => {
  let world: PipelineWorld;
  let api: GraphQLHarness;
  let listsDir: string;
  let restarted: MispSimulator | undefined;
  const sim = { seed: 31, communities: 2, creatorsPerCommunity: 1, startDate: DAY, days: 1, perDay: 300, maxEventSize: 20, falsePositiveShare: 0.3, pulledShare: 0 };

  beforeAll(async () => {
    listsDir = mkdtempSync(join(tmpdir(), 'mtc-lists-'));
    writeLists(listsDir, BUILTIN_WARNINGLISTS);
    world = await pipelineWorld({ sim: { ...sim, warninglistsDir: listsDir }, register: [1, 2], env: { WARNINGLIST_FILTERS: 'sim' } });
    api = await graphqlHarness(
      world.db.prisma,
      world.config,
      createApiServices(world.deps, () => undefined),
    );
    // A dry run logs REPORT_ONLY rows and never touches MISP; then the day is curated.
    expect((await runNow(world.deps, DAY, DAY, { dryRun: true })).run.status).toBe('SUCCEEDED');
    expect((await runNow(world.deps, DAY, DAY)).run.status).toBe('SUCCEEDED');
  }, 60_000);
  afterAll(async () => {
    await restarted?.stop();
    await world?.close();
    if (listsDir) rmSync(listsDir, { recursive: true, force: true });
  });

  describe('restoreCuratedAttribute', () => {
    it('undoes a soft delete in MISP and marks the log row RESTORED', async () => {
      const row = await world.db.prisma.curationLog.findFirstOrThrow({ where: { action: 'SOFT_DELETE', status: 'DONE' } });
      expect(world.misp.dataset.attribute(Number(row.mispAttributeId))?.deleted).toBe(true);
      await api.run(LogRow, {}); // the token's first use is recorded
      const { result, count, statements } = await countQueries(world.db.prisma, () => api.run(Restore, { id: String(row.id) }));
      expect(result.errors).toBeUndefined();
      expect(result.data?.restoreCuratedAttribute).toMatchObject({
        __typename: 'MutationRestoreCuratedAttributeSuccess',
        curationLog: { id: String(row.id), status: 'RESTORED', restoredAt: expect.any(String), mispAttributeId: row.mispAttributeId },
      });
      // token, the row, its update (the answer is the updated row)
      expect(count, statements.join('\n')).toBeLessThanOrEqual(3);
      expect(world.misp.dataset.attribute(Number(row.mispAttributeId))?.deleted).toBe(false);
      expect(world.misp.mutations.filter((m) => m.action === 'restore')).toEqual([expect.objectContaining({ attribute: row.mispAttributeId, status: 200 })]);
      const restored = await api.run(LogRow, { status: 'RESTORED' }, api.readerToken);
      expect(restored.data?.curationLogs.edges.map((e) => e.node)).toEqual([{ id: String(row.id), status: 'RESTORED', mispAttributeId: row.mispAttributeId }]);
    });

    it('refuses to restore twice, a row that deleted nothing, or an unknown id, changing nothing', async () => {
      const restored = await world.db.prisma.curationLog.findFirstOrThrow({ where: { status: 'RESTORED' } });
      const reportOnly = await world.db.prisma.curationLog.findFirstOrThrow({ where: { action: 'REPORT_ONLY' } });
      const before = { logs: await world.db.prisma.curationLog.findMany({ orderBy: { id: 'asc' } }), mutations: world.misp.mutations.length };
      const cases = [
        [restored.id, 'ConflictError', /already restored/],
        [reportOnly.id, 'ConflictError', /report only, not a soft delete/],
        [999_999, 'NotFoundError', /No curation log row has id 999999/],
      ] as const;
      for (const [id, typename, message] of cases) {
        const result = await api.run(Restore, { id: String(id) });
        expect(result.errors).toBeUndefined();
        expect(result.data?.restoreCuratedAttribute).toEqual({ __typename: typename, message: expect.stringMatching(message) });
      }
      const invalid = await api.run(Restore, { id: 'twelve' });
      expect(invalid.data?.restoreCuratedAttribute).toMatchObject({ __typename: 'InvalidInputError', field: 'curationLogId' });
      expect(world.misp.mutations).toHaveLength(before.mutations);
      expect(await world.db.prisma.curationLog.findMany({ orderBy: { id: 'asc' } })).toEqual(before.logs);
    });

    it("passes on MISP's refusal with its code, and keeps the row DONE", async () => {
      const row = await world.db.prisma.curationLog.findFirstOrThrow({ where: { action: 'SOFT_DELETE', status: 'DONE' }, orderBy: { id: 'desc' } });
      // Meanwhile a MISP admin deleted the attribute for good.
      await hardDeleteInMisp(world.misp, world.misp.keys.admin, row.mispAttributeId);
      const result = await api.run(Restore, { id: String(row.id) });
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining(`/attributes/restore/${row.mispAttributeId}`), extensions: { code: 'MISP_NOT_FOUND' } });
      expect(result.errors?.[0]?.message).not.toContain(world.config.mispKey);
      expect(await world.db.prisma.curationLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
    });

    it('is an admin operation', async () => {
      const row = await world.db.prisma.curationLog.findFirstOrThrow({ where: { action: 'SOFT_DELETE', status: 'DONE' } });
      const result = await api.run(Restore, { id: String(row.id) }, api.readerToken);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(world.misp.dataset.attribute(Number(row.mispAttributeId))?.deleted).toBe(true);
    });
  });

  describe('checkIndicator', () => {
    it('names the warninglist and entry an indicator hits, with its curation log', async () => {
      const planted = await world.db.prisma.curationLog.findFirstOrThrow({ where: { reason: 'WARNINGLIST', action: 'SOFT_DELETE', attributeType: 'ip-dst' } });
      const result = await api.run(Check, { type: 'ip-dst', value: planted.value }, api.readerToken);
      expect(result.errors).toBeUndefined();
      const check = result.data!.checkIndicator;
      expect(check.decision).toBe('WARNINGLIST_FALSE_POSITIVE');
      expect(check.warninglistHits).toContainEqual({ listId: expect.any(String), listName: expect.stringMatching(/^Sim: /), entry: expect.any(String), value: planted.value });
      expect(check.curationLogs.map((l) => l.reason)).toContain('WARNINGLIST');
      const dns = await api.run(Check, { type: 'ip-dst', value: '8.8.8.8' }, api.readerToken);
      expect(dns.data?.checkIndicator.warninglistHits).toEqual([{ listId: expect.any(String), listName: PUBLIC_DNS, entry: '8.8.8.8', value: '8.8.8.8' }]);
    });

    it('gives the cached reputation verdict, and never looks anything up', async () => {
      const benign = await world.db.prisma.curationLog.findFirstOrThrow({ where: { reason: 'REPUTATION', action: 'SOFT_DELETE' } });
      const requests = world.opentip.counters.requests;
      const { result, count } = await countQueries(world.db.prisma, () => api.run(Check, { type: benign.attributeType, value: benign.value }, api.readerToken));
      expect(result.errors).toBeUndefined();
      const check = result.data!.checkIndicator;
      expect(check).toMatchObject({ decision: 'REPUTATION_FALSE_POSITIVE', warninglistHits: [] });
      expect(check.reputation?.outcome).toBe('BENIGN');
      expect(check.reputation?.evidence[0]).toMatchObject({ provider: 'opentip', zone: 'Green', checkedAt: expect.any(String), expiresAt: expect.any(String) });
      // Newest first: the curated run's row, then the dry run's.
      expect(check.curationLogs).toEqual([
        { id: String(benign.id), reason: 'REPUTATION', status: 'DONE', attributeType: benign.attributeType, organization: { alias: expect.stringMatching(/^community-/) } },
        expect.objectContaining({ reason: 'REPUTATION', status: 'DONE' }),
      ]);
      // token, the cached verdicts, the curation log with its communities
      expect(count).toBeLessThanOrEqual(4);
      const malicious = await world.db.prisma.reputationVerdict.findFirstOrThrow({ where: { verdict: 'MALICIOUS', kind: 'domain' } });
      const bad = await api.run(Check, { type: 'domain', value: malicious.value }, api.readerToken);
      expect(bad.data?.checkIndicator).toMatchObject({ decision: 'MALICIOUS', reputation: { outcome: 'MALICIOUS', evidence: [{ kind: 'domain', value: malicious.value, zone: malicious.zone }] } });
      expect(world.opentip.counters.requests).toBe(requests);
    });

    it('finds nothing against a clean value: unchecked, no hits, no log; no lookup kind: no reputation', async () => {
      const clean = await api.run(Check, { type: 'ip-dst', value: '203.0.113.77' }, api.readerToken);
      expect(clean.data?.checkIndicator).toEqual({
        type: 'ip-dst',
        value: '203.0.113.77',
        decision: 'UNCHECKED',
        warninglistHits: [],
        reputation: { outcome: 'UNCHECKED', evidence: [] },
        curationLogs: [],
      });
      const text = await api.run(Check, { type: 'text', value: 'nothing to see' }, api.readerToken);
      expect(text.data?.checkIndicator).toMatchObject({ decision: 'UNKNOWN', warninglistHits: [], reputation: null });
    });
  });

  describe('refreshWarninglists', () => {
    it('reloads the lists from MISP: a new version of a list shows, and its new entries match', async () => {
      const first = await api.run(Refresh);
      expect(first.data?.refreshWarninglists).toEqual({ __typename: 'MutationRefreshWarninglistsSuccess', refresh: { lists: BUILTIN_WARNINGLISTS.length, selected: BUILTIN_WARNINGLISTS.length } });
      const version = async () => (await api.run(Lists, {}, api.readerToken)).data?.warninglists.find((l) => l.name === PUBLIC_DNS);
      expect(await version()).toMatchObject({ version: 1, entryCount: 6, selected: true, source: 'misp' });
      expect((await api.run(Check, { type: 'ip-dst', value: '9.9.9.10' })).data?.checkIndicator.warninglistHits).toEqual([]);

      // MISP updates the list: version 2 with one more resolver. Same address, same data.
      const updated = BUILTIN_WARNINGLISTS.map((l) => (l.name === PUBLIC_DNS ? { ...l, version: 2, list: [...l.list, '9.9.9.10'] } : l));
      writeLists(listsDir, updated);
      const port = Number(new URL(world.misp.url).port);
      await world.misp.stop();
      restarted = await MispSimulator.start({ ...sim, warninglistsDir: listsDir, port });

      expect(await version()).toMatchObject({ version: 1 });
      const second = await api.run(Refresh);
      expect(second.data?.refreshWarninglists).toMatchObject({ __typename: 'MutationRefreshWarninglistsSuccess' });
      expect(await version()).toMatchObject({ version: 2, entryCount: 7 });
      const hit = await api.run(Check, { type: 'ip-dst', value: '9.9.9.10' });
      expect(hit.data?.checkIndicator).toMatchObject({ decision: 'WARNINGLIST_FALSE_POSITIVE', warninglistHits: [{ listName: PUBLIC_DNS, entry: '9.9.9.10' }] });
    });

    it('is an admin operation', async () => {
      const result = await api.run(Refresh, {}, api.readerToken);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});

describe('API services without a MISP', () => {
  let db: TempDb;
  let api: GraphQLHarness;

  beforeAll(async () => {
    db = await tempDb();
    const config = testConfig();
    const deps = createPipelineDeps(db.prisma, config, silentLogger);
    api = await graphqlHarness(
      db.prisma,
      config,
      createApiServices(deps, () => undefined),
    );
  });
  afterAll(() => db?.close());

  it('says what to configure instead of failing obscurely', async () => {
    const restore = await api.run(Restore, { id: '1' });
    const refresh = await api.run(Refresh);
    const check = await api.run(Check, { type: 'ip-dst', value: '8.8.8.8' }, api.readerToken);
    expect(restore.errors?.[0]).toMatchObject({ message: expect.stringMatching(/MISP_URL and MISP_KEY \(a site-admin key\)/), extensions: { code: 'SERVICE_UNAVAILABLE' } });
    for (const result of [refresh, check]) {
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/MISP_URL and MISP_KEY, or WARNINGLISTS_DIR/), extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
  });
});
