// The database refusing writes while a day is written or a mutation is made: another process
// holding the write lock (BEGIN IMMEDIATE on a second connection), and a full disk (SQLITE_FULL,
// simulated with PRAGMA max_page_count on the service's own connection: the limit is per
// connection, so setting it on a second one would not stop the service's writes).
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import type { ReputationService } from '../../src/reputation/index.js';
import { graphqlHarness } from '../helpers/graphql.js';
import { runNow } from '../pipeline/helpers.js';
import { createApiServices } from '../../src/pipeline/api-services.js';
import { enqueueRun, RunWorker } from '../../src/pipeline/index.js';
import { withWorld, type FaultWorld, type FaultWorldOptions } from './fault-harness.js';
import { dayState, EMPTY_DAY, expectConsistent, expectSameOutcome, outcomeOf, type RunOutcome } from './outcome.js';

const DAY = '2026-07-01';
const BUSY_TIMEOUT_MS = 300;
const WORLD: FaultWorldOptions = {
  sim: { seed: 53, communities: 3, creatorsPerCommunity: 1, startDate: DAY, days: 1, perDay: 200, maxEventSize: 20, falsePositiveShare: 0.15 },
  register: [1, 2, 3],
  env: { OPENTIP_KEY: '' },
  busyTimeoutMs: BUSY_TIMEOUT_MS,
};
const world = <T>(body: (w: FaultWorld) => Promise<T>) => withWorld(WORLD, body);

/**
 * Another process takes the write lock of the database file and keeps it until `release()`, or
 * for `ms` milliseconds of its own when given (the service's connection waits for the lock
 * synchronously, blocking this thread: only a holder on another thread can let go meanwhile).
 */
