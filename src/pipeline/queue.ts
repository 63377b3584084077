// The run queue lives in the PipelineRun table: it survives restarts, and one worker takes the
// oldest queued run at a time.
import type { Db } from '../db/client.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.js';
import type { PipelineRun } from '../generated/prisma/client.js';
import type { RunKind, RunTrigger } from '../generated/prisma/enums.js';
import { daysBetween, parseDay, requireEndedDay } from './days.js';

export interface RunRequest {
  kind: RunKind;
  fromDay: string;
  toDay: string;
  trigger: RunTrigger;
  dryRun: boolean;
  curate: boolean;
}

export const MAX_RUN_DAYS = 3660;

/** What the configuration says about every run, whoever queues it. */
export interface RunRules {
  timeZone: string;
  /** DRY_RUN: every run is a dry run, and says so. */
  dryRun: boolean;
  /** The clock; tests set it. */
  now?: () => Date;
}

export async function enqueueRun(prisma: Db, request: RunRequest, rules: RunRules): Promise<PipelineRun> {
  const single = request.fromDay === request.toDay;
  const fromDay = parseDay(request.fromDay, single ? 'date' : 'from');
  const toDay = parseDay(request.toDay, single ? 'date' : 'to');
  if (fromDay > toDay) throw new InvalidInputError(`The range starts (${fromDay}) after it ends (${toDay}): swap the dates.`, 'from');
  requireEndedDay(toDay, rules.timeZone, rules.now?.() ?? new Date(), single ? 'date' : 'to');
  const daysTotal = daysBetween(fromDay, toDay).length;
  if (daysTotal > MAX_RUN_DAYS) throw new InvalidInputError(`A run covers at most ${MAX_RUN_DAYS} days; split the range.`, 'to');
  return prisma.pipelineRun.create({
    data: { kind: request.kind, trigger: request.trigger, fromDay, toDay, daysTotal, dryRun: request.dryRun || rules.dryRun, curate: request.curate },
  });
}

const TERMINAL = new Set(['SUCCEEDED', 'FAILED', 'CANCELLED']);

export function isTerminal(status: string): boolean {
  return TERMINAL.has(status);
}

/** A queued run is cancelled at once; a running one stops after the day it is on. */
export async function requestCancel(prisma: Db, runId: number): Promise<PipelineRun> {
  const run = await prisma.pipelineRun.findUnique({ where: { id: runId } });
  if (!run) throw new NotFoundError(`No run has id ${runId}.`);
  if (isTerminal(run.status)) throw new ConflictError(`Run ${runId} already ended (${run.status.toLowerCase()}).`);
  const queued = await prisma.pipelineRun.updateMany({
    where: { id: runId, status: 'QUEUED' },
    data: { status: 'CANCELLED', cancelRequested: true, finishedAt: new Date(), error: 'Cancelled before it started.' },
  });
  if (queued.count === 0) await prisma.pipelineRun.update({ where: { id: runId }, data: { cancelRequested: true } });
  return prisma.pipelineRun.findUniqueOrThrow({ where: { id: runId } });
}

/** Runs left RUNNING by a process that died go back to the queue; they resume where they stopped. */
export async function requeueInterrupted(prisma: Db): Promise<number> {
  const { count } = await prisma.pipelineRun.updateMany({ where: { status: 'RUNNING' }, data: { status: 'QUEUED' } });
  return count;
}

/** Takes one particular queued run; false when another worker took it first. */
export async function claimRun(prisma: Db, runId: number): Promise<boolean> {
  const now = new Date();
  const { count } = await prisma.pipelineRun.updateMany({ where: { id: runId, status: 'QUEUED' }, data: { status: 'RUNNING', startedAt: now, heartbeatAt: now } });
  return count === 1;
}

/** Takes the oldest queued run, marking it running; null when the queue is empty. */
export async function claimNextRun(prisma: Db): Promise<PipelineRun | null> {
  for (;;) {
    const next = await prisma.pipelineRun.findFirst({ where: { status: 'QUEUED' }, orderBy: { id: 'asc' } });
    if (!next) return null;
    const now = new Date();
    const claimed = await prisma.pipelineRun.updateMany({
      where: { id: next.id, status: 'QUEUED' },
      data: { status: 'RUNNING', startedAt: next.startedAt ?? now, heartbeatAt: now },
    });
    if (claimed.count === 1) return prisma.pipelineRun.findUniqueOrThrow({ where: { id: next.id } });
  }
}
