// The daily pipeline end to end: real MISP client against the MISP simulator, real OpenTIP client
// against the OpenTIP simulator, real warninglists, real SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWarninglistsFromDirectory, selectWarninglists } from '../../src/warninglists/index.js';
import { ReferenceMatcher } from '../warninglists/reference.js';
import { expectedDay, type ExpectedCounts } from './expected.js';
import { expectResumedOncePerAttribute, plannedDay } from '../helpers/interrupted-run.js';
import { needsSharedWarninglists } from '../helpers/shared-data.js';
import { LIST_FILTERS, pipelineWorld, runNow, SHARED_LISTS, type PipelineWorld } from './helpers.js';

const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03'];
const REGISTERED = [1, 2, 3];
const CAP = 30;
const COUNT_FIELDS = ['seen', 'capped', 'evaluated', 'warninglistFalsePositives', 'reputationFalsePositives', 'confirmedMalicious', 'unknown', 'unchecked', 'valid'] as const;

describe.skipIf(SHARED_LISTS === undefined)(needsSharedWarninglists('daily pipeline end to end', SHARED_LISTS), () => {
  let world: PipelineWorld;
  let reference: ReferenceMatcher;

  const sim = {
    seed: 11,
    communities: 4,
    creatorsPerCommunity: 2,
    startDate: DAYS[0],
    days: DAYS.length,
    perDay: 700,
    maxEventSize: 25,
    oversizedEventsPerDay: 1,
    oversizedEventSize: 60,
    falsePositiveShare: 0.2,
    pulledShare: 0.1,
  };

  beforeAll(async () => {
    world = await pipelineWorld({ sim, register: REGISTERED, env: { MAX_ATTRIBUTES_PER_EVENT: String(CAP) } });
    const definitions = await loadWarninglistsFromDirectory(SHARED_LISTS!);
    reference = new ReferenceMatcher(selectWarninglists(definitions, { filterWords: LIST_FILTERS.split(','), maxEntries: 0 }).selected);
  });
  afterAll(() => world?.close());

  async function rowsOf(day: string) {
    const rows = await world.db.prisma.dailyContribution.findMany({ where: { day }, include: { types: true, creators: true, organization: true } });
    return new Map(rows.map((r) => [Number(r.organization.alias.split('-')[1]), r]));
  }

  function pick(row: ExpectedCounts | Record<string, unknown>) {
    return Object.fromEntries(COUNT_FIELDS.map((f) => [f, (row as Record<string, number>)[f]]));
  }

  it('counts a backfilled range exactly as the ground truth says, with consistent breakdowns', async () => {
    const { end, run } = await runNow(world.deps, DAYS[0]!, DAYS[2]!, { curate: false });
    expect(end).toBe('succeeded');
    expect(run).toMatchObject({ status: 'SUCCEEDED', daysDone: 3, daysTotal: 3 });
    for (const day of DAYS) {
      const expected = expectedDay(world.misp, world.opentip, reference, day, REGISTERED, CAP);
      const rows = await rowsOf(day);
      expect([...rows.keys()].sort()).toEqual(REGISTERED);
      for (const n of REGISTERED) {
        const row = rows.get(n)!;
        expect(pick(row), `${day} community ${n}`).toEqual(pick(expected.counts.get(n)!));
        expect(row.evaluated).toBe(row.warninglistFalsePositives + row.reputationFalsePositives + row.confirmedMalicious + row.unknown + row.unchecked);
        for (const breakdown of [row.types, row.creators]) {
          for (const f of COUNT_FIELDS)
            expect(
              breakdown.reduce((s, b) => s + b[f], 0),
              `${day} ${n} ${f}`,
            ).toBe(row[f]);
        }
      }
    }
    const totals = await world.db.prisma.dailyContribution.aggregate({ _sum: { capped: true, warninglistFalsePositives: true, reputationFalsePositives: true } });
    // The scenario exercises every path.
    expect(totals._sum.capped).toBeGreaterThan(0);
    expect(totals._sum.warninglistFalsePositives).toBeGreaterThan(0);
    expect(totals._sum.reputationFalsePositives).toBeGreaterThan(0);
    expect(world.misp.mutations).toHaveLength(0);
  });

  it('gives the same rows when a day is run again, never doubled', async () => {
    const before = await rowsOf(DAYS[1]!);
    const { end } = await runNow(world.deps, DAYS[1]!, DAYS[1]!, { curate: false });
    expect(end).toBe('succeeded');
    const after = await rowsOf(DAYS[1]!);
    for (const n of REGISTERED) expect(pick(after.get(n)!)).toEqual(pick(before.get(n)!));
    expect(await world.db.prisma.dailyContribution.count({ where: { day: DAYS[1] } })).toBe(REGISTERED.length);
  });

  it('curates exactly the false positives, logging each one before acting', async () => {
    const expected = expectedDay(world.misp, world.opentip, reference, DAYS[0]!, REGISTERED, CAP);
    const { run } = await runNow(world.deps, DAYS[0]!, DAYS[0]!);
    expect(run.status).toBe('SUCCEEDED');
    const logs = await world.db.prisma.curationLog.findMany({ where: { runId: run.id } });
    expect(new Set(logs.map((l) => l.mispAttributeId))).toEqual(expected.falsePositiveIds);
    expect(logs.every((l) => l.status === 'DONE' && l.action === 'SOFT_DELETE')).toBe(true);
    const deletes = world.misp.mutations.filter((m) => m.action === 'soft-delete' && m.status === 200);
    expect(new Set(deletes.map((m) => m.attribute))).toEqual(expected.falsePositiveIds);
    expect(deletes).toHaveLength(expected.falsePositiveIds.size);
    expect(run.curationDone).toBe(expected.falsePositiveIds.size);
    const evidence = JSON.parse(logs.find((l) => l.reason === 'WARNINGLIST')!.evidence) as { warninglists: { name: string; entry: string }[] };
    expect(evidence.warninglists[0]).toMatchObject({ name: expect.any(String), entry: expect.any(String) });
  });

  it('gives every day of a backfill its own CURATION_MAX_ACTIONS_PER_DAY', async () => {
    const range = [DAYS[1]!, DAYS[2]!];
    const perDay = await Promise.all(
      range.map(async (day) => (await world.db.prisma.dailyContribution.aggregate({ where: { day }, _sum: { warninglistFalsePositives: true, reputationFalsePositives: true } }))._sum),
    );
    const wanted = perDay.map((s) => (s.warninglistFalsePositives ?? 0) + (s.reputationFalsePositives ?? 0));
    const limit = Math.max(...wanted);
    expect(wanted[0]! + wanted[1]!).toBeGreaterThan(limit);
    const limited = { ...world.deps, config: { ...world.config, curationMaxActionsPerDay: limit } };
    const { run } = await runNow(limited, range[0]!, range[1]!);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.notes ?? '').not.toMatch(/CURATION_MAX_ACTIONS/);
    for (const [i, day] of range.entries()) expect(await world.db.prisma.curationLog.count({ where: { runId: run.id, day, status: 'DONE' } })).toBe(wanted[i]);
  });
});

