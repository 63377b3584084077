/**
 * `npm run bench:pipeline [-- --attributes 1000000 --page 5000 --lists ../shared/data/misp-warninglists]`
 *
 * Issue 6: one day of N attributes over 50 communities from the in-process MISP simulator, every
 * warninglist of a misp-warninglists checkout selected, the reputation cache warm. Prints the
 * end-to-end attributes per second of a pipeline run (curate off) and its peak RSS, beside the
 * floor: downloading and `JSON.parse`-ing the same restSearch pages (as bench/misp-paging.ts).
 * Figures only, no assertions. Targets: within 3x of the floor, under 500 MB RSS.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent, fetch } from 'undici';
import { addSyncUser } from '../src/communities/sync-users.js';
import { loadConfig } from '../src/config/load.js';
import { openDatabase } from '../src/db/client.js';
import { silentLogger } from '../src/log/logger.js';
import { MispSimulator } from '../src/misp/simulator/index.js';
import { claimNextRun, createPipelineDeps, dayWindow, enqueueRun, executeRun, type PipelineDeps } from '../src/pipeline/index.js';
import { planLookups, requestKey, type LookupRequest, type ProviderVerdict } from '../src/reputation/index.js';
import { OPENTIP_PROVIDER } from '../src/reputation/opentip.js';
import { startOpenTipSimulator } from '../src/reputation/simulator/index.js';

const { values } = parseArgs({
  options: {
    attributes: { type: 'string', default: '1000000' },
    page: { type: 'string', default: '5000' },
    lists: { type: 'string', default: '../shared/data/misp-warninglists' },
    communities: { type: 'string', default: '50' },
    seed: { type: 'string', default: '6' },
    /** `seed` (default): write the day's verdicts straight into ReputationVerdict; `http`: a first run through the OpenTIP simulator. */
    warm: { type: 'string', default: 'seed' },
  },
});
const perDay = Number(values.attributes);
const pageSize = Number(values.page);
const communities = Number(values.communities);
const listsDir = resolve(values.lists!);
const DAY = '2026-01-01';
const command = `npm run bench:pipeline -- --attributes ${perDay} --page ${pageSize} --lists ${values.lists} --warm ${values.warm}`;

if (!existsSync(join(listsDir, 'lists'))) {
  console.log(`bench:pipeline skipped: no misp-warninglists checkout at ${listsDir} (expected a lists/ folder). Pass --lists DIR.`);
  process.exit(0);
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const rss = () => process.memoryUsage().rss;
const gc = (globalThis as { gc?: () => void }).gc;

console.log(`setting up: ${perDay} attributes on ${DAY}, ${communities} communities, lists ${listsDir}, page ${pageSize}`);
const misp = await MispSimulator.start({
  seed: Number(values.seed), communities, startDate: DAY, days: 1, perDay, warninglistsDir: listsDir, pulledShare: 0.05,
});
const opentip = await startOpenTipSimulator({ seed: 5 });
const dir = mkdtempSync(join(tmpdir(), 'mtc-bench-pipeline-'));
const { prisma } = await openDatabase(join(dir, 'bench.db'));
const config = loadConfig({
  LOG_LEVEL: 'silent',
  MISP_URL: misp.url,
  MISP_KEY: misp.keys.admin,
  MISP_PAGE_SIZE: String(pageSize),
  OPENTIP_URL: opentip.url,
  OPENTIP_KEY: opentip.apiKey,
  OPENTIP_DAILY_BUDGET: '100000000',
  OPENTIP_REQUESTS_PER_MINUTE: '0',
  OPENTIP_CONCURRENCY: '16',
  WARNINGLIST_FILTERS: '',
  WARNINGLIST_MAX_ENTRIES: '0',
  // WARNINGLIST_FILTERS='' selects no list (selectWarninglists: no word matches), not every list as
  // the setting says; naming every list id in WARNINGLIST_INCLUDE selects all of them.
  WARNINGLIST_INCLUDE: misp.warninglists.index().Warninglists.map((w) => String(w.Warninglist.id)).join(','),
});
for (let i = 0; i < communities; i++) await addSyncUser(prisma, misp.keys.syncEmails[i]!, `community-${i + 1}`);
const deps = createPipelineDeps(prisma, config, silentLogger);

/** Queues a one-day run and executes it here, as the worker would (as test/pipeline/helpers.ts runNow). */
async function runDay(d: PipelineDeps): Promise<void> {
  const queued = await enqueueRun(d.prisma, { kind: 'DAILY', fromDay: DAY, toDay: DAY, trigger: 'CLI', dryRun: false, curate: false });
  const claimed = await claimNextRun(d.prisma);
  if (claimed?.id !== queued.id) throw new Error('another run was queued first');
  const end = await executeRun(d, claimed);
  const run = await d.prisma.pipelineRun.findUniqueOrThrow({ where: { id: queued.id } });
  if (end !== 'succeeded') throw new Error(`run ${end}: ${run.error ?? ''}`);
}

/** The floor: the pipeline's restSearch pages, fetched and JSON.parse'd, nothing else. */
async function floor(onPage?: (attributes: { type: string; value: string }[]) => void): Promise<number> {
  const { from, to } = dayWindow(DAY, config.timeZone);
  let n = 0;
  // A fresh connection pool per pass: a kept-alive socket the simulator closed while idle would reset.
  const dispatcher = new Agent();
  try {
  for (let page = 1; ; page++) {
    const res = await fetch(`${misp.url}/attributes/restSearch`, {
      dispatcher,
      method: 'POST',
      headers: { Authorization: misp.keys.admin, Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ returnFormat: 'json', timestamp: [from, to], limit: pageSize, page, order: 'Attribute.id asc', includeEventUuid: true, type: { NOT: config.skippedTypes } }),
    });
    const attributes = (JSON.parse(await res.text()) as { response: { Attribute: { type: string; value: string }[] } }).response.Attribute;
    onPage?.(attributes);
    const got = attributes.length;
    n += got;
    if (got < pageSize) return n;
  }
  } finally {
    await dispatcher.close();
  }
}

