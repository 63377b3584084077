// What a run leaves behind, in a form two worlds of the same seed can be compared by, and the
// invariants every run must keep whatever went wrong: nothing lost, doubled or wrongly deleted.
import { expect } from 'vitest';
import type { CurationAction } from '../../src/generated/prisma/enums.js';
import type { MispMutation } from '../../src/misp/simulator/index.js';
import { OUTCOME_UNKNOWN } from '../../src/pipeline/curate.js';
import type { FaultWorld } from './fault-harness.js';

export const COUNT_FIELDS = ['seen', 'capped', 'evaluated', 'warninglistFalsePositives', 'reputationFalsePositives', 'confirmedMalicious', 'unknown', 'unchecked', 'valid'] as const;
type CountRow = Record<(typeof COUNT_FIELDS)[number], number>;

export interface RunOutcome {
  /** `day alias` → the day's counts of that community. */
  counts: Record<string, CountRow>;
  /** `day alias type:T` and `day alias creator:C` → the breakdown rows. */
  breakdowns: Record<string, CountRow>;
  /** `day attribute action status`, sorted. */
  curation: string[];
  /** Attributes MISP successfully changed (`action attribute`), sorted. */
  changed: string[];
}

const MISP_ACTION: Record<MispMutation['action'], CurationAction | null> = {
  'soft-delete': 'SOFT_DELETE',
  edit: 'DISABLE_IDS',
  tag: 'TAG',
  sighting: 'SIGHTING',
  'hard-delete': null,
  restore: null,
  'sighting-delete': null,
};

const pick = (row: Record<string, unknown>): CountRow => Object.fromEntries(COUNT_FIELDS.map((f) => [f, row[f] as number])) as CountRow;

export async function outcomeOf(world: FaultWorld, days?: string[]): Promise<RunOutcome> {
  const { prisma } = world.db;
  const where = days ? { day: { in: days } } : {};
  const rows = await prisma.dailyContribution.findMany({ where, include: { organization: true, types: true, creators: true } });
  const counts: RunOutcome['counts'] = {};
  const breakdowns: RunOutcome['breakdowns'] = {};
  for (const r of rows) {
    const key = `${r.day} ${r.organization.alias}`;
    counts[key] = pick(r);
    for (const t of r.types) breakdowns[`${key} type:${t.attributeType}`] = pick(t);
    for (const c of r.creators) breakdowns[`${key} creator:${c.creatorOrgId}`] = pick(c);
  }
  const logs = await prisma.curationLog.findMany({ where });
  const curation = logs.map((l) => `${l.day} ${l.mispAttributeId} ${l.action} ${l.status}`).sort();
  const changed = successfulMutations(world)
    .map((m) => `${m.action} ${m.attribute}`)
    .sort();
  return { counts, breakdowns, curation, changed };
}

function successfulMutations(world: FaultWorld): MispMutation[] {
  return world.misp.mutations.filter((m) => m.status === 200);
}

/** The faulty run ended exactly as the clean run of the same seed. */
export function expectSameOutcome(faulty: RunOutcome, clean: RunOutcome): void {
  expect(faulty.counts).toEqual(clean.counts);
  expect(faulty.breakdowns).toEqual(clean.breakdowns);
  expect(faulty.curation).toEqual(clean.curation);
  expect(faulty.changed).toEqual(clean.changed);
}

/**
 * Everything stored about one day: its counts, breakdowns and curation rows, ids and times left
 * out. Equal before and after a failed run means the run left the day untouched.
 */
export async function dayState(world: FaultWorld, day: string): Promise<string> {
  const { prisma } = world.db;
  const rows = await prisma.dailyContribution.findMany({ where: { day }, include: { types: true, creators: true }, orderBy: { organizationId: 'asc' } });
  const logs = await prisma.curationLog.findMany({ where: { day }, orderBy: { id: 'asc' } });
  return JSON.stringify({
    rows: rows.map((r) => ({ org: r.organizationId, runId: r.runId, ...pick(r), types: r.types.map((t) => [t.attributeType, pick(t)]), creators: r.creators.map((c) => [c.creatorOrgId, pick(c)]) })),
    logs: logs.map((l) => [l.runId, l.mispAttributeId, l.action, l.status, l.error]),
  });
}

