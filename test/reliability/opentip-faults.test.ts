// OpenTIP misbehaving while a day is counted and curated. Transient faults are retried to the clean
// run's result. A refused key fails the run before anything is written. A spent quota or lookups
// that keep failing leave values unchecked or unknown, never false positives, and the run's notes
// say so: such a run curates a subset of the clean run's deletions, and running the day again once
// OpenTIP is back completes it.
import { beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/reputation/index.js';
import type { FaultConfig } from '../../src/sim/faults.js';
import { runNow } from '../pipeline/helpers.js';
import { groundTruth, pipelineDeps, withWorld, type FaultWorld, type FaultWorldOptions } from './fault-harness.js';
import { dayState, EMPTY_DAY, expectConsistent, expectSameOutcome, outcomeOf, type RunOutcome } from './outcome.js';

const DAY = '2026-06-10';
const WORLD: FaultWorldOptions = {
  sim: { seed: 47, communities: 3, creatorsPerCommunity: 1, startDate: DAY, days: 1, perDay: 120, maxEventSize: 20, falsePositiveShare: 0.1, pulledShare: 0.1 },
  register: [1, 2, 3],
};
const world = <T>(body: (w: FaultWorld) => Promise<T>, env: Record<string, string> = {}, extra: Partial<FaultWorldOptions> = {}) => withWorld({ ...WORLD, ...extra, env }, body);
const runDay = (w: FaultWorld, deps = w.deps) => runNow(deps, DAY, DAY);

/**
 * A run that could not ask OpenTIP about everything: the same attributes seen and evaluated, the
 * same warninglist false positives, fewer reputation verdicts, and only clean-run deletions made.
 */
function expectSafelyDegraded(faulty: RunOutcome, clean: RunOutcome) {
  expect(Object.keys(faulty.counts)).toEqual(Object.keys(clean.counts));
  for (const [key, c] of Object.entries(faulty.counts)) {
    const base = clean.counts[key]!;
    expect({ seen: c.seen, evaluated: c.evaluated, wl: c.warninglistFalsePositives }, key).toEqual({ seen: base.seen, evaluated: base.evaluated, wl: base.warninglistFalsePositives });
    expect(c.reputationFalsePositives).toBeLessThanOrEqual(base.reputationFalsePositives);
    expect(c.confirmedMalicious).toBeLessThanOrEqual(base.confirmedMalicious);
  }
  const allowed = new Set(clean.changed);
  expect(faulty.changed.filter((c) => !allowed.has(c))).toEqual([]);
}

/** Running the day again on OpenTIP's next day (budget reset), once OpenTIP is back, completes the curation. */
async function rerunNextDay(w: FaultWorld, clean: RunOutcome) {
  w.opentip.faults.configure({});
  w.opentip.setQuota(1_000_000);
  const tomorrow = pipelineDeps(w.db.prisma, w.config, { clock: { now: () => Date.now() + 86_400_000, sleep: systemClock.sleep } });
  try {
    expect((await runDay(w, tomorrow)).run.status).toBe('SUCCEEDED');
  } finally {
    await Promise.all([tomorrow.misp?.close(), tomorrow.reputation.close()]);
  }
  const after = await outcomeOf(w);
  expect(after.changed).toEqual(clean.changed);
  // The deletions of the first run left the day; what remains is valid exactly as in the clean run.
  for (const [key, c] of Object.entries(after.counts)) {
    expect({ valid: c.valid, unchecked: c.unchecked }, key).toEqual({ valid: clean.counts[key]!.valid, unchecked: 0 });
  }
  await expectConsistent(w);
}

describe('OpenTIP faults during a run', () => {
  let clean: RunOutcome;

  beforeAll(async () => {
    await world(async (w) => {
      const truth = groundTruth(w, DAY, 5000);
      const { run } = await runDay(w);
      expect(run.status).toBe('SUCCEEDED');
      clean = await outcomeOf(w);
      for (const [n, counts] of truth.counts) expect(clean.counts[`${DAY} community-${n}`]).toEqual(counts);
      expect(clean.changed).toEqual([...truth.falsePositiveIds].map((id) => `soft-delete ${id}`).sort());
      await expectConsistent(w);
    });
    const sums = Object.values(clean.counts).reduce((s, c) => ({ wl: s.wl + c.warninglistFalsePositives, rep: s.rep + c.reputationFalsePositives, mal: s.mal + c.confirmedMalicious }), {
      wl: 0,
      rep: 0,
      mal: 0,
    });
    expect(Math.min(sums.wl, sums.rep, sums.mal)).toBeGreaterThan(0);
  });

  const recoverable: Array<[string, FaultConfig, keyof FaultWorld['opentip']['faults']['counters']]> = [
    ['a burst of 500s', { errorRate: 1, maxFaults: 4 }, 'errors'],
    ['500s spread over the run', { errorRate: 0.1, maxFaults: 20, seed: 3 }, 'errors'],
    ['429s, dropped and cut connections, truncated JSON', { rateLimitRate: 0.04, dropRate: 0.04, cutRate: 0.04, truncateRate: 0.04, maxFaults: 20, seed: 4 }, 'matched'],
    ['slow answers within the timeout', { latencyMs: 20 }, 'delayed'],
  ];

  it.each(recoverable)('recovers from %s with exactly the clean run', async (_name, faults, counter) => {
    await world(async (w) => {
      w.opentip.faults.configure(faults);
      const { run } = await runDay(w);
      expect(run.status).toBe('SUCCEEDED');
      expect(run.notes).toBeNull();
      expect(w.opentip.faults.counters[counter]).toBeGreaterThan(0);
      const { rateLimited, dropped, cut, truncated, errors } = w.opentip.faults.counters;
      if (counter === 'matched') expect(Math.min(rateLimited, dropped, cut, truncated)).toBeGreaterThan(0);
      else if (counter === 'errors') expect(errors).toBeGreaterThan(0);
      expectSameOutcome(await outcomeOf(w), clean);
      await expectConsistent(w);
    });
  });

  it('fails at once on a refused key (401), writes nothing and does not leak the key', async () => {
    await world(
      async (w) => {
        const { run } = await runDay(w);
        expect(run.status).toBe('FAILED');
        expect(run.error).toMatch(/OpenTIP API key was refused \(401\).*set OPENTIP_KEY/);
        expect(run.error).not.toContain('a-revoked-opentip-key');
        expect(await dayState(w, DAY)).toBe(EMPTY_DAY);
        expect(w.misp.mutations).toEqual([]);
        expect(await w.db.prisma.reputationVerdict.count()).toBe(0);
      },
      { OPENTIP_KEY: 'a-revoked-opentip-key' },
    );
  });

  it('fails on a 401 in the middle of the lookups, leaves the day untouched, and a re-run gives the clean run', async () => {
    await world(async (w) => {
      // OpenTIP refuses the key on one lookup among many: the run stops before the day is written.
      const victim = [...w.misp.dataset.attributesOfDay(DAY)].find((a) => a.type === 'sha256' && !a.plantedFrom)!;
      w.opentip.overrides.set(victim.value, { status: 401 });
      const { run } = await runDay(w);
      expect(run.status).toBe('FAILED');
      expect(run.error).toMatch(/OpenTIP API key was refused \(401\)/);
      expect(w.opentip.counters.requests).toBeGreaterThan(1);
      expect(await dayState(w, DAY)).toBe(EMPTY_DAY);
      expect(w.misp.mutations).toEqual([]);

      w.opentip.overrides.delete(victim.value);
      expect((await runDay(w)).run.status).toBe('SUCCEEDED');
      expectSameOutcome(await outcomeOf(w), clean);
      await expectConsistent(w);
    });
  });

  it('counts values left when the quota runs out mid-run (403) as unchecked, never curates them, and completes on the next day', async () => {
    await world(async (w) => {
      w.opentip.setQuota(40);
      const { run } = await runDay(w);
      expect(run.status).toBe('SUCCEEDED');
      expect(run.notes).toMatch(/not looked up because OpenTIP's quota or OPENTIP_DAILY_BUDGET was spent .* run the day again later/);
      const degraded = await outcomeOf(w);
      expect(Object.values(degraded.counts).reduce((s, c) => s + c.unchecked, 0)).toBeGreaterThan(0);
      expectSafelyDegraded(degraded, clean);
      expect(degraded.changed.length).toBeLessThan(clean.changed.length);
      await expectConsistent(w);
      expect((await w.db.prisma.reputationUsage.findFirstOrThrow()).quotaExhaustedAt).not.toBeNull();
      await rerunNextDay(w, clean);
    });
  });

  it('counts values whose lookups keep failing (500) as unknown, curates only warninglist hits, and a re-run completes it', async () => {
    await world(async (w) => {
      w.opentip.faults.configure({ errorRate: 1 });
      const { run } = await runDay(w);
      expect(run.status).toBe('SUCCEEDED');
      expect(run.notes).toMatch(/^2026-06-10: \d+ OpenTIP lookups failed after retries \(counted unknown\); run the day again later/);
      const degraded = await outcomeOf(w);
      expectSafelyDegraded(degraded, clean);
      expect(Object.values(degraded.counts).every((c) => c.reputationFalsePositives === 0 && c.confirmedMalicious === 0)).toBe(true);
      const reasons = await w.db.prisma.curationLog.groupBy({ by: ['reason'], _count: true });
      expect(reasons.map((r) => r.reason)).toEqual(['WARNINGLIST']);
      // Failures are not cached: the next run asks again.
      expect(await w.db.prisma.reputationVerdict.count()).toBe(0);
      await expectConsistent(w);
      await rerunNextDay(w, clean);
    });
  });

  it('counts values whose answers come after OPENTIP_TIMEOUT_MS as unknown, never as false positives', async () => {
    await world(
      async (w) => {
        w.opentip.faults.configure({ latencyMs: 1500, onlyPaths: '/search/url' });
        const { run } = await runDay(w);
        expect(run.status).toBe('SUCCEEDED');
        expect(run.notes).toMatch(/OpenTIP lookups failed after retries/);
        expect(w.opentip.faults.counters.delayed).toBeGreaterThan(0);
        const degraded = await outcomeOf(w);
        expectSafelyDegraded(degraded, clean);
        expect(await w.db.prisma.reputationVerdict.count({ where: { kind: 'url' } })).toBe(0);
        for (const [k, c] of Object.entries(degraded.breakdowns).filter(([key]) => key.endsWith(' type:url'))) {
          expect({ rep: c.reputationFalsePositives, mal: c.confirmedMalicious, unknown: c.unknown }, k).toEqual({ rep: 0, mal: 0, unknown: c.evaluated - c.warninglistFalsePositives });
        }
        await expectConsistent(w);
      },
      { OPENTIP_TIMEOUT_MS: '300' },
      { opentipAttempts: 2 },
    );
  });
});
