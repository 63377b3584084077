// The daily schedule (croner, in the configured zone) and the catch-up of days missed while the
// service was down.
import { Cron } from 'croner';
import type { Db } from '../db/client.js';
import type { Logger } from '../log/logger.js';
import { addDays, daysBetween, previousDay } from './days.js';
import { enqueueRun } from './queue.js';

export interface ScheduleOptions {
  schedule: string;
  timeZone: string;
  catchUpDays: number;
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

/** Queues one catch-up run per stretch of consecutive missed days. */
export async function catchUp(prisma: Db, options: ScheduleOptions, logger: Logger, now = new Date()): Promise<number> {
  const missed = await missedDays(prisma, options, now);
  let queued = 0;
  for (let i = 0; i < missed.length; ) {
    let j = i;
    while (j + 1 < missed.length && missed[j + 1] === addDays(missed[j]!, 1)) j++;
    await enqueueRun(prisma, { kind: 'BACKFILL', fromDay: missed[i]!, toDay: missed[j]!, trigger: 'CATCH_UP', dryRun: false, curate: true });
    queued++;
    i = j + 1;
  }
  if (missed.length > 0) logger.info({ days: missed }, 'queued days missed while the service was down');
  return queued;
}

/** Starts the daily job; returns null when no schedule is configured. */
export function startSchedule(prisma: Db, options: ScheduleOptions, logger: Logger, onQueued: () => void): Cron | null {
  if (options.schedule.trim() === '') return null;
  const job = new Cron(options.schedule, { timezone: options.timeZone, protect: true, name: 'daily-run' }, async () => {
    const day = previousDay(new Date(), options.timeZone);
    await enqueueRun(prisma, { kind: 'DAILY', fromDay: day, toDay: day, trigger: 'SCHEDULE', dryRun: false, curate: true });
    logger.info({ day }, 'scheduled run queued');
    onQueued();
  });
  return job;
}
