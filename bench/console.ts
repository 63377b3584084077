// The web console's first paint for a year of 200 communities, in Debian's Chromium on loopback:
// the morning view (leaderboard over the last 365 days and the chart of the top five, one point
// per day), from navigation to first contentful paint and to "leaderboard and chart drawn".
// Each load follows a commit, so the service's read caches are cold, as after the nightly run.
// Floor: the same console over an empty database, measured in the same run (page, assets and
// session lookup without data). Also prints the page's asset sizes as built.
//   npm run bench:console [-- --communities 200 --days 365 --rounds 5]
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { buildConsole } from '../scripts/build-console.mjs';
import { createToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config/load.js';
import { openDatabase } from '../src/db/client.js';
import { silentLogger } from '../src/log/logger.js';
import { addDays, dayOfInstant } from '../src/pipeline/index.js';
import { startService, type RunningService } from '../src/service.js';
import { seedDatabase, type Counts } from './seed.js';

const { values: opts } = parseArgs({
  options: {
    communities: { type: 'string', default: '200' },
    days: { type: 'string', default: '365' },
    rounds: { type: 'string', default: '5' },
  },
});
const COMMUNITIES = Number(opts.communities);
const DAYS = Number(opts.days);
const ROUNDS = Number(opts.rounds);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAST_DAY = addDays(dayOfInstant(new Date(), 'UTC'), -1);
const FIRST_DAY = addDays(LAST_DAY, 1 - DAYS);

/** Writes the counts straight into SQLite: a year for 200 communities in a few seconds. */
function seed(path: string, communities: number): number {
  // wl + rep + mal + unk + unch = evaluated; valid = mal + unk + unch; seen = evaluated + capped.
  const counts = (o: number, d: number): Counts => {
    const [wl, rep, mal, unk, unch, capped] = [(o + d) % 7, (o * 3 + d) % 4, 20 + ((o * 13 + d * 7) % 50), 10 + ((o + d * 3) % 20), (o + d) % 3, d % 9 === 0 ? 5 : 0];
    const evaluated = wl + rep + mal + unk + unch;
    return [evaluated + capped, capped, evaluated, wl, rep, mal, unk, unch, mal + unk + unch];
  };
  return seedDatabase(path, (writer) => {
    let rows = 0;
    const now = Date.now();
    for (let o = 0; o < communities; o++) {
      const organizationId = writer.organization(`community-${String(o + 1).padStart(3, '0')}`, now);
      for (let d = 0; d < DAYS; d++) {
        const c = counts(o, d);
        writer.addDay({
          organizationId,
          day: addDays(FIRST_DAY, d),
          counts: c,
          types: [{ attributeType: 'ip-dst', counts: c }],
          creators: [{ creatorOrgId: '2', creatorOrgName: 'Partner', counts: c }],
        });
        rows++;
      }
    }
    return rows;
  });
}

interface Load {
  firstContentfulPaint: number;
  /** Token checked (the viewer query answered). */
  session: number;
  leaderboard: number;
  contributions: number;
  ready: number;
}

async function serve(dir: string, name: string, communities: number): Promise<{ service: RunningService; token: string; rows: number }> {
  const path = join(dir, `${name}.db`);
  const { prisma } = await openDatabase(path);
  await prisma.$disconnect();
  const rows = seed(path, communities);
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_PATH: path, HTTP_HOST: '127.0.0.1', HTTP_PORT: '0', SCHEDULE: '', CATCH_UP_DAYS: '0', GRAPHQL_MAX_RANGE_DAYS: '1096' });
  const service = await startService(config, silentLogger, { worker: false });
  const { token } = await createToken(service.prisma, 'bench', 'READER');
  return { service, token, rows };
}

/** One cold load: a new browser context (empty HTTP cache) after a commit (cold read caches). */
async function load(browser: Browser, service: RunningService, token: string): Promise<Load> {
  await service.prisma.apiToken.updateMany({ where: { name: 'bench' }, data: { lastUsedAt: null } });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((t) => sessionStorage.setItem('misp-topcontrib.token', t), token);
  const page = await context.newPage();
  await page.goto(`${service.url}/#/?from=${FIRST_DAY}&to=${LAST_DAY}`);
  await page.waitForSelector('body[data-ready="home"]', { timeout: 60_000 });
  const timing = await page.evaluate(() => ({
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    session: performance.getEntriesByName('console:session')[0]?.startTime ?? NaN,
    leaderboard: performance.getEntriesByName('console:leaderboard')[0]?.startTime ?? NaN,
    contributions: performance.getEntriesByName('console:contributions')[0]?.startTime ?? NaN,
    ready: performance.getEntriesByName('console:ready').at(-1)?.startTime ?? NaN,
  }));
  await context.close();
  return timing;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main() {
  const built = await buildConsole({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'mtc-bench-console-'));
  const full = await serve(dir, 'year', COMMUNITIES);
  const empty = await serve(dir, 'empty', 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    // One load each to warm Chromium and the JIT; not counted.
    await load(browser, full.service, full.token);
    await load(browser, empty.service, empty.token);
    const loads: Load[] = [];
    const floors: Load[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      floors.push(await load(browser, empty.service, empty.token));
      loads.push(await load(browser, full.service, full.token));
    }
    const fcp = median(loads.map((l) => l.firstContentfulPaint));
    const ready = median(loads.map((l) => l.ready));
    const floorReady = median(floors.map((l) => l.ready));
    console.log(
      `console assets: dashboard ${(built.dashboardGzipBytes / 1024).toFixed(1)} KB gzipped (budget 400 KB); GraphiQL ${(built.graphiqlGzipBytes / 1024).toFixed(0)} KB gzipped, loaded by /graphql only`,
    );
    console.log(`data: ${COMMUNITIES} communities x ${DAYS} days = ${full.rows} daily rows; view: leaderboard over ${FIRST_DAY}..${LAST_DAY}, chart of the top 5 per day`);
    console.log(`first contentful paint: ${ms(fcp)} (median of ${ROUNDS} cold loads)`);
    console.log(`leaderboard and chart drawn: ${ms(ready)} (min ${ms(Math.min(...loads.map((l) => l.ready)))}, max ${ms(Math.max(...loads.map((l) => l.ready)))})`);
    const at = (key: keyof Load) => ms(median(loads.map((l) => l[key])));
    console.log(`  token checked at ${at('session')}, leaderboard answered at ${at('leaderboard')}, chart data at ${at('contributions')}`);
    console.log(`machine: load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs (shared: the figures scale with it)`);
    console.log(`floor, same console over an empty database: ${ms(floorReady)}; ratio ${(ready / floorReady).toFixed(2)}x`);
  } finally {
    await browser.close();
    await full.service.close();
    await empty.service.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
