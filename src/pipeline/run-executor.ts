// Executes one run, a day at a time. Each day commits whole; progress, cancellation and resumption
// work in whole days, so a run interrupted anywhere continues with the day it was on.
import { databaseProblem } from '../db/errors.js';
import type { PipelineRun } from '../generated/prisma/client.js';
import type { Logger } from '../log/logger.js';
import { countDay, type DayProgress } from './count-day.js';
import { executePlanned, settleUnknownOutcomes } from './curate.js';
import type { PipelineDeps } from './deps.js';
import { RunNotes } from './run-notes.js';
import { prepareRun, type RunSetup } from './run-setup.js';

export type { DayProgress } from './count-day.js';

export interface ExecuteOptions {
  /** Aborting stops the run after the current day and leaves it queued, to resume later. */
  signal?: AbortSignal;
  /** The day in progress, before it commits: attributes read so far, then OpenTIP lookups as they end. */
  onProgress?: (progress: DayProgress) => void;
}

export type RunEnd = 'succeeded' | 'failed' | 'cancelled' | 'interrupted';

export async function executeRun(deps: PipelineDeps, claimed: PipelineRun, options: ExecuteOptions = {}): Promise<RunEnd> {
  const execution = new RunExecution(deps, claimed, options);
  try {
    const setup = await prepareRun(deps, claimed, execution.notes, execution.log);
    for (let i = claimed.daysDone; i < setup.days.length; i++) {
      const run = await execution.reload();
      const stopped = await execution.stopBeforeDay(run, i);
      if (stopped) return stopped;
      await execution.runDay(setup, run, i);
    }
    return await execution.succeed();
  } catch (error) {
    return await execution.fail(error);
  }
}

/** One attempt at a run: its row, its notes, and what each step of executeRun writes to the row. */
class RunExecution {
  readonly log: Logger;
  readonly notes: RunNotes;

  constructor(
    private readonly deps: PipelineDeps,
    private readonly claimed: PipelineRun,
    private readonly options: ExecuteOptions,
  ) {
    this.log = deps.logger.child({ run: claimed.id });
    this.notes = new RunNotes(claimed.notes);
  }

  /** The run's row as it is now: a cancel may have been requested since the last day. */
  async reload(): Promise<PipelineRun> {
    return this.deps.prisma.pipelineRun.findUniqueOrThrow({ where: { id: this.claimed.id } });
  }

  /** Before day `i`: a requested cancel ends the run; an abort puts it back in the queue. Null: go on. */
  async stopBeforeDay(run: PipelineRun, i: number): Promise<'cancelled' | 'interrupted' | null> {
    const { prisma } = this.deps;
    if (run.cancelRequested) {
      await prisma.pipelineRun.update({
        where: { id: run.id },
        data: { status: 'CANCELLED', finishedAt: new Date(), currentDay: null, notes: this.notes.text() },
      });
      this.log.info({ daysDone: i }, 'run cancelled');
      return 'cancelled';
    }
    if (this.options.signal?.aborted) {
      await prisma.pipelineRun.update({ where: { id: run.id }, data: { status: 'QUEUED', notes: this.notes.text() } });
      return 'interrupted';
    }
    return null;
  }

  /** Day `i` of the run: counted (unless this run already committed it), curated, then marked done. */
  async runDay(setup: RunSetup, run: PipelineRun, i: number): Promise<void> {
    const { prisma } = this.deps;
    const { misp, curateOptions } = setup;
    const day = setup.days[i]!;
    const curates = run.curate && setup.acts;
    await prisma.pipelineRun.update({ where: { id: run.id }, data: { currentDay: day, heartbeatAt: new Date() } });
    const started = Date.now();
    if (curates) await settleUnknownOutcomes(prisma, misp, day, this.log, curateOptions);
    // The counts of a day commit with its curation plan: if this run already wrote them, only
    // the planned actions are left to do.
    const written = await prisma.dailyContribution.findFirst({ where: { day, runId: run.id }, select: { id: true } });
    if (!written) await countDay(this.deps, setup, { run, day, notes: this.notes, log: this.log, started, onProgress: this.options.onProgress });
    if (curates) {
      const outcome = await executePlanned(prisma, misp, run.id, day, this.log, curateOptions);
      if (outcome.done + outcome.failed > 0) this.log.info({ day, ...outcome }, 'day curated');
    }
    await this.markDayDone(run, i);
  }

  private async markDayDone(run: PipelineRun, i: number): Promise<void> {
    const { prisma } = this.deps;
    const [done, failed] = await Promise.all([
      prisma.curationLog.count({ where: { runId: run.id, status: { in: ['DONE', 'RESTORED'] }, action: { not: 'REPORT_ONLY' } } }),
      prisma.curationLog.count({ where: { runId: run.id, status: 'FAILED' } }),
    ]);
    await prisma.pipelineRun.update({
      where: { id: run.id },
      data: { daysDone: i + 1, curationDone: done, curationFailed: failed, heartbeatAt: new Date(), notes: this.notes.text() },
    });
  }

  async succeed(): Promise<RunEnd> {
    await this.deps.prisma.pipelineRun.update({
      where: { id: this.claimed.id },
      data: { status: 'SUCCEEDED', finishedAt: new Date(), currentDay: null, notes: this.notes.text() },
    });
    this.log.info('run succeeded');
    return 'succeeded';
  }

  async fail(error: unknown): Promise<RunEnd> {
    const message = databaseProblem(error) ?? (error instanceof Error ? error.message : `Unexpected failure: ${String(error)}`);
    await this.deps.prisma.pipelineRun.update({
      where: { id: this.claimed.id },
      data: { status: 'FAILED', finishedAt: new Date(), error: message, notes: this.notes.text() },
    });
    this.log.error({ err: message }, 'run failed');
    return 'failed';
  }
}
