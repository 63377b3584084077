import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MispSimulator, SKIPPED_TYPES } from '../../src/misp/simulator/index.js';
import { clientFor } from './helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const DAY = '2025-06-01';
const PER_DAY = 100_000;
const PAGE = 1000;
let sim: MispSimulator;

beforeAll(async () => {
  sim = await MispSimulator.start({ seed: 42, communities: 12, startDate: DAY, days: 2, perDay: PER_DAY, maxEventSize: 400, warninglistsDir: false });
});
afterAll(() => sim.stop());

function truthFirstId(): number {
  const { from, to } = sim.dataset.dayRange(DAY);
  return sim.dataset.query({ from, to, types: {}, deleted: 'no', desc: false }).next().value!.id;
}

describe('paging a day of 100,000 attributes', () => {
  it('returns every attribute of the day exactly once, in id order, with flat memory', async () => {
    const { from, to } = sim.dataset.dayRange(DAY);
    const truth = Int32Array.from(
      (function* () {
        for (const a of sim.dataset.query({ from, to, types: { not: new Set(SKIPPED_TYPES) }, deleted: 'no', desc: false })) yield a.id;
      })(),
    );
    expect(truth.length).toBeGreaterThan(80_000);

    const client = clientFor(sim, sim.keys.admin, { pageSize: PAGE });
    const seen = new Int32Array(truth.length + 10);
    let n = 0;
    let pages = 0;
    let firstPageGrowth = 0;
    let maxGrowth = 0;
    const base = heap();
    for await (const page of client.searchAttributes({ from, to, notTypes: SKIPPED_TYPES })) {
      for (const a of page) seen[n++] = Number(a.id);
      pages++;
      const growth = heap() - base;
      if (pages === 1) firstPageGrowth = growth;
      maxGrowth = Math.max(maxGrowth, growth);
    }
    console.log(`paging ${n} attributes in ${pages} pages: one page ≈ ${(firstPageGrowth / 1e6).toFixed(2)} MB, max heap growth ${(maxGrowth / 1e6).toFixed(2)} MB`);
    expect(Array.from(seen.subarray(0, n))).toEqual(Array.from(truth));
    expect(pages).toBe(Math.ceil(truth.length / PAGE));
    // Holding all pages would be ~pages × one page; a bounded iterator stays within a few pages.
    expect(maxGrowth).toBeLessThan(4 * Math.max(firstPageGrowth, 1e6) + 8e6);
    await client.close();
  });

  it('a soft delete moves the attribute to the day of the delete (Attribute.timestamp is bumped)', async () => {
    const admin = clientFor(sim, sim.keys.admin);
    const gone = truthFirstId();
    await admin.softDeleteAttribute(gone);
    const idsIn = async (from: number, to: number) => {
      const ids: number[] = [];
      for await (const page of admin.searchAttributes({ from, to, notTypes: [], pageSize: 5000, includeDeleted: true })) ids.push(...page.map((a) => Number(a.id)));
      return ids;
    };
    const { from, to } = sim.dataset.dayRange(DAY);
    const dayIds = await idsIn(from, to);
    expect(dayIds).not.toContain(gone);
    expect(new Set(dayIds).size).toBe(dayIds.length);
    const now = Math.floor(Date.now() / 1000);
    expect(await idsIn(now - 60, now + 60)).toEqual([gone]);
  });
});