describe.skipIf(SHARED_LISTS === undefined)(needsSharedWarninglists('pipeline resilience and guards', SHARED_LISTS), () => {
  let world: PipelineWorld;
  const DAY = '2026-04-01';
  const sim = { seed: 23, communities: 3, creatorsPerCommunity: 1, startDate: DAY, days: 2, perDay: 400, maxEventSize: 20, falsePositiveShare: 0.25, pulledShare: 0 };

  beforeAll(async () => {
    world = await pipelineWorld({ sim, register: [1, 2, 3] });
  });
  afterAll(() => world?.close());

  it('refuses to curate a community whose false-positive share is suspicious, and says so', async () => {
    const strict = { ...world.deps, config: { ...world.config, curationMaxRatio: 0.01 } };
    const { run } = await runNow(strict, DAY, DAY);
    expect(run.status).toBe('SUCCEEDED');
    expect(await world.db.prisma.curationLog.count({ where: { runId: run.id } })).toBe(0);
    expect(world.misp.mutations).toHaveLength(0);
    expect(run.notes).toMatch(/curation refused for "community-1".*above CURATION_MAX_RATIO/);
  });

  it('skips curation of a day that would exceed the per-run action limit', async () => {
    const limited = { ...world.deps, config: { ...world.config, curationMaxActionsPerDay: 3 } };
    const { run } = await runNow(limited, DAY, DAY);
    expect(await world.db.prisma.curationLog.count({ where: { runId: run.id } })).toBe(0);
    expect(run.notes).toMatch(/more than CURATION_MAX_ACTIONS_PER_DAY/);
    expect(world.misp.mutations).toHaveLength(0);
  });

  it('in a dry run, reports what it would do and changes nothing in MISP', async () => {
    const { run } = await runNow(world.deps, DAY, DAY, { dryRun: true });
    const logs = await world.db.prisma.curationLog.findMany({ where: { runId: run.id } });
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.every((l) => l.action === 'REPORT_ONLY' && l.status === 'DONE')).toBe(true);
    expect(world.misp.mutations).toHaveLength(0);
  });

  it('recovers from a burst of MISP 500s with the same counts', async () => {
    const before = await world.db.prisma.dailyContribution.findMany({ where: { day: DAY }, orderBy: { organizationId: 'asc' } });
    world.misp.setFaults({ errorRate: 1, maxFaults: 2, onlyPaths: 'restSearch' });
    const { run } = await runNow(world.deps, DAY, DAY, { curate: false });
    world.misp.setFaults({});
    expect(run.status).toBe('SUCCEEDED');
    const after = await world.db.prisma.dailyContribution.findMany({ where: { day: DAY }, orderBy: { organizationId: 'asc' } });
    expect(after.map((r) => r.valid)).toEqual(before.map((r) => r.valid));
  });

  it('fails the run and leaves the day untouched when MISP stays broken', async () => {
    const DAY2 = '2026-04-02';
    world.misp.setFaults({ errorRate: 1, onlyPaths: 'restSearch' });
    const { run } = await runNow({ ...world.deps }, DAY2, DAY2);
    world.misp.setFaults({});
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/MISP/);
    expect(await world.db.prisma.dailyContribution.count({ where: { day: DAY2 } })).toBe(0);
    expect(await world.db.prisma.curationLog.count({ where: { day: DAY2 } })).toBe(0);
  });

  it('resumes a run killed in the middle of curation without deleting anything twice', async () => {
    const { prisma } = world.db;
    const misp = world.deps.misp!;
    // What the process did before it died: counted, planned, and deleted half of the planned attributes.
    const { runId, planned } = await plannedDay(world.deps, DAY, 'SOFT_DELETE');
    expect(planned.length).toBeGreaterThan(4);
    const half = planned.slice(0, Math.floor(planned.length / 2));
    for (const row of half) await misp.softDeleteAttribute(row.mispAttributeId);
    const countsBefore = await prisma.dailyContribution.findMany({ where: { day: DAY, runId }, orderBy: { organizationId: 'asc' } });

    await expectResumedOncePerAttribute(world.deps, runId, planned, () => world.misp.mutations.filter((m) => m.action === 'soft-delete' && m.status === 200).map((m) => m.attribute));
    const countsAfter = await prisma.dailyContribution.findMany({ where: { day: DAY, runId }, orderBy: { organizationId: 'asc' } });
    expect(countsAfter.map((r) => r.valid)).toEqual(countsBefore.map((r) => r.valid));
  });

  it('restores a soft-deleted attribute and marks the log restored', async () => {
    const { restoreCuratedAttribute } = await import('../../src/pipeline/index.js');
    const row = await world.db.prisma.curationLog.findFirstOrThrow({ where: { action: 'SOFT_DELETE', status: 'DONE' } });
    const restored = await restoreCuratedAttribute(world.db.prisma, world.deps.misp!, row.id);
    expect(restored.status).toBe('RESTORED');
    expect(world.misp.dataset.attribute(Number(row.mispAttributeId))?.deleted).toBe(false);
    await expect(restoreCuratedAttribute(world.db.prisma, world.deps.misp!, row.id)).rejects.toThrow(/already restored/);
    await expect(restoreCuratedAttribute(world.db.prisma, world.deps.misp!, 999999)).rejects.toThrow(/No curation log row/);
  });
});
