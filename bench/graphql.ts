// GraphQL read path under load: a year of counts for 200 communities, the real HTTP server on
// loopback, 32 concurrent keep-alive clients (in a worker thread; a minimal HTTP/1.1 client by
// default, undici on request). Two floors beside each query: the same clients against GET
// /health (what HTTP, loopback and the client cost on this machine), and the same aggregate run
// straight on SQLite (no HTTP, GraphQL or Prisma). The server's request handler time and both
// event loops' busy share are printed too, to tell the server's part of the latency from the
// clients' and from waiting for one of the machine's CPUs.
// The leaderboard is also measured over REST (GET /api/leaderboard) beside the GraphQL document
// that route runs, and a year of contributions is exported as CSV (streamed), REST JSON and GraphQL.
//   npm run bench:graphql [-- --requests 4000 --clients 32 --rounds 3 --client raw|undici --only leaderboard|'CSV export' --profile /tmp/graphql]
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { Pool } from 'undici';
import { createToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config/load.js';
import { openDatabase, type Db } from '../src/db/client.js';
import type { Prisma } from '../src/generated/prisma/client.js';
import { createGraphQLHandler } from '../src/graphql/yoga.js';
import { PREPARED_ROUTES } from '../src/http/rest-routes.js';
import { createHttpServer, listen } from '../src/http/server.js';
import { silentLogger } from '../src/log/logger.js';
import { addDays } from '../src/stats/days.js';
import { breakdownsSql } from '../src/stats/breakdowns.js';
import { seriesSql, type SeriesQuery } from '../src/stats/series.js';
import { totalsSql } from '../src/stats/totals.js';
import { seedDatabase, type Counts } from './seed.js';

const { values: opts } = parseArgs({
  options: {
    requests: { type: 'string', default: '4000' },
    clients: { type: 'string', default: '32' },
    communities: { type: 'string', default: '200' },
    days: { type: 'string', default: '365' },
    rounds: { type: 'string', default: '3' },
    /** raw: a minimal keep-alive client (default); undici: a full HTTP client. */
    client: { type: 'string', default: 'raw' },
    only: { type: 'string', default: '' },
    /** Writes a CPU profile of the server's thread during each case's first measured round: <prefix>-<case>.cpuprofile. */
    profile: { type: 'string', default: '' },
  },
});
const REQUESTS = Number(opts.requests);
const CLIENTS = Number(opts.clients);
const COMMUNITIES = Number(opts.communities);
const DAYS = Number(opts.days);
const ROUNDS = Number(opts.rounds);
const CLIENT = opts.client === 'undici' ? 'undici' : 'raw';
const FIRST_DAY = '2025-01-01';
const LAST_DAY = addDays(FIRST_DAY, DAYS - 1);

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

/** The same split for both breakdown kinds: the first half gets the warninglist hits, the malicious and the capped, the second the rest. */
function half(r: ReturnType<typeof counts>, first: boolean): Counts {
  const split = {
    wl: first ? r.warninglistFalsePositives : 0,
    rep: first ? r.reputationFalsePositives : 0,
    mal: first ? r.confirmedMalicious : 0,
    unk: first ? 0 : r.unknown,
    unch: first ? 0 : r.unchecked,
    capped: first ? r.capped : 0,
  };
  const evaluated = split.wl + split.rep + split.mal + split.unk + split.unch;
  return [evaluated + split.capped, split.capped, evaluated, split.wl, split.rep, split.mal, split.unk, split.unch, split.mal + split.unk + split.unch];
}

/**
 * Straight into SQLite in one transaction (seconds, where Prisma's createMany takes minutes), in
 * the order the pipeline writes them, a day at a time for every community: one community's rows
 * end up spread over the file, as in a real database. Two types and two creators per row sum to it.
 */
function seed(path: string) {
  return seedDatabase(path, (writer) => {
    const now = Date.now();
    const orgIds: number[] = [];
    let rows = 0;
    for (let o = 0; o < COMMUNITIES; o++) orgIds.push(writer.organization(`community-${String(o).padStart(3, '0')}`, now));
    for (let d = 0; d < DAYS; d++) {
      const day = addDays(FIRST_DAY, d);
      orgIds.forEach((organizationId, o) => {
        const c = counts(o, d);
        const [first, second] = [half(c, true), half(c, false)];
        writer.addDay({
          organizationId,
          day,
          counts: [c.seen, c.capped, c.evaluated, c.warninglistFalsePositives, c.reputationFalsePositives, c.confirmedMalicious, c.unknown, c.unchecked, c.valid],
          types: [
            { attributeType: 'ip-dst', counts: first },
            { attributeType: 'domain', counts: second },
          ],
          creators: [
            { creatorOrgId: '1', creatorOrgName: 'Self', counts: first },
            { creatorOrgId: '2', creatorOrgName: 'Partner', counts: second },
          ],
        });
        rows++;
      });
    }
    return { rows, breakdowns: rows * 4, orgIds };
  });
}

interface Stats {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(latencies: number[], elapsedMs: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
  return { rps: (latencies.length / elapsedMs) * 1000, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), mean };
}

interface LoadJob {
  url: string;
  /** GraphQL: POST /graphql with the token; absent: GET /health (the HTTP floor). */
  graphql?: {
    token: string;
    query: string;
    variables: object;
    /** The root field and how many rows every answer must have. */
    field: string;
    rows: number;
  };
  /** REST: GET this path under /api with the token; its answer is an array of `rows` rows. */
  rest?: {
    token: string;
    path: string;
    rows: number;
  };
}

interface LoadResult {
  latencies: number[];
  elapsedMs: number;
  /** Size of an answer's body. */
  bytes: number;
  /** Share of the time the clients' event loop was busy. */
  clientBusy: number;
}

/** One request on a connection: its status and body. */
type Send = () => Promise<{ status: number; body: Buffer }>;

/**
 * A keep-alive HTTP/1.1 connection writing one prepared request at a time and reading answers
 * framed by Content-Length (every answer of this server has one): a load generator costing the
 * shared CPUs as little as it can, so that the server's share is what is measured.
 */
async function rawConnection(url: URL, request: Buffer): Promise<{ send: Send; close(): void }> {
  const socket = connect({ host: url.hostname, port: Number(url.port), noDelay: true });
  await once(socket, 'connect');
  let chunks: Buffer[] = [];
  let received = 0;
  let head: { status: number; bodyAt: number; end: number } | null = null;
  let waiting: { resolve: (answer: { status: number; body: Buffer }) => void; reject: (error: Error) => void } | null = null;
  socket.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
    if (!head) {
      const start = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      chunks = [start];
      const end = start.indexOf('\r\n\r\n');
      if (end < 0) return;
      const text = start.toString('latin1', 0, end);
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(text)?.[1] ?? NaN);
      if (!Number.isFinite(length)) return waiting?.reject(new Error(`an answer without Content-Length: ${text}`));
      head = { status: Number(text.slice(9, 12)), bodyAt: end + 4, end: end + 4 + length };
    }
    if (received < head.end) return;
    const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
    const answer = { status: head.status, body: all.subarray(head.bodyAt, head.end) };
    // One request at a time: nothing follows the answer.
    [chunks, received, head] = [[], 0, null];
    const resolve = waiting?.resolve;
    waiting = null;
    resolve?.(answer);
  });
  socket.on('error', (error) => waiting?.reject(error));
  return {
    send: () =>
      new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        socket.write(request);
      }),
    close: () => socket.destroy(),
  };
}

