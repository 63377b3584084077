// The outbound retry layer on a virtual clock: waits, deadline and giving up, with no real sleep.
import { describe, expect, it } from 'vitest';
import { describeNetworkError } from '../../src/net/network-error.js';
import { backoffDelay, retrying, type AttemptOutcome, type RetryPolicy } from '../../src/net/retry.js';

const POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300, maxTotalMs: 10_000, jitter: 'full' };

function virtualLoop(policy: RetryPolicy, random = () => 0.5) {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    loop: {
      policy,
      random,
      now: () => now,
      sleep: async (ms: number) => {
        waits.push(ms);
        now += ms;
      },
      giveUp: (failure: string, attempts: number) => new Error(`${failure} after ${attempts}`),
    },
  };
}

describe('retrying', () => {
  it('doubles the cap of each wait up to the maximum: full jitter scales it, equal jitter keeps half', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(POLICY, n, () => 0.5))).toEqual([50, 100, 150, 150]);
    expect([1, 2, 3].map((n) => backoffDelay({ ...POLICY, jitter: 'equal' }, n, () => 0))).toEqual([50, 100, 150]);
  });

  it('returns the first success, waiting between failures', async () => {
    const { loop, waits } = virtualLoop(POLICY);
    let calls = 0;
    const value = await retrying(loop, async (): Promise<AttemptOutcome<string, string>> => (++calls < 3 ? { done: false, failure: 'HTTP 503' } : { done: true, value: 'ok' }));
    expect(value).toBe('ok');
    expect(waits).toEqual([50, 100]);
  });

  it('gives up after the last attempt with the error built from the last failure', async () => {
    const { loop, waits } = virtualLoop(POLICY);
    await expect(retrying(loop, async (n) => ({ done: false, failure: `HTTP 50${n}` }))).rejects.toThrow('HTTP 504 after 4');
    expect(waits).toHaveLength(3);
  });

  it('honours a server hint and gives up rather than wait past the deadline', async () => {
    const { loop, waits } = virtualLoop({ ...POLICY, maxTotalMs: 2_500 });
    await expect(retrying(loop, async () => ({ done: false, failure: 'rate limited', waitAtLeastMs: 1_000 }))).rejects.toThrow('rate limited after 3');
    expect(waits).toEqual([1_000, 1_000]);
  });

  it('stops at once when an attempt throws', async () => {
    const { loop, waits } = virtualLoop(POLICY);
    await expect(retrying(loop, async () => Promise.reject(new Error('refused (401)')))).rejects.toThrow('refused (401)');
    expect(waits).toEqual([]);
  });
});

describe('describeNetworkError', () => {
  it('words a failed connection from its code, never from its message', () => {
    const error = (code: string | undefined, message = 'GET /search/domain?request=secret.example failed') => Object.assign(new Error(message), { code });
    expect(describeNetworkError(error('ECONNREFUSED'), 1000)).toBe('connection refused');
    expect(describeNetworkError(error('UND_ERR_HEADERS_TIMEOUT'), 1000)).toBe('no response headers within 1000 ms');
    expect(describeNetworkError(error('DEPTH_ZERO_SELF_SIGNED_CERT'), 1000)).toBe('TLS certificate problem (DEPTH_ZERO_SELF_SIGNED_CERT)');
    expect(describeNetworkError(error('EHOSTUNREACH'), 1000)).toBe('EHOSTUNREACH');
    expect(describeNetworkError(error(undefined), 1000)).toBe('Error');
  });
});
