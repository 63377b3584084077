/**
 * `npm run bench:pipeline [-- --attributes 1000000 --page 5000 --lists ../shared/data/misp-warninglists --rounds 1 --curate off]`
 * (or `npx tsx --expose-gc bench/pipeline.ts ...`: the same, with a full GC before each figure).
 *
 * Issue 6: one day of N attributes over 50 communities from the MISP simulator, every warninglist
 * of a misp-warninglists checkout selected (WARNINGLIST_FILTERS='' selects every list), the
 * reputation cache warm. The MISP and OpenTIP simulators run in a child process
 * (bench/pipeline-simulators.ts), so this process is the pipeline's alone and its peak RSS is the
 * pipeline's, not the simulated dataset's. For the same pages from the same out-of-process
 * simulator it prints:
 *
 * - the floor: attributes per second of merely downloading and `JSON.parse`-ing the day's
 *   restSearch pages, one at a time, in this process;
 * - the pipeline: attributes per second of a whole one-day run as the worker executes it (counting
 *   only; `--curate report-only` makes it a dry run that curates: every false positive becomes a
 *   CurationLog row in the day's one transaction);
 * - their ratio (target: within 3x), measured in the same command; with --rounds N, floor and run
 *   alternate N times and the medians are compared (the machine may be shared: the ratio is the
 *   figure, not the absolute rates);
 * - the pipeline process's peak RSS (target: under 500 MB): `process.resourceUsage().maxRSS` over
 *   its whole life (lists loaded and compiled, floor, runs), the peak up to the lists loaded, and
 *   RSS and heap sampled every 50 ms during the runs;
 * - the warninglist engine's share of the heap (heap used after loading the lists minus before;
 *   its typed arrays come on top, in "array buffers"), and V8's heap limit: V8 lets the heap grow
 *   to a multiple of what is live in it before collecting, up to about 4x when the limit is large
 *   (4.3 GB by default on a 24 GB machine), so the peak depends on it. `NODE_OPTIONS=
 *   --max-old-space-size=384 npm run bench:pipeline` measures the pipeline as a service started
 *   with that limit would run (the simulator child keeps its own 8 GB limit).
 *
 * Warming the cache: `--warm seed` (default) has the child page through the same day and write the
 * verdict the OpenTIP simulator gives for every lookup the day needs (its zone, mapped as
 * src/reputation/opentip.ts maps it) into ReputationVerdict; `--warm http` runs the day once
 * through the OpenTIP simulator instead (slow at 1M; that cold run is in this process, so maxRSS
 * then includes it, the sampled figures do not). Either way the measured runs make no OpenTIP
 * request, which the output shows. Figures only, no assertions.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { addSyncUser } from '../src/communities/sync-users.js';
import { loadConfig } from '../src/config/load.js';
import { openDatabase } from '../src/db/client.js';
import { silentLogger } from '../src/log/logger.js';
import { claimNextRun, createPipelineDeps, dayWindow, enqueueRun, executeRun, type PipelineDeps } from '../src/pipeline/index.js';
import { benchListsOrExit, SHARED_WARNINGLISTS_PATH } from '../test/helpers/shared-data.js';
import { restSearchPages, type ChildMessage, type PageQuery, type ParentMessage, type SimulatorsInit, type SimulatorsReady } from './pipeline-simulators.js';

const { values } = parseArgs({
  options: {
    attributes: { type: 'string', default: '1000000' },
    page: { type: 'string', default: '5000' },
    lists: { type: 'string', default: SHARED_WARNINGLISTS_PATH },
    communities: { type: 'string', default: '50' },
    seed: { type: 'string', default: '6' },
    warm: { type: 'string', default: 'seed' },
    rounds: { type: 'string', default: '1' },
    /** `off` (default): count only; `report-only`: a dry run that curates, logging every false positive (CurationLog rows in the day's transaction). */
    curate: { type: 'string', default: 'off' },
  },
});
const perDay = Number(values.attributes);
const pageSize = Number(values.page);
const communities = Number(values.communities);
const rounds = Math.max(1, Number(values.rounds));
const listsDir = benchListsOrExit('bench:pipeline', values.lists);
const DAY = '2026-01-01';
const curate = values.curate === 'report-only';
if (!curate && values.curate !== 'off') throw new Error('--curate is off or report-only');
const command =
  `${process.env.NODE_OPTIONS ? `NODE_OPTIONS='${process.env.NODE_OPTIONS}' ` : ''}npm run bench:pipeline -- --attributes ${perDay} --page ${pageSize} ` +
  `--lists ${values.lists} --warm ${values.warm} --rounds ${rounds} --curate ${values.curate}`;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const rss = () => process.memoryUsage().rss;
const gcNow = (globalThis as { gc?: () => void }).gc;
const settle = async () => {
  gcNow?.();
  await new Promise((r) => setTimeout(r, 200));
};
const heapUsed = async () => {
  await settle();
  return process.memoryUsage().heapUsed;
};