/** The same with undici, a full HTTP client (--client undici): what a Node dashboard backend would use. */
function undiciConnections(url: URL, request: { path: string; method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }) {
  const pool = new Pool(url.origin, { connections: CLIENTS, pipelining: 1 });
  const send: Send = async () => {
    const response = await pool.request(request);
    return { status: response.statusCode, body: Buffer.from(await response.body.arrayBuffer()) };
  };
  return { sends: Array.from({ length: CLIENTS }, () => send), close: () => pool.close() };
}

/**
 * REQUESTS requests from CLIENTS concurrent loops, one connection each (in a worker). A request's
 * latency ends when its answer's last byte is in; every answer is then checked (parsed, unless
 * byte for byte the same as one already checked), outside the measured time.
 */
async function clientLoops(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url);
  const g = job.graphql;
  const r = job.rest;
  const body = g ? JSON.stringify({ query: g.query, variables: g.variables }) : '';
  const headers = g ? { 'content-type': 'application/json', authorization: `Bearer ${g.token}` } : undefined;
  let sends: Send[];
  let close: () => unknown;
  if (CLIENT === 'undici') {
    const request = g
      ? { path: '/graphql', method: 'POST' as const, headers, body }
      : r
        ? { path: r.path, method: 'GET' as const, headers: { authorization: `Bearer ${r.token}` } }
        : { path: '/health', method: 'GET' as const };
    ({ sends, close } = undiciConnections(url, request));
  } else {
    const head = g
      ? `POST /graphql HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\nauthorization: Bearer ${g.token}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`
      : r
        ? `GET ${r.path} HTTP/1.1\r\nhost: ${url.host}\r\nauthorization: Bearer ${r.token}\r\n\r\n`
        : `GET /health HTTP/1.1\r\nhost: ${url.host}\r\n\r\n`;
    const connections = await Promise.all(Array.from({ length: CLIENTS }, () => rawConnection(url, Buffer.from(head + body))));
    sends = connections.map((c) => c.send);
    close = () => connections.forEach((c) => c.close());
  }
  const latencies: number[] = [];
  let checked: Buffer = Buffer.alloc(0);
  let next = 0;
  const client = async (send: Send) => {
    while (next < REQUESTS) {
      next++;
      const started = performance.now();
      const answer = await send();
      latencies.push(performance.now() - started);
      if (answer.body.equals(checked)) continue;
      const json = JSON.parse(answer.body.toString()) as { data?: Record<string, unknown[]>; errors?: unknown };
      if (answer.status !== 200 || json.errors) throw new Error(`request failed: ${answer.status} ${JSON.stringify(json.errors)}`);
      if (g && json.data?.[g.field]?.length !== g.rows) throw new Error(`${g.field}: expected ${g.rows} rows`);
      if (r && (json as unknown as unknown[]).length !== r.rows) throw new Error(`${r.path}: expected ${r.rows} rows`);
      checked = answer.body;
    }
  };
  const started = performance.now();
  const elu = performance.eventLoopUtilization();
  await Promise.all(sends.map(client));
  const elapsedMs = performance.now() - started;
  const clientBusy = performance.eventLoopUtilization(elu).utilization;
  await close();
  return { latencies, elapsedMs, bytes: checked.length, clientBusy };
}

