/** Retry policy: exponential backoff with full jitter, bounded in attempts and in total time. */

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Give up rather than start a wait that would end past this budget (from the first attempt). */
  maxTotalMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxTotalMs: 120_000 };

/** Full jitter: uniform in [0, min(max, base * 2^(attempt-1))]. `attempt` is 1 after the first failure. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Delay before the next attempt, or `undefined` when the budget (attempts or total time) is spent.
 * `atLeastMs` is a server hint (X-Rate-Limit-Reset) that the wait must honour.
 */
export function nextDelay(policy: RetryPolicy, attempt: number, elapsedMs: number, atLeastMs = 0): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const delay = Math.max(atLeastMs, backoffDelay(policy, attempt));
  if (elapsedMs + delay > policy.maxTotalMs) return undefined;
  return delay;
}

/** `X-Rate-Limit-Reset` is the number of seconds until the window resets. */
export function rateLimitResetMs(header: string | string[] | undefined): number {
  const raw = Array.isArray(header) ? header[0] : header;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}
