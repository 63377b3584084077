// The CLI's progress shows the day in progress: attributes read, then OpenTIP lookups as they end,
// not "0/1 days" for the minutes a day's lookups take.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/runs.js';
import { claimNextRun, enqueueRun, executeRun, type DayProgress } from '../../src/pipeline/index.js';
import { faultWorld, type FaultWorld } from '../reliability/fault-harness.js';

const DAY = '2026-09-05';

describe('progress of a day in progress', () => {
  let w: FaultWorld;
  beforeAll(async () => {
    w = await faultWorld({ sim: { seed: 9, communities: 2, creatorsPerCommunity: 1, startDate: DAY, days: 1, perDay: 150, maxEventSize: 10 }, register: [1, 2] });
  });
  afterAll(() => w?.close());

  it('reports the lookups as they end, before the day commits', async () => {
    await enqueueRun(w.db.prisma, { kind: 'DAILY', fromDay: DAY, toDay: DAY, trigger: 'CLI', dryRun: false, curate: false }, w.config);
    const run = (await claimNextRun(w.db.prisma))!;
    const events: DayProgress[] = [];
    const lines: string[] = [];
    const end = await executeRun(w.deps, run, {
      onProgress: (p) => {
        events.push(p);
        lines.push(progressLine({ ...run, currentDay: DAY }, p));
      },
    });
    expect(end).toBe('succeeded');
    const lookups = events.filter((e) => e.lookupsTotal > 0);
    const total = lookups[0]!.lookupsTotal;
    expect(total).toBeGreaterThan(10);
    expect(lookups.map((e) => e.lookupsDone)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    expect(events[0]!.fetched).toBeGreaterThan(0);
    expect(lines.at(-1)).toMatch(new RegExp(`0/1 days, 0 attributes, on ${DAY}: \\d+ read, OpenTIP lookups ${total}/${total}$`));
    const finished = await w.db.prisma.pipelineRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(finished.reputationLookups).toBe(total);
  });
});