// 1. The simulators, in a child process.
console.log(`setting up: ${perDay} attributes on ${DAY}, ${communities} communities, lists ${listsDir}, page ${pageSize}`);
const init: SimulatorsInit = { perDay, communities, seed: Number(values.seed), day: DAY, listsDir };
const child = fork(new URL('./pipeline-simulators.ts', import.meta.url), [JSON.stringify(init)], {
  // The child's own heap holds the simulated day; tsx's loader comes with process.execArgv.
  execArgv: [...process.execArgv.filter((a) => a !== '--expose-gc'), '--max-old-space-size=8192'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const inbox: ChildMessage[] = [];
const waiters: ((m: ChildMessage) => void)[] = [];
child.on('message', (m: ChildMessage) => {
  if (m.type === 'error') {
    console.error(`simulator process failed: ${m.message}`);
    process.exit(1);
  }
  const waiter = waiters.shift();
  if (waiter) waiter(m);
  else inbox.push(m);
});
child.on('exit', (code) => {
  if (code !== 0 && !stopping) {
    console.error(`simulator process exited with ${code}`);
    process.exit(1);
  }
});
let stopping = false;
const next = <T extends ChildMessage['type']>(type: T): Promise<Extract<ChildMessage, { type: T }>> =>
  new Promise((res, rej) => {
    const take = (m: ChildMessage) => (m.type === type ? res(m as Extract<ChildMessage, { type: T }>) : rej(new Error(`expected ${type}, got ${m.type}`)));
    const queued = inbox.shift();
    if (queued) take(queued);
    else waiters.push(take);
  });
const ask = <T extends ChildMessage['type']>(m: ParentMessage, answer: T) => {
  child.send(m);
  return next(answer);
};
const sims: SimulatorsReady = await next('ready');
console.log(`simulators ready in process ${child.pid} (rss ${mb(sims.rss)}); this process rss ${mb(rss())}`);

// 2. The pipeline's database and configuration.
const dir = mkdtempSync(join(tmpdir(), 'mtc-bench-pipeline-'));
const dbPath = join(dir, 'bench.db');
const { prisma } = await openDatabase(dbPath);
const config = loadConfig({
  LOG_LEVEL: 'silent',
  MISP_URL: sims.misp.url,
  MISP_KEY: sims.misp.adminKey,
  MISP_PAGE_SIZE: String(pageSize),
  OPENTIP_URL: sims.opentip.url,
  OPENTIP_KEY: sims.opentip.apiKey,
  OPENTIP_DAILY_BUDGET: '100000000',
  OPENTIP_REQUESTS_PER_MINUTE: '0',
  OPENTIP_CONCURRENCY: '16',
  WARNINGLIST_FILTERS: '',
  WARNINGLIST_MAX_ENTRIES: '0',
  CURATION_MAX_RATIO: '1',
});
for (let i = 0; i < communities; i++) await addSyncUser(prisma, sims.misp.syncEmails[i]!, `community-${i + 1}`);
const deps = createPipelineDeps(prisma, config, silentLogger);
const { from, to } = dayWindow(DAY, config.timeZone);
const query: PageQuery = { url: sims.misp.url, key: sims.misp.adminKey, from, to, pageSize, notTypes: config.skippedTypes };

/** Queues a one-day run and executes it here, as the worker would (as test/pipeline/helpers.ts runNow). */
async function runDay(d: PipelineDeps, options = { curate }): Promise<void> {
  const queued = await enqueueRun(d.prisma, { kind: 'DAILY', fromDay: DAY, toDay: DAY, trigger: 'CLI', dryRun: options.curate, curate: options.curate }, { timeZone: 'UTC', dryRun: false });
  const claimed = await claimNextRun(d.prisma);
  if (claimed?.id !== queued.id) throw new Error('another run was queued first');
  const end = await executeRun(d, claimed);
  const run = await d.prisma.pipelineRun.findUniqueOrThrow({ where: { id: queued.id } });
  if (end !== 'succeeded') throw new Error(`run ${end}: ${run.error ?? ''}`);
}

/** The floor: the pipeline's restSearch pages, fetched and JSON.parse'd, nothing else. */
async function floor(): Promise<number> {
  let n = 0;
  for await (const page of restSearchPages(query)) n += page.length;
  return n;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - t) / 1000 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// 3. The warninglists, loaded and compiled once (the runs reuse the compiled lists), and their heap.
const heapBeforeLists = await heapUsed();
const lists = await timed(() => deps.warninglists.load());
const engineHeap = (await heapUsed()) - heapBeforeLists;
const listsMaxRss = process.resourceUsage().maxRSS * 1024;
console.log(
  `warninglists: ${lists.value.selected} of ${lists.value.total} selected from ${lists.value.source}, ${lists.value.problems} unusable entries, ` +
    `${lists.seconds.toFixed(1)} s, engine heap ${mb(engineHeap)}, rss ${mb(rss())} (peak so far ${mb(listsMaxRss)})`,
);

// 4. Warm the reputation cache.
const warm = await timed(async () => {
  if (values.warm === 'http') await runDay(deps, { curate: false });
  else await ask({ type: 'seed', dbPath, query }, 'seeded');
});
const verdicts = await prisma.reputationVerdict.count();
const warmRequests = (await ask({ type: 'counters', reset: true }, 'counters')).requests;
console.log(`warm-up (${values.warm}): ${warm.seconds.toFixed(1)} s, ${warmRequests} OpenTIP requests, ${verdicts} cached verdicts, rss ${mb(rss())}`);

// 5. Floor and run, alternating; RSS and heap sampled every 50 ms during the runs.
const floorSeconds: number[] = [];
const runSeconds: number[] = [];
let fetched = 0;
let baseline = Infinity;
let runPeak = 0;
let heapPeak = 0;
const atPeak = { usage: null as NodeJS.MemoryUsage | null };
for (let round = 1; round <= rounds; round++) {
  await settle();
  const f = await timed(floor);
  fetched = f.value;
  floorSeconds.push(f.seconds);
  await settle();
  baseline = Math.min(baseline, rss());
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > runPeak) atPeak.usage = m;
    runPeak = Math.max(runPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
  };
  const sampler = setInterval(sample, 50);
  const r = await timed(() => runDay(deps));
  clearInterval(sampler);
  sample();
  runSeconds.push(r.seconds);
  console.log(`round ${round}: floor ${f.seconds.toFixed(2)} s, run ${r.seconds.toFixed(2)} s (${(r.seconds / f.seconds).toFixed(2)}x), rss peak so far ${mb(runPeak)}`);
}
const maxRss = process.resourceUsage().maxRSS * 1024;
const runRequests = (await ask({ type: 'counters', reset: false }, 'counters')).requests;

const rows = await prisma.dailyContribution.aggregate({
  where: { day: DAY },
  _sum: { seen: true, evaluated: true, warninglistFalsePositives: true, reputationFalsePositives: true, confirmedMalicious: true, unknown: true, unchecked: true },
  _count: true,
});
const s = rows._sum;
const logged = await prisma.curationLog.count({ where: { day: DAY } });

const floorS = median(floorSeconds);
const runS = median(runSeconds);
const pad = (a: string, b: string) => `${a.padEnd(48)}${b}`;
console.log('');
console.log(`command: ${command}`);
console.log(
  `N = ${perDay} generated attributes, ${fetched} returned by restSearch (skipped types excluded), ${communities} communities, ` +
    `${sims.misp.warninglists} warninglists, page ${pageSize}; simulators out of process (pid ${child.pid})`,
);
console.log(pad('', `seconds     attributes/s${rounds > 1 ? `   (median of ${rounds})` : ''}`));
console.log(
  pad(
    'floor (fetch + JSON.parse)',
    `${floorS.toFixed(2).padStart(7)}     ${Math.round(fetched / floorS)
      .toString()
      .padStart(10)}`,
  ),
);
console.log(
  pad(
    `pipeline run, cache warm${curate ? ', report-only' : ''}`,
    `${runS.toFixed(2).padStart(7)}     ${Math.round(fetched / runS)
      .toString()
      .padStart(10)}`,
  ),
);
console.log(pad('run / floor (time)', `${(runS / floorS).toFixed(2)}x   (target <= 3x)`));
console.log(pad('pipeline process peak RSS (maxRSS, whole life)', `${mb(maxRss)}   (target < 500 MB)`));
console.log(pad('  peak RSS up to the lists loaded', mb(listsMaxRss)));
console.log(pad('peak RSS sampled during the runs', `${mb(runPeak)}   (before: ${mb(baseline)})`));
console.log(pad('peak heap used during the runs', mb(heapPeak)));
const p = atPeak.usage;
if (p) console.log(pad('  at the RSS peak', `heap used ${mb(p.heapUsed)} of ${mb(p.heapTotal)}, external ${mb(p.external)}, array buffers ${mb(p.arrayBuffers)}`));
console.log(pad('warninglist engine heap', `${mb(engineHeap)}   (heap used after loading the lists minus before)`));
console.log(pad('V8 heap limit of this process', `${mb(v8.getHeapStatistics().heap_size_limit)}   (NODE_OPTIONS=--max-old-space-size=MB to change)`));
console.log(pad(`warm-up (${values.warm})`, `${warm.seconds.toFixed(2)} s`));
console.log(pad('OpenTIP requests during the runs', String(runRequests)));
console.log(
  `counted: ${rows._count} rows, seen ${s.seen}, evaluated ${s.evaluated}, warninglist FP ${s.warninglistFalsePositives}, ` +
    `reputation FP ${s.reputationFalsePositives}, malicious ${s.confirmedMalicious}, unknown ${s.unknown}, unchecked ${s.unchecked}; ` +
    `curation log rows of the day ${logged}`,
);

await Promise.all([deps.misp?.close(), deps.reputation.close()]);
stopping = true;
await new Promise<void>((res) => {
  child.once('exit', () => res());
  child.send({ type: 'stop' } satisfies ParentMessage);
});
await prisma.$disconnect();
rmSync(dir, { recursive: true, force: true });