/** The clients run in a worker thread, so they do not share the server's event loop. */
function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The worker loads this file again through tsx's loader (workers do not inherit it).
    const entry = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(entry, { eval: true, workerData: job, argv: process.argv.slice(2) });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** How long the server's request handler took for each request (in → last byte handed to the kernel). */
const serverSide: { recording: boolean; ms: number[] } = { recording: false, ms: [] };

interface Measured {
  api: Stats;
  server: Stats;
  /** Share of the time the server's and the clients' event loops were busy. */
  serverBusy: number;
  clientBusy: number;
  bytes: number;
  /** The p95 of every round, lowest first. */
  p95s: number[];
}

/** ROUNDS measured loads; the round with the median p95 is reported, with the server's side of it. */
async function measure(job: LoadJob, profile: string): Promise<Measured> {
  const rounds: Measured[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    serverSide.ms = [];
    serverSide.recording = true;
    // Includes the worker's start (tens of ms): the server's share is if anything overstated.
    const elu = performance.eventLoopUtilization();
    const result = await (i === 0 ? profiled(profile, () => load(job)) : load(job));
    const serverBusy = performance.eventLoopUtilization(elu).utilization;
    serverSide.recording = false;
    rounds.push({
      api: summarise(result.latencies, result.elapsedMs),
      server: summarise(serverSide.ms, result.elapsedMs),
      serverBusy,
      clientBusy: result.clientBusy,
      bytes: result.bytes,
      p95s: [],
    });
  }
  rounds.sort((a, b) => a.api.p95 - b.api.p95);
  return { ...rounds[Math.floor(rounds.length / 2)]!, p95s: rounds.map((r) => r.api.p95) };
}

