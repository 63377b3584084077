// What every crash-recovery soak in the tests must show, whatever its curation: each kill landed
// and was recovered from, MISP was caught in its dangerous windows (acted on a planned row; rows
// planned and not acted on), and the result is a clean run's: equal counts, no attribute lost,
// doubled or acted on twice, no row left planned or failed, no service process or directory left.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { liveServiceCount } from '../reliability/soak/service-process.js';
import { formatFigures, runSoak, soakPassed, type SoakFigures, type SoakOptions } from '../reliability/soak/soak.js';

/**
 * Runs the soak with TMPDIR (its directories, its services') a folder of its own, so that another
 * soak on the same machine cannot pass for a directory left behind. Returns the soak directories
 * left in that folder; the folder is removed unless one is (a failed backfill's is kept to inspect).
 */
async function soakInOwnTmpdir(options: SoakOptions): Promise<{ figures: SoakFigures; dirsLeft: string[] }> {
  const own = mkdtempSync(join(tmpdir(), 'mtc-kill-restart-'));
  const previous = process.env.TMPDIR;
  const dirsLeft = () =>
    readdirSync(own)
      .filter((d) => d.startsWith('mtc-soak-'))
      .map((d) => join(own, d));
  process.env.TMPDIR = own;
  try {
    return { figures: await runSoak(options), dirsLeft: dirsLeft() };
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (dirsLeft().length === 0) rmSync(own, { recursive: true, force: true });
  }
}

/** Runs the soak and asserts its recovery; returns its figures, and their report for the caller's own assertions. */
export async function soakRecovered(options: SoakOptions, label: string): Promise<{ figures: SoakFigures; report: string }> {
  const { figures, dirsLeft } = await soakInOwnTmpdir(options);
  const report = formatFigures(figures, label) + `\n${figures.problems.join('\n')}`;

  expect(figures.problems, report).toEqual([]);
  expect(figures.kills, report).toBe(options.cycles);
  expect(figures.runsCompleted, report).toBe(figures.runs.length);
  expect(figures.recoveries + figures.killsAfterEnd, report).toBe(figures.kills);
  // The dangerous windows were hit: MISP had acted on a planned row, and rows were planned but not acted on.
  expect(figures.killsActedNotMarked, report).toBeGreaterThan(0);
  expect(figures.killsLoggedNotActed, report).toBeGreaterThan(0);
  expect(figures.countsDiffering, report).toBe(0);
  expect(figures.lostOrDoubled, report).toBe(0);
  expect(figures.duplicateDeletions, report).toBe(0);
  expect(figures.plannedLeft, report).toBe(0);
  expect(figures.failedRows, report).toBe(0);
  expect(figures.expectationMismatches, report).toBe(0);
  expect(soakPassed(figures)).toBe(true);

  // No service process outlives the soak, and its directories are gone.
  expect(liveServiceCount()).toBe(0);
  expect(dirsLeft).toEqual([]);
  return { figures, report };
}