/** The OpenTIP simulator's zone, mapped as OpenTipProvider maps it (src/reputation/opentip.ts ZONE_VERDICTS). */
const ZONE_VERDICT: Record<string, ProviderVerdict> = { Green: 'benign', Red: 'malicious', Orange: 'malicious', Yellow: 'malicious', Grey: 'unknown' };
const TO_DB = { benign: 'BENIGN', malicious: 'MALICIOUS', unknown: 'UNKNOWN' } as const;

/** Every lookup the day needs, with the verdict the OpenTIP simulator would give, in ReputationVerdict. */
async function seedVerdicts(): Promise<number> {
  const wanted = new Map<string, LookupRequest>();
  await floor((page) => {
    for (const a of page) for (const r of planLookups(a.type, a.value).requests) wanted.set(requestKey(r), r);
  });
  const checkedAt = new Date();
  const expiresAt = new Date(checkedAt.getTime() + 7 * 86_400_000);
  const rows = [...wanted.values()].map((r) => {
    const zone = opentip.zoneOf(r.kind, r.value);
    return { provider: OPENTIP_PROVIDER, kind: r.kind, value: r.value, verdict: TO_DB[ZONE_VERDICT[zone] ?? 'unknown'], zone, checkedAt, expiresAt };
  });
  for (let i = 0; i < rows.length; i += 5000) await prisma.reputationVerdict.createMany({ data: rows.slice(i, i + 5000) });
  return rows.length;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - t) / 1000 };
}

console.log(`simulators ready, rss ${mb(rss())}`);

// 1. Warm the reputation cache: the same day once through OpenTIP (curate off), or its verdicts
// written directly. The warninglists are loaded (and compiled) once either way.
const lists = await timed(() => deps.warninglists.load());
console.log(`warninglists: ${lists.value.selected} of ${lists.value.total} selected from ${lists.value.source}, ${lists.value.problems} unusable entries, ${lists.seconds.toFixed(1)} s`);
const warm = await timed(async () => (values.warm === 'http' ? runDay(deps) : void (await seedVerdicts())));
const verdicts = await prisma.reputationVerdict.count();
console.log(`warm-up (${values.warm}): ${warm.seconds.toFixed(1)} s, ${opentip.counters.requests} OpenTIP requests, ${verdicts} cached verdicts, rss ${mb(rss())}`);
opentip.resetCounters();

// 2. The floor, in this process, just before the measured run.
gc?.();
const floorRun = await timed(floor);
const fetched = floorRun.value;
console.log(`floor: ${fetched} attributes in ${floorRun.seconds.toFixed(1)} s, rss ${mb(rss())}`);

// 3. The measured run, RSS sampled every 100 ms.
gc?.();
await new Promise((r) => setTimeout(r, 200));
const baseline = rss();
let peak = baseline;
const sampler = setInterval(() => { peak = Math.max(peak, rss()); }, 100);
const measured = await timed(() => runDay(deps));
clearInterval(sampler);
peak = Math.max(peak, rss());
const lookupsDuringRun = opentip.counters.requests;

const rows = await prisma.dailyContribution.aggregate({
  where: { day: DAY },
  _sum: { seen: true, evaluated: true, warninglistFalsePositives: true, reputationFalsePositives: true, confirmedMalicious: true, unknown: true, unchecked: true },
  _count: true,
});
const s = rows._sum;

const floorRate = fetched / floorRun.seconds;
const runRate = fetched / measured.seconds;
const pad = (a: string, b: string) => `${a.padEnd(34)}${b}`;
console.log('');
console.log(`command: ${command}`);
console.log(`N = ${perDay} generated attributes, ${fetched} returned by restSearch (skipped types excluded), ${communities} communities, ${misp.warninglists.index().Warninglists.length} warninglists, page ${pageSize}`);
console.log(pad('', 'seconds     attributes/s'));
console.log(pad('floor (fetch + JSON.parse)', `${floorRun.seconds.toFixed(2).padStart(7)}     ${Math.round(floorRate).toString().padStart(10)}`));
console.log(pad('pipeline run, cache warm', `${measured.seconds.toFixed(2).padStart(7)}     ${Math.round(runRate).toString().padStart(10)}`));
console.log(pad('run / floor (time)', `${(measured.seconds / floorRun.seconds).toFixed(2)}x   (target <= 3x)`));
console.log(pad('RSS before the run (simulators in)', mb(baseline)));
console.log(pad('peak RSS during the run', `${mb(peak)}   (target < 500 MB)`));
console.log(pad('peak - before', mb(peak - baseline)));
console.log(pad(`warm-up (${values.warm})`, `${warm.seconds.toFixed(2)} s`));
console.log(pad('OpenTIP requests during the run', String(lookupsDuringRun)));
console.log(
  `counted: ${rows._count} rows, seen ${s.seen}, evaluated ${s.evaluated}, warninglist FP ${s.warninglistFalsePositives}, ` +
    `reputation FP ${s.reputationFalsePositives}, malicious ${s.confirmedMalicious}, unknown ${s.unknown}, unchecked ${s.unchecked}`,
);

await Promise.all([deps.misp?.close(), deps.reputation.close()]);
await Promise.all([misp.stop(), opentip.close()]);
await prisma.$disconnect();
rmSync(dir, { recursive: true, force: true });
