/**
 * `npm run bench:misp [-- --per-day 1000000 --page 5000]`: download one day through MispClient and
 * through raw fetch + JSON.parse of the same pages, from an in-process simulator.
 */
import { parseArgs } from 'node:util';
import { MispClient } from '../src/misp/index.js';
import { MispSimulator, SKIPPED_TYPES } from '../src/misp/simulator/index.js';

const { values } = parseArgs({ options: { 'per-day': { type: 'string', default: '1000000' }, page: { type: 'string', default: '5000' } } });
const perDay = Number(values['per-day']);
const pageSize = Number(values.page);
const DAY = '2025-01-01';

const sim = await MispSimulator.start({ startDate: DAY, days: 1, perDay, communities: 12, warninglistsDir: false });
const { from, to } = sim.dataset.dayRange(DAY);
console.log(`simulator ready: ${perDay} attributes, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

async function viaClient(): Promise<number> {
  const client = new MispClient({ baseUrl: sim.url, apiKey: sim.keys.admin, pageSize });
  let n = 0;
  for await (const page of client.searchAttributes({ from, to, notTypes: SKIPPED_TYPES })) n += page.length;
  await client.close();
  return n;
}

async function viaFetch(): Promise<number> {
  let n = 0;
  for (let page = 1; ; page++) {
    const res = await fetch(`${sim.url}/attributes/restSearch`, {
      method: 'POST',
      headers: { Authorization: sim.keys.admin, Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ returnFormat: 'json', timestamp: [from, to], type: { NOT: SKIPPED_TYPES }, limit: pageSize, page, order: 'Attribute.id asc', includeEventUuid: true }),
    });
    const got = ((await res.json()) as { response: { Attribute: unknown[] } }).response.Attribute.length;
    n += got;
    if (got < pageSize) return n;
  }
}

async function time(label: string, fn: () => Promise<number>): Promise<number> {
  const t = performance.now();
  const n = await fn();
  const s = (performance.now() - t) / 1000;
  const rate = n / s;
  console.log(`${label.padEnd(18)} ${n} attributes in ${s.toFixed(1)} s = ${Math.round(rate)} attributes/s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  return rate;
}

const raw = await time('fetch + JSON.parse', viaFetch);
const client = await time('MispClient', viaClient);
console.log(`client / raw = ${(client / raw).toFixed(2)}`);
await sim.stop();
