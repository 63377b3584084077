import type { Clock } from './clock.js';

/**
 * Requests per minute as a token bucket that holds one token, refilled every 60 000 / N ms: requests
 * are spaced evenly, so any 60-second window holds at most N of them. Callers are served in the
 * order they asked, which keeps the lookup service's priority order.
 */
export class RateLimiter {
  private readonly intervalMs: number;
  private nextAt = Number.NEGATIVE_INFINITY;
  private queue: Promise<void> = Promise.resolve();

  /** `requestsPerMinute` 0 means no limit. */
  constructor(
    requestsPerMinute: number,
    private readonly clock: Clock,
  ) {
    this.intervalMs = requestsPerMinute > 0 ? 60_000 / requestsPerMinute : 0;
  }

  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(async () => {
      const wait = this.nextAt - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait, signal);
      this.nextAt = Math.max(this.clock.now(), this.nextAt) + this.intervalMs;
    });
    // A caller that gave up (aborted) must not block the ones behind it.
    this.queue = turn.catch(() => undefined);
    return turn;
  }
}
