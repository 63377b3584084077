/** Bounded retries of transient failures, shared by the providers. */

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Cap of the first wait; each later wait doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = Object.freeze({ maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8000 });

/**
 * Wait after failed attempt `attempt` (1-based): exponential, with "equal jitter" (half fixed, half
 * random) so that parallel lookups failing together do not retry in lockstep.
 */
export function backoffDelay(attempt: number, retry: RetryOptions, random: () => number = Math.random): number {
  const cap = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return cap / 2 + random() * (cap / 2);
}
