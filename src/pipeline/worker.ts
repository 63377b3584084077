// One worker per process takes queued runs one at a time, oldest first.
import { databaseProblem } from '../db/errors.js';
import type { Logger } from '../log/logger.js';
import type { PipelineDeps } from './deps.js';
import { claimNextRun, requeueInterrupted } from './queue.js';
import { executeRun } from './run-executor.js';

export class RunWorker {
  private abort = new AbortController();
  private wakeUp: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private readonly log: Logger;

  constructor(
    private readonly deps: PipelineDeps,
    private readonly idlePollMs = 5000,
  ) {
    this.log = deps.logger.child({ component: 'worker' });
  }

  /** Puts runs a dead process left running back in the queue, then starts taking runs. */
  async start(): Promise<void> {
    const requeued = await requeueInterrupted(this.deps.prisma);
    if (requeued > 0) this.log.warn({ requeued }, 'resuming runs interrupted by a restart');
    this.loop = this.run();
  }

  /** Tells an idle worker to look at the queue now. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Stops after the current day; an unfinished run stays queued and resumes at the next start. */
  async stop(): Promise<void> {
    this.abort.abort();
    this.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.abort.signal.aborted) {
      const run = await claimNextRun(this.deps.prisma).catch((error: unknown) => {
        this.log.error({ err: error instanceof Error ? error.message : error }, 'cannot read the run queue');
        return null;
      });
      if (run) {
        this.log.info({ run: run.id, from: run.fromDay, to: run.toDay, kind: run.kind }, 'run started');
        try {
          await executeRun(this.deps, run, { signal: this.abort.signal });
        } catch (error) {
          // Not even the failure could be recorded (the database refused the write): the run stays
          // running, is resumed at the next start, and this worker goes on with the queue.
          const err = databaseProblem(error) ?? (error instanceof Error ? error.message : String(error));
          this.log.error({ run: run.id, err }, 'run stopped and its state could not be saved; it resumes at the next start');
        }
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.idlePollMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }
}
