// Issue 9, crash recovery: the real service in its own process, killed with SIGKILL during a
// backfill with curation (at a random moment, during start-up, half-way through a day's MISP pages
// or OpenTIP lookups, right after a day's curation rows are planned, just before MISP acts on a
// delete, and just after MISP deleted an attribute but before the service heard), restarted each time until the backfill succeeds, with
// MISP and OpenTIP faults on for some of its lives. Afterwards: the counts equal a clean run's, every
// MISP deletion has exactly one DONE curation row and the reverse, no attribute was deleted twice,
// no row is left planned. `npm run soak` is the long version (bench/soak.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { soakRecovered } from '../helpers/soak-recovery.js';
import { killAllServices } from './soak/service-process.js';

/** Both soaks: 7 kills in backfills of 4 days × 150 attributes, MISP and OpenTIP faults in half of the service's lives. */
const SCALE = { cycles: 7, killsPerRun: 7, days: 4, perDay: 150, faults: 'mixed', faultShare: 0.5 } as const;

describe('crash recovery: the service killed with SIGKILL and restarted', () => {
  afterAll(() => killAllServices());

  it('resumes a backfill with curation after a kill at every kind of point, with the counts and curation of a clean run', async () => {
    const { figures, report } = await soakRecovered(
      {
        ...SCALE,
        seed: 9,
        killPoints: ['delay', 'search', 'lookup', 'planned', 'before-delete', 'after-delete', 'startup'],
      },
      'kill-restart.test.ts',
    );
    expect(figures.faultsInjected, report).toBeGreaterThan(0);
    expect(figures.countsCompared, report).toBeGreaterThan(500);
  }, 240_000);

  it('curating by false-positive sighting, sights each false positive exactly once across kills at every point', async () => {
    const { figures, report } = await soakRecovered(
      {
        ...SCALE,
        seed: 19,
        curation: 'sighting',
        killPoints: ['after-delete', 'planned', 'before-delete', 'delay', 'after-delete', 'search', 'startup'],
      },
      'kill-restart.test.ts (sighting)',
    );
    // MISP had saved a sighting whose row was still planned: the resumed run had to find it.
    expect(figures.repeatAttempts, report).toBeGreaterThan(0);
  }, 420_000);
});
