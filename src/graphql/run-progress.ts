// Live progress of runs for the pipelineRunProgress subscription. However many clients follow a
// run, one poller reads it (every PROGRESS_POLL_MS) and hands each change to all of them; and how
// many streams are open is capped, per token and in all, since each holds a connection and memory.
// Without this, a thousand subscriptions on one reader token each polled the database twice a
// second and slowed /health to seconds.
import { GraphQLError } from 'graphql';
import { Repeater, SlidingBuffer } from 'graphql-yoga';
import type { Db } from '../db/client.js';
import type { PipelineRun } from '../generated/prisma/client.js';
import { isTerminal } from '../pipeline/queue.js';

export interface ProgressLimits {
  /** How often a followed run is re-read. */
  pollMs: number;
  /** Streams one token (or all anonymous requests together) may hold open. */
  perToken: number;
  /** Streams open in all. */
  total: number;
}

export const DEFAULT_PROGRESS_LIMITS: ProgressLimits = { pollMs: 500, perToken: 20, total: 500 };

type Listener = (run: PipelineRun | null) => void;

interface Poller {
  last: PipelineRun;
  listeners: Set<Listener>;
  timer: NodeJS.Timeout | null;
}

export class RunProgressHub {
  private readonly pollers = new Map<number, Poller>();
  private readonly open = new Map<string, number>();
  private total = 0;
  /** Database reads made by the pollers (for tests and diagnostics). */
  reads = 0;

  constructor(
    private readonly prisma: Db,
    readonly limits: ProgressLimits = DEFAULT_PROGRESS_LIMITS,
  ) {}

  /** Streams open now, and runs being polled. */
  stats(): { streams: number; pollers: number } {
    return { streams: this.total, pollers: this.pollers.size };
  }

  /**
   * A stream of `first` and each later state of its run, ending with the run. Throws a GraphQL
   * error when `holder` (a token, or anonymous) or the whole server has as many streams open as allowed.
   */
  follow(holder: string, first: PipelineRun): AsyncIterable<PipelineRun> {
    const held = this.open.get(holder) ?? 0;
    if (held >= this.limits.perToken) {
      throw tooMany(`This token already follows ${held} runs, the most one token may (${this.limits.perToken}). Close a progress stream (or reuse one per run) before opening another.`);
    }
    if (this.total >= this.limits.total) {
      throw tooMany(`The server already serves ${this.total} progress streams, the most it holds. Try again later, or read pipelineRun(id) instead of subscribing.`);
    }
    this.open.set(holder, held + 1);
    this.total++;
    return new Repeater<PipelineRun>(async (push, stop) => {
      let sent = '';
      const deliver: Listener = (run) => {
        if (!run) return stop();
        const state = JSON.stringify(run);
        if (state !== sent) {
          sent = state;
          void push(run).catch(() => undefined);
        }
        if (isTerminal(run.status)) stop();
      };
      const poller = this.pollerFor(first);
      deliver(poller.last);
      if (!isTerminal(poller.last.status)) {
        poller.listeners.add(deliver);
        this.schedule(first.id, poller);
      }
      await stop;
      poller.listeners.delete(deliver);
      this.release(holder);
    }, new SlidingBuffer(1));
  }

  private release(holder: string): void {
    const held = (this.open.get(holder) ?? 1) - 1;
    if (held === 0) this.open.delete(holder);
    else this.open.set(holder, held);
    this.total--;
  }

  private pollerFor(first: PipelineRun): Poller {
    let poller = this.pollers.get(first.id);
    if (!poller) {
      poller = { last: first, listeners: new Set(), timer: null };
      this.pollers.set(first.id, poller);
    }
    return poller;
  }

  private schedule(id: number, poller: Poller): void {
    if (poller.timer) return;
    poller.timer = setTimeout(() => {
      poller.timer = null;
      if (poller.listeners.size === 0) return void this.forget(id, poller);
      this.reads++;
      this.prisma.pipelineRun.findUnique({ where: { id } }).then(
        (run) => {
          if (run) poller.last = run;
          for (const listener of [...poller.listeners]) listener(run);
          // A run row is never deleted while followed; if it is, the streams just end.
          if (!run || isTerminal(run.status) || poller.listeners.size === 0) this.forget(id, poller);
          else this.schedule(id, poller);
        },
        // A read that failed (the database busy) is retried at the next tick.
        () => this.schedule(id, poller),
      );
    }, this.limits.pollMs);
    poller.timer.unref();
  }

  private forget(id: number, poller: Poller): void {
    if (poller.timer) clearTimeout(poller.timer);
    poller.timer = null;
    if (this.pollers.get(id) === poller) this.pollers.delete(id);
  }
}

function tooMany(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } });
}
