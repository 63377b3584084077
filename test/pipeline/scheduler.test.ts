// The daily schedule and the catch-up at start, on a clock the test moves.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/log/logger.js';
import { catchUp, firstStart, missedDays, startSchedule } from '../../src/pipeline/index.js';
import { tempDb, type TempDb } from '../helpers/db.js';

const logger = () => {
  const lines: { level: string; msg: string }[] = [];
  const child = silentLogger.child({});
  for (const level of ['info', 'warn', 'error'] as const) {
    vi.spyOn(child, level).mockImplementation((...args: unknown[]) => lines.push({ level, msg: String(args.find((a) => typeof a === 'string')) }));
  }
  return { child, lines };
};

describe('the daily schedule', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires at midnight in TIME_ZONE and queues the day that just ended', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-03-10T22:59:00Z')); // 23:59 in Madrid
    const queued: string[] = [];
    const { child } = logger();
    const schedule = startSchedule({ schedule: '0 0 * * *', timeZone: 'Europe/Madrid' }, { enqueue: async (day) => queued.push(day), logger: child, onQueued: () => undefined })!;
    expect(schedule.nextRun()?.toISOString()).toBe('2026-03-10T23:00:00.000Z');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(queued).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(queued).toEqual(['2026-03-10']);
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(queued).toEqual(['2026-03-10', '2026-03-11']);
    schedule.stop();
  });

  it('survives a failed enqueue: logs it, counts it, and queues the day on a retry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-03-10T23:59:59Z'));
    const queued: string[] = [];
    let failures = 0;
    let attempts = 0;
    const { child, lines } = logger();
    const schedule = startSchedule(
      { schedule: '0 0 * * *', timeZone: 'UTC' },
      {
        enqueue: async (day) => {
          if (++attempts <= 2) throw new Error('The database is busy: another process held its write lock.');
          queued.push(day);
        },
        logger: child,
        onQueued: () => undefined,
        onFailure: () => failures++,
        retryDelayMs: 30_000,
      },
    )!;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(failures).toBe(1);
    expect(lines.filter((l) => l.level === 'error')[0]?.msg).toMatch(/could not be queued; trying again shortly/);
    expect(queued).toEqual([]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(failures).toBe(2);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(queued).toEqual(['2026-03-10']);
    // The schedule goes on: the next midnight queues the next day.
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(queued).toEqual(['2026-03-10', '2026-03-11']);
    schedule.stop();
  });

  it('keeps a day that failed until midnight, and queues both days at the next tick', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-03-10T23:59:59Z'));
    const queued: string[] = [];
    let down = true;
    const schedule = startSchedule(
      { schedule: '0 0 * * *', timeZone: 'UTC' },
      {
        enqueue: async (day) => {
          if (down) throw new Error('disk full');
          queued.push(day);
        },
        logger: logger().child,
        onQueued: () => undefined,
        retryDelayMs: 3_600_000,
      },
    )!;
    await vi.advanceTimersByTimeAsync(23 * 3600_000);
    down = false;
    await vi.advanceTimersByTimeAsync(3600_000 + 2_000);
    expect(queued).toEqual(['2026-03-10', '2026-03-11']);
    schedule.stop();
  });
});

describe('catch-up at start', () => {
  let db: TempDb;
  beforeAll(async () => {
    db = await tempDb();
  });
  afterAll(() => db.close());
  afterEach(async () => {
    await db.prisma.pipelineRun.deleteMany();
    await db.prisma.serviceState.deleteMany();
  });

  const options = (catchUpDays: number) => ({ schedule: '0 0 * * *', timeZone: 'UTC', catchUpDays, dryRun: false });

  it('finds the days missed during a downtime, bounded by CATCH_UP_DAYS', async () => {
    await firstStart(db.prisma, new Date('2026-01-01T00:00:00Z'));
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-05']) {
      await db.prisma.pipelineRun.create({ data: { kind: 'DAILY', trigger: 'SCHEDULE', fromDay: day, toDay: day, daysTotal: 1, status: 'SUCCEEDED' } });
    }
    const now = new Date('2026-03-08T09:00:00Z');
    expect(await missedDays(db.prisma, options(7), now)).toEqual(['2026-03-03', '2026-03-04', '2026-03-06', '2026-03-07']);
    expect(await missedDays(db.prisma, options(2), now)).toEqual(['2026-03-06', '2026-03-07']);
    expect(await missedDays(db.prisma, options(0), now)).toEqual([]);
    expect(await catchUp(db.prisma, options(7), silentLogger, now)).toBe(2);
    const runs = await db.prisma.pipelineRun.findMany({ where: { trigger: 'CATCH_UP' }, orderBy: { id: 'asc' } });
    expect(runs.map((r) => [r.fromDay, r.toDay, r.curate])).toEqual([
      ['2026-03-03', '2026-03-04', true],
      ['2026-03-06', '2026-03-07', true],
    ]);
    // A second start finds nothing more to do.
    expect(await catchUp(db.prisma, options(7), silentLogger, now)).toBe(0);
  });

  it('on the first start, counts the past days without curating them', async () => {
    const now = new Date('2026-03-08T09:00:00Z');
    expect(await catchUp(db.prisma, options(7), silentLogger, now)).toBe(1);
    const runs = await db.prisma.pipelineRun.findMany();
    expect(runs.map((r) => [r.fromDay, r.toDay, r.trigger, r.curate])).toEqual([['2026-03-01', '2026-03-07', 'CATCH_UP', false]]);
    expect((await db.prisma.serviceState.findUniqueOrThrow({ where: { id: 1 } })).firstStartedAt.toISOString()).toBe(now.toISOString());
  });

  it('after a downtime, curates only the days that ended after the first start', async () => {
    await firstStart(db.prisma, new Date('2026-03-04T12:00:00Z'));
    // Recorded once: a later start does not move it.
    expect((await firstStart(db.prisma, new Date('2026-03-06T00:00:00Z'))).toISOString()).toBe('2026-03-04T12:00:00.000Z');
    await catchUp(db.prisma, options(7), silentLogger, new Date('2026-03-08T09:00:00Z'));
    const runs = await db.prisma.pipelineRun.findMany({ orderBy: { id: 'asc' } });
    expect(runs.map((r) => [r.fromDay, r.toDay, r.curate])).toEqual([
      ['2026-03-01', '2026-03-03', false],
      ['2026-03-04', '2026-03-07', true],
    ]);
  });
});