/** dayState of a day nothing was ever stored for. */
export const EMPTY_DAY = JSON.stringify({ rows: [], logs: [] });

export interface InvariantOptions {
  /** Planned rows may remain: a run that failed after writing the plan and before acting, or whose last action got no answer. */
  allowPlanned?: boolean;
}

/**
 * The invariants of counting and curation, checked against the database and the simulator's
 * record of what MISP was asked to change:
 * - a day has a row for every registered community or none (no half-written day), and each row's
 *   counts and breakdowns add up;
 * - MISP deleted no attribute twice, and every change MISP made has a log row that says DONE (or,
 *   when allowed, that is still planned because MISP's answer never came);
 * - every DONE row was applied by MISP, no FAILED row was (unless a later run's row did it), and
 *   no row is left PLANNED.
 */
export async function expectConsistent(world: FaultWorld, options: InvariantOptions = {}): Promise<void> {
  const { prisma } = world.db;
  const registered = world.communities.size;
  const rows = await prisma.dailyContribution.findMany({ include: { types: true, creators: true } });
  const perDay = new Map<string, number>();
  for (const r of rows) {
    perDay.set(r.day, (perDay.get(r.day) ?? 0) + 1);
    expect(r.evaluated, `${r.day} evaluated`).toBe(r.seen - r.capped);
    expect(r.evaluated).toBe(r.warninglistFalsePositives + r.reputationFalsePositives + r.confirmedMalicious + r.unknown + r.unchecked);
    expect(r.valid).toBe(r.confirmedMalicious + r.unknown + r.unchecked);
    for (const breakdown of [r.types, r.creators]) {
      for (const f of COUNT_FIELDS)
        expect(
          breakdown.reduce((s, b) => s + b[f], 0),
          `${r.day} ${f}`,
        ).toBe(r[f]);
    }
  }
  for (const [day, n] of perDay) expect(n, `rows of ${day}`).toBe(registered);

  const logs = await prisma.curationLog.findMany();
  const key = (action: CurationAction, attribute: string) => `${action} ${attribute}`;
  const logged = new Map(logs.map((l) => [key(l.action, l.action === 'TAG' ? l.mispAttributeUuid : l.mispAttributeId), l]));
  const applied = new Map<string, number>();
  for (const m of successfulMutations(world)) {
    const action = MISP_ACTION[m.action];
    expect(action, `MISP ${m.action} of ${m.attribute} is not something curation does`).not.toBeNull();
    const k = key(action!, m.attribute);
    applied.set(k, (applied.get(k) ?? 0) + 1);
    const row = logged.get(k);
    expect(row, `MISP ${m.action} of ${m.attribute} has no curation log row`).toBeDefined();
    const unknownOutcome = options.allowPlanned && row!.status === 'PLANNED' && row!.error?.startsWith(OUTCOME_UNKNOWN);
    if (!unknownOutcome) expect(row!.status, `log row of ${k}`).toMatch(/^(DONE|RESTORED)$/);
  }
  for (const [k, n] of applied) if (k.startsWith('SOFT_DELETE')) expect(n, `${k} applied ${n} times`).toBe(1);
  const lastDone = new Map<string, number>();
  for (const l of logs) if (l.status === 'DONE' || l.status === 'RESTORED') lastDone.set(key(l.action, l.action === 'TAG' ? l.mispAttributeUuid : l.mispAttributeId), l.id);
  for (const l of logs) {
    if (l.action === 'REPORT_ONLY') continue;
    const k = key(l.action, l.action === 'TAG' ? l.mispAttributeUuid : l.mispAttributeId);
    if (l.status === 'DONE' || l.status === 'RESTORED') expect(applied.has(k), `${k} is ${l.status} but MISP never applied it`).toBe(true);
    // A failed row may be followed by a later run's row that did it.
    if (l.status === 'FAILED' && !((lastDone.get(k) ?? 0) > l.id)) expect(applied.has(k), `${k} is FAILED (${l.error}) but MISP applied it`).toBe(false);
    if (l.status === 'DONE' && l.action === 'SOFT_DELETE') expect(world.misp.dataset.attribute(Number(l.mispAttributeId))?.deleted, `${k} deleted in MISP`).toBe(true);
  }
  if (!options.allowPlanned) expect(logs.filter((l) => l.status === 'PLANNED').map((l) => l.mispAttributeId)).toEqual([]);
}
