/**
 * Warninglist engine benchmark: load and index build time, heap, values per second on one core,
 * beside two baselines measured in the same process: one Map lookup per value (the floor) and the
 * brute-force reference on a sample.
 *
 *   npm run bench:warninglists -- --lists DIR [--values 1000000] [--sample 2000] [--seed 42] [--rounds 3]
 *   node --expose-gc --import tsx bench/warninglists.ts   (with a gc before the heap figure)
 */
import { parseArgs } from 'node:util';
import { WarninglistEngine, loadWarninglistsFromDirectory } from '../src/warninglists/index.js';
import { ReferenceMatcher } from '../test/warninglists/reference.js';
import { benchListsOrExit, SHARED_WARNINGLISTS_PATH } from '../test/helpers/shared-data.js';
import { makeValueGenerator, type Sample } from './warninglists-values.js';

const { values: args } = parseArgs({
  options: {
    lists: { type: 'string', default: SHARED_WARNINGLISTS_PATH },
    values: { type: 'string', default: '1000000' },
    sample: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    'hit-share': { type: 'string', default: '0.3' },
    rounds: { type: 'string', default: '3' },
  },
});

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rate = (count: number, ms: number): string => `${Math.round((count / ms) * 1000).toLocaleString('en-US')} values/s`;

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const loadStart = performance.now();
const listsDir = benchListsOrExit('bench:warninglists', args.lists);
const definitions = await loadWarninglistsFromDirectory(listsDir);
const parsed = performance.now();
const engine = WarninglistEngine.build(definitions);
const built = performance.now();
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const stats = engine.stats();
const totalEntries = Object.values(stats.entriesByType).reduce((a, b) => a + b, 0);

console.log(`lists: ${stats.lists} from ${listsDir}, ${totalEntries.toLocaleString('en-US')} entries`);
console.log(`load: ${(built - loadStart).toFixed(0)} ms (parse ${(parsed - loadStart).toFixed(0)} ms + index build ${(built - parsed).toFixed(0)} ms)`);
console.log(`heap used after build: ${mb(heapAfter)} (engine and definitions: ${mb(heapAfter - heapBefore)})${gc ? '' : ' [no gc: run with node --expose-gc for a settled figure]'}`);

const count = Number(args.values);
const next = makeValueGenerator(definitions, Number(args.seed), Number(args['hit-share']));
// Values reach the engine parsed from MISP's JSON, as flat strings: give the benchmark the same.
const samples = JSON.parse(JSON.stringify(Array.from({ length: count }, next))) as Sample[];

const time = (run: (s: Sample) => boolean, items: readonly Sample[]): { ms: number; hits: number } => {
  const start = performance.now();
  let hits = 0;
  for (const s of items) if (run(s)) hits++;
  return { ms: performance.now() - start, hits };
};

// Shared machines vary a lot from second to second: time several rounds, report best and median.
const rounds = (run: (s: Sample) => boolean, items: readonly Sample[]): { best: number; median: number; hits: number } => {
  const results = Array.from({ length: Math.max(1, Number(args.rounds)) }, () => time(run, items));
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  return { best: ms[0] ?? 0, median: ms[Math.floor(ms.length / 2)] ?? 0, hits: results[0]?.hits ?? 0 };
};

// The floor: one Map lookup per value in a Map of every entry, the least any exact matcher does.
// Its speed tracks the machine's load, so the engine's share of it is the stable figure.
const everyEntry = new Map(definitions.flatMap((d) => d.entries.map((e) => [e, d.id] as const)));
const floor = rounds((s) => everyEntry.has(s.value), samples);
time((s) => engine.isHit(s.type, s.value), samples.slice(0, 50_000));
const fast = rounds((s) => engine.isHit(s.type, s.value), samples);
const full = rounds((s) => engine.match(s.type, s.value).length > 0, samples);
const values = count.toLocaleString('en-US');
console.log(`engine isHit: ${rate(count, fast.best)} best, ${rate(count, fast.median)} median (${values} values x ${args.rounds} rounds, ${((fast.hits / count) * 100).toFixed(1)}% hits)`);
console.log(`engine match: ${rate(count, full.best)} best, ${rate(count, full.median)} median (every hit with list and entry)`);
console.log(
  `floor (one Map lookup per value): ${rate(count, floor.best)} best, ${rate(count, floor.median)} median; engine isHit at ${((floor.median / fast.median) * 100).toFixed(0)}% of it (median)`,
);
if (fast.hits !== full.hits) throw new Error(`isHit and match disagree: ${fast.hits} against ${full.hits} hits`);

const reference = new ReferenceMatcher(definitions);
const sample = samples.slice(0, Number(args.sample));
const slow = time((s) => reference.isHit(s.type, s.value), sample);
console.log(`reference (brute force): ${rate(sample.length, slow.ms)} on ${sample.length} values`);
console.log(`speed-up, engine isHit (median) over the reference: ${(slow.ms / sample.length / (fast.median / count)).toFixed(0)}x`);