async function holdWriteLock(path: string, ms?: number): Promise<{ release(): Promise<void>; released: Promise<void> }> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const db = new (require('better-sqlite3'))(workerData.path);
     db.exec('BEGIN IMMEDIATE');
     const release = () => { db.exec('COMMIT'); db.close(); parentPort.close(); };
     parentPort.once('message', release);
     if (workerData.ms !== undefined) setTimeout(release, workerData.ms);
     parentPort.postMessage('locked');`,
    { eval: true, workerData: { path, ms } },
  );
  await once(worker, 'message');
  const released = once(worker, 'exit').then(() => undefined);
  return {
    released,
    release: () => {
      worker.postMessage('release');
      return released;
    },
  };
}

/** A logger whose lines can be awaited: `logged(text)` resolves once a line containing it is written. */
function watchedLogger() {
  const lines: string[] = [];
  const waiting: { text: string; resolve: () => void }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const line = chunk.toString();
      lines.push(line);
      for (const w of waiting.filter((w) => line.includes(w.text))) w.resolve();
      done();
    },
  });
  return {
    logger: createLogger({ level: 'info', destination }),
    logged: (text: string) => (lines.some((l) => l.includes(text)) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ text, resolve }))),
  };
}

/** The same deps, with `hook` run once the day is classified, just before its counts are written. */
function beforeWriting(w: FaultWorld, hook: () => Promise<unknown>) {
  const service = w.deps.reputation;
  const reputation: ReputationService = Object.create(service, {
    classify: { value: (...args: Parameters<ReputationService['classify']>) => service.classify(...args).finally(hook) },
  });
  return { ...w.deps, reputation };
}

/** The service's client, with `hook` awaited before a run is marked FAILED. */
function beforeRecordingFailure(w: FaultWorld, hook: () => Promise<unknown> | undefined): FaultWorld['db']['prisma'] {
  const prisma = w.db.prisma;
  const runs = new Proxy(prisma.pipelineRun, {
    get(target, property) {
      if (property !== 'update') return Reflect.get(target, property, target) as unknown;
      return async (args: Parameters<typeof target.update>[0]) => {
        if (args.data.status === 'FAILED') await hook();
        return target.update(args);
      };
    },
  });
  return new Proxy(prisma, {
    get(target, property) {
      if (property === 'pipelineRun') return runs;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Rows per table: what a refused write must leave as it was. */
async function tableCounts(w: FaultWorld) {
  const p = w.db.prisma;
  return Promise.all([p.dailyContribution.count(), p.contributionTypeBreakdown.count(), p.contributionCreatorBreakdown.count(), p.curationLog.count(), p.syncUser.count(), p.organization.count()]);
}

describe('database busy or full', () => {
  let clean: RunOutcome;

  beforeAll(async () => {
    await world(async (w) => {
      expect((await runNow(w.deps, DAY, DAY)).run.status).toBe('SUCCEEDED');
      clean = await outcomeOf(w);
    });
    expect(clean.changed.length).toBeGreaterThan(0);
  });

  it('waits for a second writer that holds the lock for less than the busy timeout, and ends as the clean run', async () => {
    // A busy timeout far longer than the hold, so that a loaded machine cannot turn the wait into a failure.
    await withWorld({ ...WORLD, busyTimeoutMs: 30_000 }, async (w) => {
      let lock: Awaited<ReturnType<typeof holdWriteLock>> | undefined;
      const deps = beforeWriting(w, async () => (lock = await holdWriteLock(w.db.path, 100)));
      const { run } = await runNow(deps, DAY, DAY);
      expect(lock).toBeDefined();
      expect(run.status).toBe('SUCCEEDED');
      expectSameOutcome(await outcomeOf(w), clean);
      await expectConsistent(w);
    });
  });

  it('fails the run with a clear error when the lock outlasts the busy timeout, and writes nothing of the day', async () => {
    await world(async (w) => {
      let lock: Awaited<ReturnType<typeof holdWriteLock>> | undefined;
      // The lock outlasts the day's write and goes just before the failure is recorded.
      const deps = { ...beforeWriting(w, async () => (lock = await holdWriteLock(w.db.path))), prisma: beforeRecordingFailure(w, () => lock?.release()) };
      const { run } = await runNow(deps, DAY, DAY);
      expect(run.status).toBe('FAILED');
      expect(run.error).toMatch(/The database is busy: another process .* held its write lock/);
      expect(await dayState(w, DAY)).toBe(EMPTY_DAY);
      expect(w.misp.mutations).toEqual([]);
      expect((await runNow(w.deps, DAY, DAY)).run.status).toBe('SUCCEEDED');
      expectSameOutcome(await outcomeOf(w), clean);
    });
  });

  it('keeps the worker alive when the lock outlasts even the recording of the failure, and the run resumes at the next start', async () => {
    await world(async (w) => {
      let lock: Awaited<ReturnType<typeof holdWriteLock>> | undefined;
      const { logger, logged } = watchedLogger();
      const deps = {
        ...beforeWriting(w, async () => {
          lock ??= await holdWriteLock(w.db.path);
        }),
        logger,
      };
      const queued = await enqueueRun(w.db.prisma, { kind: 'DAILY', fromDay: DAY, toDay: DAY, trigger: 'CLI', dryRun: false, curate: true }, w.config);
      const worker = new RunWorker(deps, 10);
      await worker.start();
      // The lock is let go only once the worker failed to record the failure too.
      await logged('its state could not be saved');
      await lock!.release();
      // Still taking runs: a second one queued after the lock is gone is done.
      const second = await enqueueRun(w.db.prisma, { kind: 'DAILY', fromDay: DAY, toDay: DAY, trigger: 'CLI', dryRun: false, curate: false }, w.config);
      worker.wake();
      await until(async () => (await w.db.prisma.pipelineRun.findUniqueOrThrow({ where: { id: second.id } })).status === 'SUCCEEDED');
      await worker.stop();
      expect(w.misp.mutations).toEqual([]);

      const restarted = new RunWorker(w.deps, 10);
      await restarted.start();
      await until(async () => (await w.db.prisma.pipelineRun.findUniqueOrThrow({ where: { id: queued.id } })).status === 'SUCCEEDED');
      await restarted.stop();
      expectSameOutcome(await outcomeOf(w), clean);
      await expectConsistent(w);
    });
  });

  it('fails the run with a clear error when the disk is full, writes nothing of the day, and recovers once there is room', async () => {
    await world(async (w) => {
      const { prisma } = w.db;
      const [{ page_count: pages }] = await prisma.$queryRawUnsafe<[{ page_count: bigint }]>('PRAGMA page_count');
      const deps = beforeWriting(w, () => prisma.$queryRawUnsafe(`PRAGMA max_page_count = ${pages}`));
      const { run } = await runNow(deps, DAY, DAY);
      expect(run.status).toBe('FAILED');
      expect(run.error).toMatch(/the disk holding DATABASE_PATH is full/);
      expect(await dayState(w, DAY)).toBe(EMPTY_DAY);
      expect(w.misp.mutations).toEqual([]);

      await prisma.$queryRawUnsafe('PRAGMA max_page_count = 1073741823');
      expect((await runNow(w.deps, DAY, DAY)).run.status).toBe('SUCCEEDED');
      expectSameOutcome(await outcomeOf(w), clean);
      await expectConsistent(w);
    });
  });

  it('answers a mutation made while another process holds the lock with a clear error, writes nothing, and takes it once the lock is gone', async () => {
    await world(async (w) => {
      const api = await graphqlHarness(
        w.db.prisma,
        w.config,
        createApiServices(w.deps, () => undefined),
      );
      const mutation = 'mutation { addSyncUser(email: "sync@late.example", organizationAlias: "late") { __typename ... on Error { message } } }';
      // Tokens are looked up (and their last use stamped) before the lock is taken.
      expect((await api.run('{ organizations { alias } }')).errors).toBeUndefined();
      const before = await tableCounts(w);
      const lock = await holdWriteLock(w.db.path);
      const refused = await api.run(mutation);
      await lock.release();
      expect(refused.errors?.[0]?.message).toMatch(/The database is busy/);
      expect(await tableCounts(w)).toEqual(before);
      expect((await api.run(mutation)).data).toEqual({ addSyncUser: { __typename: 'MutationAddSyncUserSuccess' } });
    });
  });

  it('answers a mutation made while the disk is full with a clear error and writes nothing', async () => {
    await world(async (w) => {
      const { prisma } = w.db;
      const api = await graphqlHarness(
        prisma,
        w.config,
        createApiServices(w.deps, () => undefined),
      );
      expect((await api.run('{ organizations { alias } }')).errors).toBeUndefined();
      const before = await tableCounts(w);
      const [{ page_count: pages }] = await prisma.$queryRawUnsafe<[{ page_count: bigint }]>('PRAGMA page_count');
      await prisma.$queryRawUnsafe(`PRAGMA max_page_count = ${pages}`);
      const aliases = Array.from({ length: 40 }, (_, i) => `community-${'x'.repeat(50)}-${i}`);
      const results = [];
      for (const alias of aliases) results.push(await api.run(`mutation { addSyncUser(email: "sync@${alias.slice(-6)}.example", organizationAlias: "${alias}") { __typename } }`));
      const refused = results.find((r) => r.errors);
      expect(refused?.errors?.[0]?.message).toMatch(/the disk holding DATABASE_PATH is full/);
      await prisma.$queryRawUnsafe('PRAGMA max_page_count = 1073741823');
      const written = results.filter((r) => !r.errors).length;
      expect((await tableCounts(w))[4]).toBe(before[4] + written);
    });
  });
});