/** The statements straight on SQLite, one after the other (SQLite runs one at a time anyway). */
function floor(sqlite: Database.Database, sqls: Prisma.Sql[], runs: number): Stats {
  const statements = sqls.map((sql) => ({ statement: sqlite.prepare(sql.sql), values: sql.values }));
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    for (const { statement, values } of statements) statement.all(...values);
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
    const response = await pool.request({
      path: '/graphql',
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    await response.body.text();
    latencies.push(performance.now() - started);
  }
  return summarise(
    latencies,
    latencies.reduce((a, b) => a + b, 0),
  );
}

/** Runs `fn` under the CPU profiler of this (the server's) thread when --profile is given. */
async function profiled<T>(file: string, fn: () => Promise<T>): Promise<T> {
  if (!opts.profile) return fn();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}

/** The server's share: its handler's latency, and what part of the clients' mean latency is spent elsewhere. */
const fmtServer = (m: Measured) =>
  `p50 ${m.server.p50.toFixed(2).padStart(6)} ms   p95 ${m.server.p95.toFixed(2).padStart(6)} ms   (request handler; ${(100 * (1 - m.server.mean / m.api.mean)).toFixed(0)}% of the mean latency is spent outside it)\n` +
  `  event loops     server busy ${(100 * m.serverBusy).toFixed(0)}%, clients busy ${(100 * m.clientBusy).toFixed(0)}% of the time; the rest of the latency is loopback and waiting for a CPU`;

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

/** Reads one answer as it streams, counting lines: time to its first byte and to its last. */
async function streamed(pool: Pool, request: { path: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string }) {
  const started = performance.now();
  const response = await pool.request(request);
  let bytes = 0;
  let lines = 0;
  let firstByteMs = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    if (bytes === 0) firstByteMs = performance.now() - started;
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  }
  const ms = performance.now() - started;
  if (response.statusCode !== 200) throw new Error(`${request.path}: ${response.statusCode}`);
  return { ms, firstByteMs, bytes, lines };
}

/**
 * The year of contributions for every community exported whole: CSV (streamed, read a month at a
 * time), beside the same rows as REST JSON and as the GraphQL query (both built whole), each the
 * first request after a commit (nothing cached), median of ROUNDS.
 */
