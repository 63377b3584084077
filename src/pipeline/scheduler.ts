// The daily schedule (croner, in the configured zone) and the catch-up of days missed while the
// service was down.
import { Cron } from 'croner';
import type { Db } from '../db/client.js';
import type { Logger } from '../log/logger.js';
import { addDays, daysBetween, previousDay, startOfDay } from './days.js';
import { enqueueRun } from './queue.js';

export interface ScheduleOptions {
  schedule: string;
  timeZone: string;
  catchUpDays: number;
  /** DRY_RUN: the runs queued here are dry runs too. */
  dryRun: boolean;
}

/** The first start of the service on this database, recorded the first time it is asked for. */
export async function firstStart(prisma: Db, now = new Date()): Promise<Date> {
  const row = await prisma.serviceState.upsert({ where: { id: 1 }, create: { id: 1, firstStartedAt: now }, update: {} });
  return row.firstStartedAt;
}

/** Days of the last `catchUpDays` up to yesterday that no successful or pending run covers. */
export async function missedDays(prisma: Db, options: ScheduleOptions, now = new Date()): Promise<string[]> {
  if (options.catchUpDays === 0) return [];
  const yesterday = previousDay(now, options.timeZone);
  const first = addDays(yesterday, 1 - options.catchUpDays);
  const runs = await prisma.pipelineRun.findMany({
    where: { status: { in: ['SUCCEEDED', 'QUEUED', 'RUNNING'] }, toDay: { gte: first }, fromDay: { lte: yesterday } },
    select: { fromDay: true, toDay: true },
  });
  const covered = new Set(runs.flatMap((r) => daysBetween(r.fromDay, r.toDay)));
  return daysBetween(first, yesterday).filter((d) => !covered.has(d));
}

/**
 * Queues one catch-up run per stretch of consecutive missed days. A day that ended before the
 * service's first start is counted only, never curated: on a new installation the admin sees the
 * counts before anything in MISP is changed.
 */
export async function catchUp(prisma: Db, options: ScheduleOptions, logger: Logger, now = new Date()): Promise<number> {
  const started = (await firstStart(prisma, now)).getTime();
  const missed = await missedDays(prisma, options, now);
  const curate = (day: string) => startOfDay(addDays(day, 1), options.timeZone) > started;
  let queued = 0;
  for (let i = 0; i < missed.length;) {
    let j = i;
    while (j + 1 < missed.length && missed[j + 1] === addDays(missed[j]!, 1) && curate(missed[j + 1]!) === curate(missed[i]!)) j++;
    await enqueueRun(prisma, { kind: 'BACKFILL', fromDay: missed[i]!, toDay: missed[j]!, trigger: 'CATCH_UP', dryRun: false, curate: curate(missed[i]!) }, { ...options, now: () => now });
    queued++;
    i = j + 1;
  }
  if (missed.length > 0) {
    const countedOnly = missed.filter((d) => !curate(d));
    logger.info({ days: missed, countedOnly }, 'queued days missed while the service was down; days that ended before the first start are counted, not curated');
  }
  return queued;
}

export interface ScheduleHooks {
  /** Queues the run of one day. */
  enqueue(day: string): Promise<unknown>;
  logger: Logger;
  /** After a run was queued. */
  onQueued(): void;
  /** After an attempt to queue failed (a metric counts them). */
  onFailure?(): void;
  /** The clock; tests set it. */
  now?: () => Date;
  /** A failed attempt is tried again after this long, until the next tick takes over. Default one minute. */
  retryDelayMs?: number;
}

export interface DailySchedule {
  nextRun(): Date | null;
  stop(): void;
}

/**
 * Starts the daily job; returns null when no schedule is configured. A failed attempt to queue the
 * day (the database busy at midnight) never ends the process: it is logged, counted, and tried
 * again shortly after, and at every tick, until the day is queued.
 */
export function startSchedule(options: Pick<ScheduleOptions, 'schedule' | 'timeZone'>, hooks: ScheduleHooks): DailySchedule | null {
  if (options.schedule.trim() === '') return null;
  const now = hooks.now ?? (() => new Date());
  const retryDelayMs = hooks.retryDelayMs ?? 60_000;
  /** Days due and not queued yet, oldest first. */
  const pending: string[] = [];
  let retry: NodeJS.Timeout | null = null;
  let stopped = false;

  let flushing: Promise<void> | null = null;
  // One flush at a time: a retry and a tick never queue the same day twice.
  const flush = (): Promise<void> => (flushing ??= drain().finally(() => (flushing = null)));
  const drain = async (): Promise<void> => {
    if (retry) clearTimeout(retry);
    retry = null;
    while (pending.length > 0) {
      const day = pending[0]!;
      try {
        await hooks.enqueue(day);
      } catch (error) {
        hooks.onFailure?.();
        const message = error instanceof Error ? error.message : String(error);
        hooks.logger.error({ day, err: message, retryInMs: retryDelayMs }, 'the scheduled run could not be queued; trying again shortly');
        if (!stopped) {
          retry = setTimeout(() => void flush(), retryDelayMs);
          retry.unref();
        }
        return;
      }
      pending.shift();
      hooks.logger.info({ day }, 'scheduled run queued');
      hooks.onQueued();
    }
  };

  const job = new Cron(options.schedule, { timezone: options.timeZone, protect: true, name: 'daily-run' }, async () => {
    const day = previousDay(now(), options.timeZone);
    if (!pending.includes(day)) pending.push(day);
    await flush();
  });
  return {
    nextRun: () => job.nextRun(),
    stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      job.stop();
    },
  };
}
