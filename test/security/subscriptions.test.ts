// Finding 5: live-progress subscriptions were unlimited, each polling the database every 500 ms:
// 1,000 on one reader token slowed /health to 2 s. Now a token holds at most 20 streams (500 in
// all), and the followers of one run share one poller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.js';
import type { Server } from 'node:http';
import { createGraphQLHandler, progressHubOf, type Yoga } from '../../src/graphql/yoga.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { silentLogger } from '../../src/log/logger.js';
import { countQueries } from '../helpers/query-count.js';
import { sseEvents } from '../helpers/sse.js';
import { queueServices } from '../graphql/services.js';
import { healthWhile, inLanes, securityWorld, type SecurityWorld } from './harness.js';

const PROGRESS = 'subscription($id: ID!) { pipelineRunProgress(id: $id) { id status progress { daysDone } } }';

interface ProgressEvent {
  data?: { pipelineRunProgress: { status: string; progress: { daysDone: number } } };
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

interface Stream {
  /** The next event: its payload, or null once the stream completes. */
  next(): Promise<ProgressEvent | null>;
  close(): Promise<void>;
}

/** Over HTTP when given the server's URL (as browsers connect), else in-process. */
async function subscribe(yoga: Yoga, id: number, token: string, url?: string): Promise<Stream> {
  const controller = new AbortController();
  const send = url ? (init: RequestInit) => fetch(`${url}/graphql`, init) : (init: RequestInit) => yoga.fetch('http://localhost/graphql', init);
  const response = await send({
    method: 'POST',
    signal: controller.signal,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: PROGRESS, variables: { id: String(id) } }),
  });
  const events = sseEvents<ProgressEvent>(response);
  return {
    next: () => events.next(),
    async close() {
      await events.cancel();
      controller.abort();
    },
  };
}

/** Waits until `check` holds, checking each time the event loop turns (no fixed sleeps). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
}

describe('progress subscriptions', () => {
  let w: SecurityWorld;
  let yoga: Yoga;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    w = await securityWorld();
    yoga = createGraphQLHandler({ prisma: w.db.prisma, config: w.config, logger: silentLogger, services: queueServices(w.db.prisma), progressLimits: { pollMs: 50, perToken: 20, total: 45 } });
    server = createHttpServer({ yoga, prisma: w.db.prisma });
    url = (await listen(server, 0, '127.0.0.1')).url;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
    await w?.close();
  });

  const running = () => w.db.prisma.pipelineRun.create({ data: { kind: 'BACKFILL', trigger: 'API', status: 'RUNNING', fromDay: '2026-01-01', toDay: '2026-01-03', daysTotal: 3 } });

  it("refuses a token's subscriptions beyond 20 (1,000 asked for), keeping /health fast, and one poller serves them all", async () => {
    const run = await running();
    const hub = progressHubOf(yoga)!;
    // Twenty at a time, as a browser's connections would arrive.
    const attempts = inLanes(1000, 20, async () => {
      const s = await subscribe(yoga, run.id, w.api.readerToken, url);
      const first = await s.next();
      // A refused stream ends after its error; read it to the end, as a browser would.
      if (first?.errors) while ((await s.next()) !== null);
      return { s, first };
    });
    const connecting = await healthWhile(w.port, attempts);
    const results = await attempts;
    const open = results.filter((r) => r.first?.data);
    const refused = results.filter((r) => r.first?.errors);
    expect(open).toHaveLength(20);
    expect(refused).toHaveLength(980);
    expect(refused[0]!.first!.errors![0]!.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(refused[0]!.first!.errors![0]!.message).toMatch(/already follows 20 runs, the most one token may \(20\)/);
    expect(hub.stats()).toEqual({ streams: 20, pollers: 1 });

    // Twenty followers, one read per tick: ten ticks are about ten statements, not two hundred.
    const reads = hub.reads;
    const ticks = countQueries(w.db.prisma, () => until(() => hub.reads >= reads + 10));
    const steady = await healthWhile(w.port, ticks);
    const { count } = await ticks;
    expect(count).toBeLessThanOrEqual(12);
    console.log(
      `[subscriptions] 1,000 asked on one reader token: ${open.length} open, ${refused.length} refused; ${count} statements for 10 poll ticks with 20 followers (was one per follower per tick); ` +
        `/health while the 1,000 connected: max ${connecting.max.toFixed(1)} ms, median ${connecting.median.toFixed(1)} ms (${connecting.samples} samples; was 10 s); ` +
        `while the 20 streams run: max ${steady.max.toFixed(1)} ms, median ${steady.median.toFixed(1)} ms (${steady.samples} samples; was 2 s)`,
    );

    // Every follower sees the change and the end.
    await w.db.prisma.pipelineRun.update({ where: { id: run.id }, data: { daysDone: 3, status: 'SUCCEEDED' } });
    for (const { s } of open) {
      let last = await s.next();
      while (last && last.data!.pipelineRunProgress.status !== 'SUCCEEDED') last = await s.next();
      expect(last?.data?.pipelineRunProgress.progress.daysDone).toBe(3);
      expect(await s.next()).toBeNull();
    }
    await until(() => hub.stats().streams === 0);
    expect(hub.stats()).toEqual({ streams: 0, pollers: 0 });
  }, 180_000);

  it('caps the streams of all tokens together, and frees a slot when a stream closes', async () => {
    const run = await running();
    const hub = progressHubOf(yoga)!;
    const tokens = await Promise.all(['r1', 'r2', 'r3'].map(async (name) => (await createToken(w.db.prisma, name, 'READER')).token));
    const streams: Stream[] = [];
    for (const token of tokens) for (let i = 0; i < 15; i++) streams.push(await subscribe(yoga, run.id, token));
    for (const s of streams) expect((await s.next())?.data).toBeDefined();
    const over = await subscribe(yoga, run.id, w.api.readerToken);
    expect((await over.next())?.errors?.[0]?.message).toMatch(/already serves 45 progress streams/);
    await streams[0]!.close();
    await until(() => hub.stats().streams === 44);
    const again = await subscribe(yoga, run.id, w.api.readerToken);
    expect((await again.next())?.data).toBeDefined();
    await Promise.all([...streams.slice(1), again].map((s) => s.close()));
    await until(() => hub.stats().streams === 0);
    await until(() => hub.stats().pollers === 0);
  });
});
