// GraphQL read path under load: a year of counts for 200 communities, the real HTTP server on
// loopback, 32 concurrent clients (in a worker thread). Beside each query, the same aggregate run straight on SQLite
// (no HTTP, GraphQL or Prisma): the floor the API can approach.
//   npm run bench:graphql [-- --requests 4000 --clients 32]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { Pool } from 'undici';
import { createToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config/load.js';
import { openDatabase, type Db } from '../src/db/client.js';
import type { Prisma } from '../src/generated/prisma/client.js';
import { createGraphQLHandler } from '../src/graphql/yoga.js';
import { createHttpServer, listen } from '../src/http/server.js';
import { silentLogger } from '../src/log/logger.js';
import { addDays } from '../src/stats/days.js';
import { seriesSql } from '../src/stats/series.js';
import { totalsSql } from '../src/stats/totals.js';

const { values: opts } = parseArgs({
  options: {
    requests: { type: 'string', default: '4000' },
    clients: { type: 'string', default: '32' },
    communities: { type: 'string', default: '200' },
    days: { type: 'string', default: '365' },
  },
});
const REQUESTS = Number(opts.requests);
const CLIENTS = Number(opts.clients);
const COMMUNITIES = Number(opts.communities);
const DAYS = Number(opts.days);
const FIRST_DAY = '2025-01-01';
const LAST_DAY = addDays(FIRST_DAY, DAYS - 1);
const CHUNK = 5000;

/** Deterministic counts, consistent with the design notes' invariants. */
function counts(org: number, day: number) {
  const wl = (org * 7 + day * 3) % 11;
  const rep = (org + day) % 5;
  const mal = (org * 13 + day) % 17;
  const unk = (org * 3 + day * 5) % 23;
  const unch = (org + day * 7) % 3;
  const capped = day % 13 === 0 ? org % 4 : 0;
  const evaluated = wl + rep + mal + unk + unch;
  return { seen: evaluated + capped, capped, evaluated, warninglistFalsePositives: wl, reputationFalsePositives: rep, confirmedMalicious: mal, unknown: unk, unchecked: unch, valid: mal + unk + unch };
}

async function seed(prisma: Db) {
  await prisma.organization.createMany({ data: Array.from({ length: COMMUNITIES }, (_, i) => ({ alias: `community-${String(i).padStart(3, '0')}` })) });
  const orgs = await prisma.organization.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const rows = orgs.flatMap((o, org) => Array.from({ length: DAYS }, (_, day) => ({ organizationId: o.id, day: addDays(FIRST_DAY, day), ...counts(org, day) })));
  for (let i = 0; i < rows.length; i += CHUNK) await prisma.dailyContribution.createMany({ data: rows.slice(i, i + CHUNK) });
  // Two types and two creators per row; the breakdowns sum to the row.
  const ids = await prisma.dailyContribution.findMany({ select: { id: true, seen: true, capped: true, evaluated: true, warninglistFalsePositives: true, reputationFalsePositives: true, confirmedMalicious: true, unknown: true, unchecked: true, valid: true } });
  const half = (r: (typeof ids)[number], first: boolean) => {
    const split = { wl: r.warninglistFalsePositives, rep: first ? r.reputationFalsePositives : 0, mal: first ? r.confirmedMalicious : 0, unk: first ? 0 : r.unknown, unch: first ? 0 : r.unchecked, capped: first ? r.capped : 0 };
    const wl = first ? split.wl : 0;
    const evaluated = wl + split.rep + split.mal + split.unk + split.unch;
    return { seen: evaluated + split.capped, capped: split.capped, evaluated, warninglistFalsePositives: wl, reputationFalsePositives: split.rep, confirmedMalicious: split.mal, unknown: split.unk, unchecked: split.unch, valid: split.mal + split.unk + split.unch };
  };
  const types = ids.flatMap((r) => [
    { contributionId: r.id, attributeType: 'ip-dst', ...half(r, true) },
    { contributionId: r.id, attributeType: 'domain', ...half(r, false) },
  ]);
  for (let i = 0; i < types.length; i += CHUNK) await prisma.contributionTypeBreakdown.createMany({ data: types.slice(i, i + CHUNK) });
  const creators = ids.flatMap((r) => [
    { contributionId: r.id, creatorOrgId: '1', creatorOrgName: 'Self', ...half(r, true) },
    { contributionId: r.id, creatorOrgId: '2', creatorOrgName: 'Partner', ...half(r, false) },
  ]);
  for (let i = 0; i < creators.length; i += CHUNK) await prisma.contributionCreatorBreakdown.createMany({ data: creators.slice(i, i + CHUNK) });
  return { rows: rows.length, breakdowns: types.length + creators.length, orgIds: orgs.map((o) => o.id) };
}

interface Stats {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(latencies: number[], elapsedMs: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { rps: (latencies.length / elapsedMs) * 1000, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

interface LoadJob {
  url: string;
  token: string;
  query: string;
  variables: object;
  /** The root field and how many rows every answer must have. */
  field: string;
  rows: number;
}

/** REQUESTS requests from CLIENTS concurrent loops; every answer is checked. Runs in a worker. */
async function clientLoops(job: LoadJob): Promise<{ latencies: number[]; elapsedMs: number }> {
  const pool = new Pool(job.url, { connections: CLIENTS, pipelining: 1 });
  const body = JSON.stringify({ query: job.query, variables: job.variables });
  const latencies: number[] = [];
  let next = 0;
  const client = async () => {
    while (next < REQUESTS) {
      next++;
      const started = performance.now();
      const response = await pool.request({ path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` }, body });
      const json = (await response.body.json()) as { data?: Record<string, unknown[]>; errors?: unknown };
      latencies.push(performance.now() - started);
      if (response.statusCode !== 200 || json.errors) throw new Error(`request failed: ${response.statusCode} ${JSON.stringify(json.errors)}`);
      if (json.data?.[job.field]?.length !== job.rows) throw new Error(`${job.field}: expected ${job.rows} rows`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const elapsedMs = performance.now() - started;
  await pool.close();
  return { latencies, elapsedMs };
}

/** The clients run in a worker thread, so they do not share the server's event loop. */
function load(job: LoadJob): Promise<Stats> {
  return new Promise((resolve, reject) => {
    // The worker loads this file again through tsx's loader (workers do not inherit it).
    const entry = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(entry, { eval: true, workerData: job, argv: process.argv.slice(2) });
    worker.once('message', ({ latencies, elapsedMs }: { latencies: number[]; elapsedMs: number }) => resolve(summarise(latencies, elapsedMs)));
    worker.once('error', reject);
  });
}

/** The same statement straight on SQLite, one after the other (SQLite runs one at a time anyway). */
function floor(sqlite: Database.Database, sql: Prisma.Sql, runs: number): Stats {
  const statement = sqlite.prepare(sql.sql);
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    statement.all(...(sql.values as unknown[]));
    latencies.push(performance.now() - t);
  }
  return summarise(latencies, performance.now() - started);
}

/** Latency of the first request after each of 20 writes: what a dashboard sees when the cache is cold. */
async function afterWrites(prisma: Db, pool: Pool, token: string, query: string, variables: object): Promise<Stats> {
  const latencies: number[] = [];
  for (let i = 0; i < 20; i++) {
    await prisma.organization.update({ where: { alias: 'community-000' }, data: { mispOrgName: `touched ${i}` } });
    const started = performance.now();
    const response = await pool.request({ path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    await response.body.json();
    latencies.push(performance.now() - started);
  }
  return summarise(latencies, latencies.reduce((a, b) => a + b, 0));
}

const fmt = (s: Stats) => `${s.rps.toFixed(0).padStart(6)} req/s   p50 ${s.p50.toFixed(2).padStart(6)} ms   p95 ${s.p95.toFixed(2).padStart(6)} ms   p99 ${s.p99.toFixed(2).padStart(6)} ms`;

const LEADERBOARD = `query Leaderboard($from: Date!, $to: Date!) {
  leaderboard(from: $from, to: $to, limit: 20) { rank organization { alias } valid evaluated falsePositives qualityRatio coverage }
}`;
const SERIES = `query Series($from: Date!, $to: Date!, $organizations: [String!]) {
  contributions(from: $from, to: $to, organizations: $organizations, granularity: DAY) { organization { alias } start valid evaluated falsePositives coverage }
}`;
const SERIES_BREAKDOWNS = `query SeriesBreakdowns($from: Date!, $to: Date!, $organizations: [String!]) {
  contributions(from: $from, to: $to, organizations: $organizations, granularity: DAY) {
    organization { alias } start valid evaluated
    types { attributeType valid } creators { creatorOrgId valid }
  }
}`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'mtc-bench-graphql-'));
  const path = join(dir, 'bench.db');
  const { prisma } = await openDatabase(path);
  const server = createHttpServer({ yoga: createGraphQLHandler({ prisma, config: loadConfig({ LOG_LEVEL: 'silent', DATABASE_PATH: path }), logger: silentLogger }), prisma });
  try {
    const t = performance.now();
    const seeded = await seed(prisma);
    console.log(`seeded ${seeded.rows} daily rows (${COMMUNITIES} communities × ${DAYS} days) and ${seeded.breakdowns} breakdown rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const { token } = await createToken(prisma, 'bench', 'READER');
    const { url } = await listen(server, 0, '127.0.0.1');
    // The floor runs block the event loop for seconds: keep idle client connections open meanwhile.
    server.keepAliveTimeout = 120_000;
    const sqlite = new Database(path, { readonly: true });
    console.log(`${REQUESTS} requests per query, ${CLIENTS} concurrent clients, ${url}/graphql; node ${process.version}\n`);

    const monthFrom = addDays(LAST_DAY, -30);
    const step = Math.max(1, Math.floor(COMMUNITIES / 20));
    const aliases = Array.from({ length: Math.min(20, COMMUNITIES) }, (_, i) => `community-${String(i * step).padStart(3, '0')}`);
    const seriesIds = aliases.map((a) => seeded.orgIds[Number(a.slice(-3))]!);
    const cases = [
      {
        name: `leaderboard, full year (${FIRST_DAY}..${LAST_DAY}), top 20`,
        query: LEADERBOARD,
        variables: { from: FIRST_DAY, to: LAST_DAY },
        field: 'leaderboard',
        rows: 20,
        sql: totalsSql({ from: FIRST_DAY, to: LAST_DAY, rankBy: 'QUALITY', limit: 20 }),
      },
      {
        name: `series, one month (${monthFrom}..${LAST_DAY}), DAY, 20 communities`,
        query: SERIES,
        variables: { from: monthFrom, to: LAST_DAY, organizations: aliases },
        field: 'contributions',
        rows: 31 * aliases.length,
        sql: seriesSql({ from: monthFrom, to: LAST_DAY, granularity: 'DAY', organizationIds: seriesIds }),
      },
      {
        name: 'same series with per-type and per-creator breakdowns',
        query: SERIES_BREAKDOWNS,
        variables: { from: monthFrom, to: LAST_DAY, organizations: aliases },
        field: 'contributions',
        rows: 31 * aliases.length,
        sql: seriesSql({ from: monthFrom, to: LAST_DAY, granularity: 'DAY', organizationIds: seriesIds }),
      },
    ];
    for (const c of cases) {
      const job: LoadJob = { url, token, query: c.query, variables: c.variables, field: c.field, rows: c.rows };
      await load(job); // warm-up: JIT, statement caches
      const api = await load(job);
      const pool = new Pool(url, { connections: 1 });
      const cold = await afterWrites(prisma, pool, token, c.query, c.variables);
      await pool.close();
      const raw = floor(sqlite, c.sql, Math.min(REQUESTS, 1000));
      console.log(c.name);
      console.log(`  API over HTTP   ${fmt(api)}`);
      console.log(`  cold, after a write p50 ${cold.p50.toFixed(2).padStart(6)} ms   p95 ${cold.p95.toFixed(2).padStart(6)} ms   (one client; the first request after a commit computes again)`);
      console.log(`  SQLite floor    ${fmt(raw)}   (the aggregate statement alone, no HTTP/GraphQL/Prisma)`);
      console.log(`  API / floor     ${(api.rps / raw.rps).toFixed(2)}× the floor's throughput\n`);
    }
    sqlite.close();
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await prisma.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMainThread) await main();
else parentPort!.postMessage(await clientLoops(workerData as LoadJob));
