import { afterEach, describe, expect, it } from 'vitest';
import { DailyBudget, OpenTipProvider, RateLimiter, ReputationService, Semaphore, type ClassifyItem, type ReputationProvider } from '../../src/reputation/index.js';
import { startOpenTipSimulator, type OpenTipSimulator } from '../../src/reputation/simulator/index.js';
import { FakeClock, SECRET_KEY, TINY_RETRY, maxInWindow, openTempDb, type TempDb } from './helpers.js';

const MINUTE = 60_000;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function harness(concurrency: number, requestsPerMinute: number, simOptions: Parameters<typeof startOpenTipSimulator>[0] = {}) {
  const db: TempDb = await openTempDb();
  const clock = new FakeClock();
  const sim: OpenTipSimulator = await startOpenTipSimulator({ apiKey: SECRET_KEY, now: () => clock.now(), ...simOptions });
  const provider = new OpenTipProvider({ baseUrl: sim.url, apiKey: SECRET_KEY, retry: TINY_RETRY }, clock);
  const service = new ReputationService({ db: db.prisma, provider, clock, options: { concurrency, requestsPerMinute, dailyBudget: 1000 } });
  cleanups.push(
    db.cleanup,
    () => sim.close(),
    () => service.close(),
  );
  return { db, clock, sim, provider, service };
}

const ips = (n: number): ClassifyItem[] => Array.from({ length: n }, (_, i) => ({ type: 'ip-dst', value: `192.0.2.${i + 1}`, toIds: true }));

describe('limits, counted at the simulator', () => {
  it('never has more lookups in flight than the concurrency', async () => {
    const { sim, service } = await harness(3, 0, { faults: { latencyMs: 40 } });
    const { stats } = await service.classify(ips(12));
    expect(stats.lookups).toBe(12);
    expect(sim.counters.requests).toBe(12);
    // Exactly 3: the limit holds, and lookups do run in parallel up to it.
    expect(sim.counters.maxInFlight).toBe(3);
  });

  it('never sends more than requestsPerMinute in any minute, retries included', async () => {
    const { sim, clock, service } = await harness(1, 10, { faults: { errorRate: 0.3, seed: 7 } });
    const start = clock.now();
    await service.classify(ips(25));
    expect(sim.faults.counters.errors).toBeGreaterThan(0);
    expect(sim.counters.requests).toBe(25 + sim.faults.counters.errors);
    expect(maxInWindow(sim.counters.timestamps, MINUTE)).toBe(10);
    // Evenly spaced: n requests take (n - 1) intervals of 6 s.
    expect(clock.now() - start).toBeGreaterThanOrEqual((sim.counters.requests - 1) * 6000);
  });

  it('the rate limit holds with several lookups in flight (stamped as each request is sent)', async () => {
    const { clock, provider, db } = await harness(4, 12);
    const sentAt: number[] = [];
    // Time-stamps the moment the request leaves, i.e. once the service's limits let it go.
    const stamping: ReputationProvider = {
      name: provider.name,
      kinds: provider.kinds,
      lookup: (kind, value, signal, beforeRequest) =>
        provider.lookup(kind, value, signal, async (s) => {
          await beforeRequest?.(s);
          sentAt.push(clock.now());
        }),
    };
    const service = new ReputationService({ db: db.prisma, provider: stamping, clock, options: { concurrency: 4, requestsPerMinute: 12 } });
    await service.classify(ips(30));
    expect(sentAt).toHaveLength(30);
    expect(maxInWindow(sentAt, MINUTE)).toBe(12);
  });
});

describe('RateLimiter', () => {
  it('spaces concurrent takers evenly, in the order they asked', async () => {
    const clock = new FakeClock(0);
    const limiter = new RateLimiter(6, clock);
    const granted: [number, number][] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limiter.take().then(() => granted.push([i, clock.now()]))));
    expect(granted).toEqual([
      [0, 0],
      [1, 10_000],
      [2, 20_000],
      [3, 30_000],
    ]);
  });

  it('does not bank idle time into a burst', async () => {
    const clock = new FakeClock(0);
    const limiter = new RateLimiter(60, clock);
    await limiter.take();
    clock.advance(10 * MINUTE);
    await limiter.take();
    await limiter.take();
    expect(clock.now()).toBe(10 * MINUTE + 1000);
  });

  it('an aborted taker does not hold up the others', async () => {
    const clock = new FakeClock(0);
    const limiter = new RateLimiter(1, clock);
    await limiter.take();
    const controller = new AbortController();
    controller.abort(new Error('gave up'));
    await expect(limiter.take(controller.signal)).rejects.toThrow('gave up');
    await limiter.take();
    expect(clock.now()).toBe(MINUTE);
  });
});

describe('Semaphore', () => {
  it('runs at most `limit` tasks at once, the waiting ones in arrival order', async () => {
    const semaphore = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) =>
        semaphore.run(async () => {
          started.push(i);
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 5));
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('frees the slot when a task throws', async () => {
    const semaphore = new Semaphore(1);
    await expect(semaphore.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await semaphore.run(async () => 'next')).toBe('next');
  });
});

describe('DailyBudget', () => {
  it('never overspends under concurrent reservations, even from two clients on one file', async () => {
    const db = await openTempDb();
    cleanups.push(db.cleanup);
    const clock = new FakeClock();
    const budgets = [new DailyBudget(db.prisma, 'opentip', 7, clock), new DailyBudget(await db.reopen(), 'opentip', 7, clock)];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => budgets[i % 2]!.reserve()));
    expect(results.filter(Boolean)).toHaveLength(7);
    expect((await budgets[0]!.usage()).lookups).toBe(7);
  });

  it('keeps budgets per provider and per UTC day', async () => {
    const db = await openTempDb();
    cleanups.push(db.cleanup);
    const clock = new FakeClock(Date.UTC(2026, 0, 15, 23, 59, 59));
    const opentip = new DailyBudget(db.prisma, 'opentip', 1, clock);
    const other = new DailyBudget(db.prisma, 'virustotal', 1, clock);
    expect([await opentip.reserve(), await opentip.reserve(), await other.reserve()]).toEqual([true, false, true]);
    clock.advance(1000);
    expect(await opentip.reserve()).toBe(true);
    expect(await opentip.usage()).toMatchObject({ day: '2026-01-16', lookups: 1 });
  });
});
