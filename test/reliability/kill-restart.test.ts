// Issue 9, crash recovery: the real service in its own process, killed with SIGKILL during a
// backfill with curation (at a random moment, during start-up, half-way through a day's MISP pages
// or OpenTIP lookups, right after a day's curation rows are planned, just before MISP acts on a
// delete, and just after MISP deleted an attribute but before the service heard), restarted each time until the backfill succeeds, with
// MISP and OpenTIP faults on for some of its lives. Afterwards: the counts equal a clean run's, every
// MISP deletion has exactly one DONE curation row and the reverse, no attribute was deleted twice,
// no row is left planned. `npm run soak` is the long version (bench/soak.ts).
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { killAllServices, liveServiceCount } from './soak/service-process.js';
import { formatFigures, runSoak, soakPassed } from './soak/soak.js';

const soakDirs = () => new Set(readdirSync(tmpdir()).filter((d) => d.startsWith('mtc-soak-')));

describe('crash recovery: the service killed with SIGKILL and restarted', () => {
  afterAll(() => killAllServices());

  it('resumes a backfill with curation after a kill at every kind of point, with the counts and curation of a clean run', async () => {
    const dirsBefore = soakDirs();
    const figures = await runSoak({
      cycles: 7,
      killsPerRun: 7,
      days: 4,
      perDay: 150,
      faults: 'mixed',
      faultShare: 0.5,
      seed: 9,
      killPoints: ['delay', 'search', 'lookup', 'planned', 'before-delete', 'after-delete', 'startup'],
    });
    const report = formatFigures(figures, 'kill-restart.test.ts') + `\n${figures.problems.join('\n')}`;

    expect(figures.problems, report).toEqual([]);
    expect(figures.kills, report).toBe(7);
    expect(figures.runsCompleted, report).toBe(figures.runs.length);
    expect(figures.recoveries + figures.killsAfterEnd, report).toBe(figures.kills);
    // The dangerous windows were hit: MISP had acted on a planned row, and rows were planned but not acted on.
    expect(figures.killsActedNotMarked, report).toBeGreaterThan(0);
    expect(figures.killsLoggedNotActed, report).toBeGreaterThan(0);
    expect(figures.faultsInjected, report).toBeGreaterThan(0);
    expect(figures.countsCompared, report).toBeGreaterThan(500);
    expect(figures.countsDiffering, report).toBe(0);
    expect(figures.lostOrDoubled, report).toBe(0);
    expect(figures.duplicateDeletions, report).toBe(0);
    expect(figures.plannedLeft, report).toBe(0);
    expect(figures.failedRows, report).toBe(0);
    expect(figures.expectationMismatches, report).toBe(0);
    expect(soakPassed(figures)).toBe(true);

    // No service process outlives the soak, and its directories are gone.
    expect(liveServiceCount()).toBe(0);
    expect([...soakDirs()].filter((d) => !dirsBefore.has(d))).toEqual([]);
  }, 240_000);

  it('curating by false-positive sighting, sights each false positive exactly once across kills at every point', async () => {
    const dirsBefore = soakDirs();
    const figures = await runSoak({
      cycles: 7,
      killsPerRun: 7,
      days: 4,
      perDay: 150,
      faults: 'mixed',
      faultShare: 0.5,
      seed: 19,
      curation: 'sighting',
      killPoints: ['after-delete', 'planned', 'before-delete', 'delay', 'after-delete', 'search', 'startup'],
    });
    const report = formatFigures(figures, 'kill-restart.test.ts (sighting)') + `\n${figures.problems.join('\n')}`;

    expect(figures.problems, report).toEqual([]);
    expect(figures.kills, report).toBe(7);
    expect(figures.runsCompleted, report).toBe(figures.runs.length);
    expect(figures.recoveries + figures.killsAfterEnd, report).toBe(figures.kills);
    // MISP had saved a sighting whose row was still planned: the resumed run had to find it.
    expect(figures.killsActedNotMarked, report).toBeGreaterThan(0);
    expect(figures.repeatAttempts, report).toBeGreaterThan(0);
    expect(figures.killsLoggedNotActed, report).toBeGreaterThan(0);
    expect(figures.countsDiffering, report).toBe(0);
    expect(figures.lostOrDoubled, report).toBe(0);
    expect(figures.duplicateDeletions, report).toBe(0);
    expect(figures.plannedLeft, report).toBe(0);
    expect(figures.failedRows, report).toBe(0);
    expect(figures.expectationMismatches, report).toBe(0);
    expect(soakPassed(figures)).toBe(true);
    expect(liveServiceCount()).toBe(0);
    expect([...soakDirs()].filter((d) => !dirsBefore.has(d))).toEqual([]);
  }, 420_000);
});