async function csvExports(prisma: Db, url: string, token: string, sqlite: Database.Database, orgIds: number[]) {
  const pool = new Pool(url, { connections: 1 });
  const rows = COMMUNITIES * DAYS;
  const query = `from=${FIRST_DAY}&to=${LAST_DAY}&granularity=DAY`;
  const graphqlBody = JSON.stringify({
    query: `query Year($from: Date!, $to: Date!) { contributions(from: $from, to: $to, granularity: DAY) { start organization { alias } seen capped evaluated warninglistFalsePositives reputationFalsePositives falsePositives confirmedMalicious unknown unchecked valid qualityRatio days daysCovered coverage } }`,
    variables: { from: FIRST_DAY, to: LAST_DAY },
  });
  const auth = { authorization: `Bearer ${token}` };
  const kinds = [
    { name: 'CSV, GET /api/contributions.csv (streamed)', run: () => streamed(pool, { path: `/api/contributions.csv?${query}`, method: 'GET', headers: auth }), expectLines: rows + 1 },
    { name: 'REST JSON, GET /api/contributions', run: () => streamed(pool, { path: `/api/contributions?${query}`, method: 'GET', headers: auth }), expectLines: 0 },
    {
      name: 'GraphQL contributions, same fields',
      run: () => streamed(pool, { path: '/graphql', method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: graphqlBody }),
      expectLines: 0,
    },
  ];
  console.log(`Export of a year of contributions (${rows} rows: ${COMMUNITIES} communities × ${DAYS} days), first request after a commit, one client, median of ${ROUNDS}`);
  const results: { ms: number; firstByteMs: number; bytes: number }[] = [];
  for (const kind of kinds) {
    const runs = [];
    for (let i = 0; i < ROUNDS; i++) {
      await prisma.organization.update({ where: { alias: 'community-000' }, data: { mispOrgName: `export ${i}` } });
      const run = await kind.run();
      if (kind.expectLines && run.lines !== kind.expectLines) throw new Error(`${kind.name}: ${run.lines} lines, expected ${kind.expectLines}`);
      runs.push(run);
    }
    runs.sort((a, b) => a.ms - b.ms);
    const median = runs[Math.floor(runs.length / 2)]!;
    results.push(median);
    console.log(
      `  ${kind.name.padEnd(44)} ${(median.ms / 1000).toFixed(2).padStart(6)} s   ${Math.round(rows / (median.ms / 1000))
        .toLocaleString('en')
        .padStart(8)} rows/s   ${(median.bytes / 1048576).toFixed(1).padStart(5)} MB   first byte after ${(median.firstByteMs / 1000).toFixed(2)} s`,
    );
  }
  const [csv, json, graphql] = results as unknown as [{ ms: number }, { ms: number }, { ms: number }];
  // The floor: the year's rows read straight from SQLite, the statement the export runs a slice at a time.
  const year = floor(sqlite, [seriesSql({ from: FIRST_DAY, to: LAST_DAY, granularity: 'DAY', organizationIds: orgIds })], ROUNDS);
  console.log(
    `  SQLite floor (the year's series statement alone)  ${(year.p50 / 1000).toFixed(2).padStart(6)} s   ${Math.round(rows / (year.p50 / 1000))
      .toLocaleString('en')
      .padStart(8)} rows/s; the CSV export takes ${(csv.ms / year.p50).toFixed(2)}× its time`,
  );
  console.log(
    `  CSV throughput ÷ GraphQL's: ${(graphql.ms / csv.ms).toFixed(2)}×, ÷ REST JSON's: ${(json.ms / csv.ms).toFixed(2)}× (CSV streams from its first slice; JSON and GraphQL answer once the whole year is built)\n`,
  );
  await pool.close();
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'mtc-bench-graphql-'));
  const path = join(dir, 'bench.db');
  const { prisma } = await openDatabase(path);
  // The export compares a whole year of 200 communities (73,000 rows) as JSON too: above the default row limit.
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_PATH: path, GRAPHQL_MAX_ROWS: '100000' });
  const yoga = createGraphQLHandler({ prisma, config, logger: silentLogger });
  const observe = (_route: string, _status: number, seconds: number) => serverSide.recording && serverSide.ms.push(seconds * 1000);
  const server = createHttpServer({ yoga, prisma, observe });
  try {
    const t = performance.now();
    const seeded = seed(path);
    console.log(
      `seeded ${seeded.rows} daily rows (${COMMUNITIES} communities × ${DAYS} days, a day at a time) and ${seeded.breakdowns} breakdown rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const { token } = await createToken(prisma, 'bench', 'READER');
    const { url } = await listen(server, 0, '127.0.0.1');
    // The floor runs block the event loop for seconds: keep idle client connections open meanwhile.
    server.keepAliveTimeout = 120_000;
    const sqlite = new Database(path, { readonly: true });
    console.log(
      `${REQUESTS} requests per round, ${ROUNDS} rounds (the median round by p95 is shown), ${CLIENTS} concurrent clients (${CLIENT === 'raw' ? 'minimal keep-alive HTTP/1.1' : 'undici'}) in a worker thread, ${url}; node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)}\n`,
    );

    await load({ url }); // warm-up
    const http = await measure({ url }, `${opts.profile}-health.cpuprofile`);
    console.log(`HTTP floor: GET /health, same clients (no GraphQL, a 15-byte answer)`);
    console.log(`  over HTTP       ${fmt(http.api)}`);
    console.log(`  server side     ${fmtServer(http)}\n`);

    const monthFrom = addDays(LAST_DAY, -30);
    const step = Math.max(1, Math.floor(COMMUNITIES / 20));
    const aliases = Array.from({ length: Math.min(20, COMMUNITIES) }, (_, i) => `community-${String(i * step).padStart(3, '0')}`);
    const seriesIds = aliases.map((a) => seeded.orgIds[Number(a.slice(-3))]!);
    const month: SeriesQuery = { from: monthFrom, to: LAST_DAY, granularity: 'DAY', organizationIds: seriesIds };
    const cases = [
      {
        name: `leaderboard, full year (${FIRST_DAY}..${LAST_DAY}), top 20`,
        query: LEADERBOARD,
        variables: { from: FIRST_DAY, to: LAST_DAY },
        field: 'leaderboard',
        rows: 20,
        sql: [totalsSql({ from: FIRST_DAY, to: LAST_DAY, rankBy: 'QUALITY', limit: 20 })],
        // The same leaderboard over REST, measured right after, by the same clients.
        rest: `/api/leaderboard?from=${FIRST_DAY}&to=${LAST_DAY}&limit=20`,
      },
      {
        name: `series, one month (${monthFrom}..${LAST_DAY}), DAY, 20 communities`,
        query: SERIES,
        variables: { from: monthFrom, to: LAST_DAY, organizations: aliases },
        field: 'contributions',
        rows: 31 * aliases.length,
        sql: [seriesSql(month)],
      },
      {
        name: 'same series with per-type and per-creator breakdowns',
        query: SERIES_BREAKDOWNS,
        variables: { from: monthFrom, to: LAST_DAY, organizations: aliases },
        field: 'contributions',
        rows: 31 * aliases.length,
        sql: [seriesSql(month), breakdownsSql('TYPE', month), breakdownsSql('CREATOR', month)],
      },
    ];
    for (const [n, c] of cases.entries()) {
      if (!c.name.includes(opts.only)) continue;
      const job: LoadJob = { url, graphql: { token, query: c.query, variables: c.variables, field: c.field, rows: c.rows } };
      await load(job); // warm-up: JIT, statement caches
      const api = await measure(job, `${opts.profile}-${n}.cpuprofile`);
      const pool = new Pool(url, { connections: 1 });
      const cold = await afterWrites(prisma, pool, token, c.query, c.variables);
      await pool.close();
      const raw = floor(sqlite, c.sql, Math.min(REQUESTS, 1000));
      console.log(`${c.name} (answers of ${(api.bytes / 1024).toFixed(1)} kB)`);
      console.log(`  API over HTTP   ${fmt(api.api)}   (p95 of the rounds: ${api.p95s.map((p) => p.toFixed(1)).join(', ')} ms)`);
      console.log(`  server side     ${fmtServer(api)}`);
      console.log(`  p95 / HTTP floor's p95: ${(api.api.p95 / http.api.p95).toFixed(2)}×   throughput / HTTP floor's: ${(api.api.rps / http.api.rps).toFixed(2)}×`);
      console.log(`  cold, after a write p50 ${cold.p50.toFixed(2).padStart(6)} ms   p95 ${cold.p95.toFixed(2).padStart(6)} ms   (one client; the first request after a commit computes again)`);
      console.log(`  SQLite floor    ${fmt(raw)}   (the aggregate ${c.sql.length === 1 ? 'statement' : `${c.sql.length} statements`} alone, no HTTP/GraphQL/Prisma)`);
      console.log(`  API / SQLite    ${(api.api.rps / raw.rps).toFixed(2)}× the SQLite floor's throughput; cold p50 ${(cold.p50 / raw.p50).toFixed(2)}× its p50\n`);
      if ('rest' in c && c.rest) {
        // REST answers every count of the row: compared with the GraphQL document it runs (same rows, same bytes), each measured alike.
        const route = PREPARED_ROUTES.find((r) => r.path === '/leaderboard')!;
        const sameJob: LoadJob = { url, graphql: { token, query: route.document, variables: { ...c.variables, limit: 20 }, field: c.field, rows: c.rows } };
        const restJob: LoadJob = { url, rest: { token, path: c.rest, rows: c.rows } };
        await load(sameJob);
        const same = await measure(sameJob, `${opts.profile}-${n}-graphql-rest-document.cpuprofile`);
        await load(restJob);
        const rest = await measure(restJob, `${opts.profile}-${n}-rest.cpuprofile`);
        console.log(`  the REST route's document over POST /graphql (answers of ${(same.bytes / 1024).toFixed(1)} kB)`);
        console.log(`  GraphQL         ${fmt(same.api)}   (p95 of the rounds: ${same.p95s.map((p) => p.toFixed(1)).join(', ')} ms)`);
        console.log(`  server side     ${fmtServer(same)}`);
        console.log(`  REST: GET ${c.rest} (answers of ${(rest.bytes / 1024).toFixed(1)} kB)`);
        console.log(`  REST over HTTP  ${fmt(rest.api)}   (p95 of the rounds: ${rest.p95s.map((p) => p.toFixed(1)).join(', ')} ms)`);
        console.log(`  server side     ${fmtServer(rest)}`);
        console.log(
          `  GraphQL / REST  throughput ${(same.api.rps / rest.api.rps).toFixed(2)}× (same document), ${(api.api.rps / rest.api.rps).toFixed(2)}× (the smaller query above); REST p95 ÷ GraphQL's ${(rest.api.p95 / same.api.p95).toFixed(2)}×\n`,
        );
      }
    }
    if ('CSV export'.includes(opts.only)) await csvExports(prisma, url, token, sqlite, seeded.orgIds);
    sqlite.close();
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await prisma.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMainThread) await main();
else parentPort!.postMessage(await clientLoops(workerData as LoadJob));
