// A warninglist that is new, or in a new version, since the last curated day curates nothing on
// its first day: its hits are REPORT_ONLY rows and the notes say so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServices } from '../../src/pipeline/api-services.js';
import { graphqlHarness } from '../helpers/graphql.js';
import { faultWorld, type FaultWorld } from '../reliability/fault-harness.js';
import { expectConsistent } from '../reliability/outcome.js';
import { runNow } from './helpers.js';

const DAYS = ['2026-09-01', '2026-09-02', '2026-09-03'];

describe('new and changed warninglists', () => {
  let w: FaultWorld;
  beforeAll(async () => {
    w = await faultWorld({
      sim: { seed: 5, communities: 2, creatorsPerCommunity: 1, startDate: DAYS[0], days: 3, perDay: 200, maxEventSize: 12, falsePositiveShare: 0.15 },
      register: [1, 2],
      env: { CURATION_TRUST_NEW_LISTS: 'false' },
    });
  });
  afterAll(() => w?.close());

  const rows = async (runId: number) => w.db.prisma.curationLog.findMany({ where: { runId } });
  const deletedIds = () => new Set(w.misp.mutations.filter((m) => m.action === 'soft-delete' && m.status === 200).map((m) => m.attribute));

  it("on the first day, reports the lists' hits without curating them; reputation false positives are curated", async () => {
    const { run } = await runNow(w.deps, DAYS[0]!, DAYS[0]!);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.notes).toMatch(/2026-09-01: new or changed warninglists curate nothing on their first day; their hits are logged REPORT_ONLY: .*"Sim: top domains" v1 \(\d+ hits\)/);
    const logs = await rows(run.id);
    const byList = logs.filter((l) => l.reason === 'WARNINGLIST');
    expect(byList.length).toBeGreaterThan(0);
    expect(byList.every((l) => l.action === 'REPORT_ONLY' && l.status === 'DONE')).toBe(true);
    const deleted = deletedIds();
    for (const l of byList) expect(deleted.has(l.mispAttributeId)).toBe(false);
    expect(logs.filter((l) => l.reason === 'REPUTATION' && l.action === 'SOFT_DELETE' && l.status === 'DONE').length).toBeGreaterThan(0);
    await expectConsistent(w);
  });

  it('curates them from the next day on', async () => {
    const { run } = await runNow(w.deps, DAYS[1]!, DAYS[1]!);
    expect(run.notes ?? '').not.toMatch(/new or changed/);
    const byList = (await rows(run.id)).filter((l) => l.reason === 'WARNINGLIST');
    expect(byList.length).toBeGreaterThan(0);
    expect(byList.every((l) => l.action === 'SOFT_DELETE' && l.status === 'DONE')).toBe(true);
    await expectConsistent(w);
  });

  it('holds back a list whose version changed, and only that one', async () => {
    const changed = await w.db.prisma.warninglist.findFirstOrThrow({ where: { name: 'Sim: empty hashes' } });
    // As if the day before had been curated with an older version of the list.
    await w.db.prisma.warninglist.update({ where: { id: changed.id }, data: { curatedVersion: changed.version - 1 } });
    const { run } = await runNow(w.deps, DAYS[2]!, DAYS[2]!);
    expect(run.notes).toMatch(/2026-09-03: new or changed warninglists .*: "Sim: empty hashes" v1 \(\d+ hits\)\. They curate/);
    expect(run.notes).not.toMatch(/2026-09-03: new or changed .*Sim: top domains/);
    const byList = (await rows(run.id)).filter((l) => l.reason === 'WARNINGLIST');
    const hashes = byList.filter((l) => JSON.parse(l.evidence).warninglists.every((h: { name: string }) => h.name === 'Sim: empty hashes'));
    expect(hashes.length).toBeGreaterThan(0);
    expect(hashes.every((l) => l.action === 'REPORT_ONLY')).toBe(true);
    expect(byList.filter((l) => l.action === 'SOFT_DELETE').length).toBeGreaterThan(0);
    const api = await graphqlHarness(
      w.db.prisma,
      w.config,
      createApiServices(w.deps, () => undefined),
    );
    const shown = await api.run('{ warninglists { name version curatedVersion } }');
    expect((shown.data as { warninglists: unknown[] }).warninglists).toContainEqual({ name: 'Sim: empty hashes', version: 1, curatedVersion: 1 });
    await expectConsistent(w);
  });
});
