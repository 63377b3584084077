/**
 * Kaspersky OpenTIP over undici: `GET {base}/search/{kind}?request=<value>` with `x-api-key`.
 * See docs/misp-and-opentip.md §7 for the zones and status codes this follows.
 */
import { Pool } from 'undici';
import { systemClock, type Clock } from './clock.js';
import {
  LOOKUP_KINDS,
  QuotaExhaustedError,
  ReputationAuthError,
  ReputationUnavailableError,
  type BeforeRequest,
  type LookupKind,
  type LookupResult,
  type ProviderVerdict,
  type ReputationProvider,
} from './provider.js';
import { describeNetworkError } from '../net/network-error.js';
import { retrying, type AttemptOutcome, type RetryPolicy } from '../net/retry.js';

export const OPENTIP_PROVIDER = 'opentip';
export const DEFAULT_OPENTIP_URL = 'https://opentip.kaspersky.com/api/v1';

export interface OpenTipOptions {
  /** OPENTIP_URL. */
  baseUrl: string;
  /** OPENTIP_KEY. */
  apiKey: string;
  /** Per request, headers and body (OPENTIP_TIMEOUT_MS). */
  timeoutMs: number;
  retry: RetryPolicy;
}

export type OpenTipOptionsInput = Partial<Omit<OpenTipOptions, 'retry'>> & {
  apiKey: string;
  retry?: Partial<RetryPolicy>;
};

/**
 * OpenTIP's retry policy: equal jitter, so that lookups failing together neither retry at once nor
 * in lockstep; no overall deadline beyond the attempts.
 */
export const DEFAULT_RETRY: Readonly<RetryPolicy> = Object.freeze({ maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8000, maxTotalMs: Infinity, jitter: 'equal' });

export const DEFAULT_OPENTIP_OPTIONS = Object.freeze({
  baseUrl: DEFAULT_OPENTIP_URL,
  timeoutMs: 15_000,
  retry: DEFAULT_RETRY,
});

/** Only Green is a positive "clean": everything else that is not Grey is a reason to distrust. */
const ZONE_VERDICTS: Readonly<Record<string, ProviderVerdict>> = {
  Green: 'benign',
  Red: 'malicious',
  Orange: 'malicious',
  Yellow: 'malicious',
  Grey: 'unknown',
};

type Attempt = { done: true; result: LookupResult } | { done: false; failure: string };

export class OpenTipProvider implements ReputationProvider {
  readonly name = OPENTIP_PROVIDER;
  readonly kinds: ReadonlySet<LookupKind> = new Set(LOOKUP_KINDS);
  // Private so that logging or serialising the provider never shows the key.
  readonly #apiKey: string;
  private readonly pool: Pool;
  private readonly basePath: string;
  private readonly timeoutMs: number;
  private readonly retry: RetryPolicy;

  constructor(
    options: OpenTipOptionsInput,
    private readonly clock: Clock = systemClock,
    private readonly random: () => number = Math.random,
  ) {
    if (options.apiKey.trim() === '') throw new TypeError('OpenTIP needs an API key (OPENTIP_KEY).');
    this.#apiKey = options.apiKey.trim();
    const base = new URL(options.baseUrl ?? DEFAULT_OPENTIP_OPTIONS.baseUrl);
    this.pool = new Pool(base.origin);
    this.basePath = base.pathname.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_OPENTIP_OPTIONS.timeoutMs;
    this.retry = { ...DEFAULT_OPENTIP_OPTIONS.retry, ...options.retry };
  }

  async lookup(kind: LookupKind, value: string, signal?: AbortSignal, beforeRequest?: BeforeRequest): Promise<LookupResult> {
    const loop = {
      policy: this.retry,
      now: () => this.clock.now(),
      sleep: (ms: number) => this.clock.sleep(ms, signal),
      random: this.random,
      giveUp: (failure: string, attempts: number) =>
        new ReputationUnavailableError(`OpenTIP gave no verdict for ${kind} ${JSON.stringify(value)} after ${attempts} attempt(s): ${failure}.`, this.name),
    };
    return retrying(loop, async (): Promise<AttemptOutcome<LookupResult, string>> => {
      signal?.throwIfAborted();
      await beforeRequest?.(signal);
      const outcome = await this.attempt(kind, value, signal);
      return outcome.done ? { done: true, value: outcome.result } : { done: false, failure: outcome.failure };
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async attempt(kind: LookupKind, value: string, signal?: AbortSignal): Promise<Attempt> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    let status: number;
    let text: string;
    try {
      const response = await this.pool.request({
        method: 'GET',
        path: `${this.basePath}/search/${kind}?request=${encodeURIComponent(value)}`,
        headers: { 'x-api-key': this.#apiKey, accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (timeout.aborted) return { done: false, failure: `no complete answer within ${this.timeoutMs} ms` };
      return { done: false, failure: `connection failed (${describeNetworkError(error, this.timeoutMs)})` };
    }
    return this.interpret(status, text);
  }

  private interpret(status: number, text: string): Attempt {
    if (status === 200) {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return { done: false, failure: 'HTTP 200 with a body that is not JSON (cut short?)' };
      }
      const zone = typeof body === 'object' && body !== null ? (body as { Zone?: unknown }).Zone : undefined;
      const verdict = typeof zone === 'string' ? ZONE_VERDICTS[zone] : undefined;
      return { done: true, result: { verdict: verdict ?? 'unknown', raw: typeof zone === 'string' ? zone : 'no Zone', detail: body } };
    }
    if (status === 401) {
      throw new ReputationAuthError(
        'The OpenTIP API key was refused (401): it is wrong or expired. Create a new key at ' + 'https://opentip.kaspersky.com (My account → API) and set OPENTIP_KEY.',
        this.name,
      );
    }
    if (status === 403) {
      throw new QuotaExhaustedError('OpenTIP refused the request (403): the quota or request limit is exceeded.', this.name, 'provider');
    }
    if (status === 429 || status >= 500) return { done: false, failure: `HTTP ${status}` };
    // 400 ("incorrect query"), 404 and anything undocumented: no opinion on this value.
    return { done: true, result: { verdict: 'unknown', raw: `HTTP ${status}` } };
  }
}
