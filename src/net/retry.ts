// Retries of outbound HTTP calls (MISP, OpenTIP): exponential backoff with jitter, bounded in
// attempts and in total time, and one loop that applies it.

export interface RetryPolicy {
  /** Total attempts, the first one included. */
  maxAttempts: number;
  /** Cap of the first wait; each later wait doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Give up rather than start a wait that would end past this budget (from the first attempt). */
  maxTotalMs: number;
  /**
   * `full`: uniform in [0, cap], which spreads a crowd of clients the most; `equal`: half fixed,
   * half random, so that parallel calls failing together never retry at once nor in lockstep.
   */
  jitter: 'full' | 'equal';
}

/** The wait after failed attempt `attempt` (1 after the first failure). */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return policy.jitter === 'full' ? Math.floor(random() * cap) : cap / 2 + random() * (cap / 2);
}

/**
 * Delay before the next attempt, or `undefined` when the budget (attempts or total time) is spent.
 * `atLeastMs` is a server hint (a rate limit's reset) that the wait must honour.
 */
export function nextDelay(policy: RetryPolicy, attempt: number, elapsedMs: number, atLeastMs = 0, random: () => number = Math.random): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const delay = Math.max(atLeastMs, backoffDelay(policy, attempt, random));
  if (elapsedMs + delay > policy.maxTotalMs) return undefined;
  return delay;
}

/** `X-Rate-Limit-Reset` is the number of seconds until the window resets. */
export function rateLimitResetMs(header: string | string[] | undefined): number {
  const raw = Array.isArray(header) ? header[0] : header;
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/** What one attempt came to: a value, or a failure worth another try. */
export type AttemptOutcome<T, F> = { done: true; value: T } | { done: false; failure: F; waitAtLeastMs?: number };

export interface RetryLoop<F> {
  policy: RetryPolicy;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random?: () => number;
  /** The error to throw when the budget is spent, after `attempts` attempts. */
  giveUp: (failure: F, attempts: number) => Error;
  /** Called before each wait (for a log line). */
  onRetry?: (failure: F, attempt: number, delayMs: number) => void;
}

/**
 * Runs `attempt` (1-based) until it is done or the policy's budget is spent. An attempt that throws
 * ends the loop: that is a failure no retry can mend.
 */
export async function retrying<T, F>(loop: RetryLoop<F>, attempt: (n: number) => Promise<AttemptOutcome<T, F>>): Promise<T> {
  const started = loop.now();
  for (let n = 1; ; n++) {
    const outcome = await attempt(n);
    if (outcome.done) return outcome.value;
    const delay = nextDelay(loop.policy, n, loop.now() - started, outcome.waitAtLeastMs, loop.random);
    if (delay === undefined) throw loop.giveUp(outcome.failure, n);
    loop.onRetry?.(outcome.failure, n, delay);
    await loop.sleep(delay);
  }
}
