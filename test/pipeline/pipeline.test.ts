// The daily pipeline end to end: real MISP client against the MISP simulator, real OpenTIP client
// against the OpenTIP simulator, real warninglists, real SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWarninglistsFromDirectory, ReferenceMatcher, selectWarninglists } from '../../src/warninglists/index.js';
import { expectedDay, type ExpectedCounts } from './expected.js';
import { HAS_SHARED_LISTS, LIST_FILTERS, pipelineWorld, runNow, SHARED_LISTS, type PipelineWorld } from './helpers.js';

const DAYS = ['2026-03-01', '2026-03-02', '2026-03-03'];
const REGISTERED = [1, 2, 3];
const CAP = 30;
const COUNT_FIELDS = ['seen', 'capped', 'evaluated', 'warninglistFalsePositives', 'reputationFalsePositives', 'confirmedMalicious', 'unknown', 'unchecked', 'valid'] as const;

describe.skipIf(!HAS_SHARED_LISTS)('daily pipeline end to end (needs ../shared/data/misp-warninglists)', () => {
  let world: PipelineWorld;
  let reference: ReferenceMatcher;

  const sim = { seed: 11, communities: 4, creatorsPerCommunity: 2, startDate: DAYS[0], days: DAYS.length, perDay: 700, maxEventSize: 25, oversizedEventsPerDay: 1, oversizedEventSize: 60, falsePositiveShare: 0.2, pulledShare: 0.1 };

  beforeAll(async () => {
    world = await pipelineWorld({ sim, register: REGISTERED, env: { MAX_ATTRIBUTES_PER_EVENT: String(CAP) } });
    const definitions = await loadWarninglistsFromDirectory(SHARED_LISTS);
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
          for (const f of COUNT_FIELDS) expect(breakdown.reduce((s, b) => s + b[f], 0), `${day} ${n} ${f}`).toBe(row[f]);
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
});
