// CURATION_ACTION=sighting end to end: the real pipeline and MISP client against the MISP simulator.
// A curated day leaves exactly one false-positive sighting per false positive and changes nothing
// else; re-runs, lost answers and resumed runs add none; CURATION_ACTIONS=sighting,soft-delete
// tells MISP before deleting; restore deletes the sighting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWarninglistsFromDirectory, selectWarninglists } from '../../src/warninglists/index.js';
import { ReferenceMatcher } from '../warninglists/reference.js';
import { expectedDay } from './expected.js';
import { expectResumedOncePerAttribute, plannedDay } from '../helpers/interrupted-run.js';
import { needsSharedWarninglists } from '../helpers/shared-data.js';
import { LIST_FILTERS, pipelineWorld, runNow, SHARED_LISTS, type PipelineWorld } from './helpers.js';

const DAYS = ['2026-05-01', '2026-05-02', '2026-05-03'];
const REGISTERED = [1, 2];
const CAP = 30;
const sim = { seed: 31, communities: 3, creatorsPerCommunity: 1, startDate: DAYS[0], days: DAYS.length, perDay: 300, maxEventSize: 20, falsePositiveShare: 0.2, pulledShare: 0 };

describe.skipIf(SHARED_LISTS === undefined)(needsSharedWarninglists('curation by false-positive sighting', SHARED_LISTS), () => {
  let world: PipelineWorld;
  let reference: ReferenceMatcher;

  beforeAll(async () => {
    world = await pipelineWorld({ sim, register: REGISTERED, env: { CURATION_ACTION: 'sighting', MAX_ATTRIBUTES_PER_EVENT: String(CAP) } });
    const definitions = await loadWarninglistsFromDirectory(SHARED_LISTS!);
    reference = new ReferenceMatcher(selectWarninglists(definitions, { filterWords: LIST_FILTERS.split(','), maxEntries: 0 }).selected);
  });
  afterAll(() => world?.close());

  const expected = (day: string) => expectedDay(world.misp, world.opentip, reference, day, REGISTERED, CAP).falsePositiveIds;
  const sightingsOf = (ids: Set<string>) => world.misp.sightings.all().filter((s) => ids.has(String(s.attributeId)));
  const attributesOf = (day: string) => JSON.stringify([...world.misp.dataset.attributesOfDay(day)]);

  it('leaves exactly one false-positive sighting per false positive, from SIGHTING_SOURCE, and no other change in MISP', async () => {
    const fps = expected(DAYS[0]!);
    expect(fps.size).toBeGreaterThan(5);
    const before = attributesOf(DAYS[0]!);
    const { run } = await runNow(world.deps, DAYS[0]!, DAYS[0]!);
    expect(run.status).toBe('SUCCEEDED');

    const sightings = world.misp.sightings.all();
    expect(sightings.map((s) => String(s.attributeId)).sort()).toEqual([...fps].sort());
    expect(sightings.every((s) => s.type === 1 && s.source === 'misp-topcontrib' && s.orgId === 1)).toBe(true);
    expect(new Set(world.misp.mutations.map((m) => `${m.action} ${m.status}`))).toEqual(new Set(['sighting 200']));
    expect(attributesOf(DAYS[0]!)).toBe(before);

    const rows = await world.db.prisma.curationLog.findMany({ where: { runId: run.id } });
    expect(rows).toHaveLength(fps.size);
    expect(rows.every((r) => r.action === 'SIGHTING' && r.status === 'DONE' && r.error === null)).toBe(true);
    const bySighting = new Map(sightings.map((s) => [String(s.id), String(s.attributeId)]));
    for (const r of rows) expect(bySighting.get(r.mispSightingId!)).toBe(r.mispAttributeId);
    expect(run.curationDone).toBe(fps.size);
  });

  it('a day run again adds no sighting: each new row finds the one MISP has', async () => {
    const before = world.misp.sightings.all().length;
    const first = await world.db.prisma.curationLog.findMany({ where: { day: DAYS[0] }, orderBy: { id: 'asc' } });
    const { run } = await runNow(world.deps, DAYS[0]!, DAYS[0]!);
    expect(run.status).toBe('SUCCEEDED');
    expect(world.misp.sightings.all()).toHaveLength(before);
    const again = await world.db.prisma.curationLog.findMany({ where: { runId: run.id } });
    expect(again).toHaveLength(first.length);
    expect(again.every((r) => r.status === 'DONE' && /already had this service's false-positive sighting/.test(r.error ?? ''))).toBe(true);
    const firstSighting = new Map(first.map((r) => [r.mispAttributeId, r.mispSightingId]));
    for (const r of again) expect(r.mispSightingId).toBe(firstSighting.get(r.mispAttributeId));
  });

  it('MISP saving a sighting and then failing (500, dropped connection) never doubles it', async () => {
    const fps = expected(DAYS[1]!);
    // Only on /sightings/add: the simulator, like MISP, has saved the sighting when the fault hits.
    world.misp.setFaults({ errorRate: 0.3, dropRate: 0.2, maxFaults: 8, seed: 8, onlyPaths: 'sightings/add' });
    let run;
    let faults: number;
    try {
      ({ run } = await runNow(world.deps, DAYS[1]!, DAYS[1]!));
      faults = world.misp.faults.counters.errors + world.misp.faults.counters.dropped;
    } finally {
      world.misp.setFaults({});
    }
    expect(run.status, run.error ?? '').toBe('SUCCEEDED');
    const sightings = sightingsOf(fps);
    expect(sightings.map((s) => String(s.attributeId)).sort()).toEqual([...fps].sort());
    expect(faults).toBe(8);
  });

  it('a run killed with its rows planned, some sightings made and unrecorded, resumes with one sighting each', async () => {
    const misp = world.deps.misp!;
    const { runId, planned } = await plannedDay(world.deps, DAYS[2]!, 'SIGHTING');
    // What MISP did before the process died: sighted the first half; the rows still say PLANNED.
    for (const row of planned.slice(0, Math.floor(planned.length / 2))) await misp.addSighting({ attribute: row.mispAttributeId, type: '1', source: 'misp-topcontrib' });

    await expectResumedOncePerAttribute(world.deps, runId, planned, () => sightingsOf(new Set(planned.map((p) => p.mispAttributeId))).map((s) => String(s.attributeId)));
  });

  it('restore of a sighting row deletes that sighting in MISP and marks every row that recorded it restored', async () => {
    const { restoreCuratedAttribute } = await import('../../src/pipeline/index.js');
    const { prisma } = world.db;
    const row = await prisma.curationLog.findFirstOrThrow({ where: { day: DAYS[0], action: 'SIGHTING', status: 'DONE' }, orderBy: { id: 'asc' } });
    const sightingId = Number(row.mispSightingId);
    expect(world.misp.sightings.all().some((s) => s.id === sightingId)).toBe(true);
    const restored = await restoreCuratedAttribute(prisma, world.deps.misp!, row.id);
    expect(restored.status).toBe('RESTORED');
    expect(world.misp.sightings.all().some((s) => s.id === sightingId)).toBe(false);
    expect(world.misp.mutations.at(-1)).toMatchObject({ action: 'sighting-delete', status: 200, sightingId });
    // The re-run's row recorded the same sighting.
    const same = await prisma.curationLog.findMany({ where: { mispSightingId: String(sightingId) } });
    expect(same.length).toBe(2);
    expect(same.every((r) => r.status === 'RESTORED')).toBe(true);
    await expect(restoreCuratedAttribute(prisma, world.deps.misp!, row.id)).rejects.toThrow(/already restored/);
  });
});

describe.skipIf(SHARED_LISTS === undefined)(needsSharedWarninglists('CURATION_ACTIONS=sighting,soft-delete', SHARED_LISTS), () => {
  let world: PipelineWorld;
  let reference: ReferenceMatcher;

  beforeAll(async () => {
    // Listed delete-first on purpose: MISP is told first whatever the order.
    world = await pipelineWorld({ sim, register: REGISTERED, env: { CURATION_ACTIONS: 'soft-delete,sighting', SIGHTING_SOURCE: 'csirt-x-topcontrib', MAX_ATTRIBUTES_PER_EVENT: String(CAP) } });
    const definitions = await loadWarninglistsFromDirectory(SHARED_LISTS!);
    reference = new ReferenceMatcher(selectWarninglists(definitions, { filterWords: LIST_FILTERS.split(','), maxEntries: 0 }).selected);
  });
  afterAll(() => world?.close());

  it('sights each false positive once, then soft-deletes it once, with one log row per action', async () => {
    const fps = expectedDay(world.misp, world.opentip, reference, DAYS[0]!, REGISTERED, CAP).falsePositiveIds;
    const { run } = await runNow(world.deps, DAYS[0]!, DAYS[0]!);
    expect(run.status).toBe('SUCCEEDED');
    const ok = world.misp.mutations.filter((m) => m.status === 200);
    const sighted = ok.filter((m) => m.action === 'sighting').map((m) => m.attribute);
    const deleted = ok.filter((m) => m.action === 'soft-delete').map((m) => m.attribute);
    expect([...sighted].sort()).toEqual([...fps].sort());
    expect([...deleted].sort()).toEqual([...fps].sort());
    for (const id of fps) {
      expect(ok.findIndex((m) => m.action === 'sighting' && m.attribute === id)).toBeLessThan(ok.findIndex((m) => m.action === 'soft-delete' && m.attribute === id));
    }
    expect(world.misp.sightings.all().every((s) => s.source === 'csirt-x-topcontrib' && s.type === 1)).toBe(true);
    const rows = await world.db.prisma.curationLog.findMany({ where: { runId: run.id } });
    expect(rows.filter((r) => r.action === 'SIGHTING')).toHaveLength(fps.size);
    expect(rows.filter((r) => r.action === 'SOFT_DELETE')).toHaveLength(fps.size);
    expect(rows.every((r) => r.status === 'DONE')).toBe(true);
    expect(run.curationPlanned).toBe(2 * fps.size);
  });
});
