/**
 * What a reputation provider (OpenTIP today; VirusTotal, AbuseIPDB, GreyNoise later) offers the
 * lookup service: a verdict per (kind, value), and typed errors for the situations the service must
 * treat differently from a verdict.
 */

export const LOOKUP_KINDS = ['ip', 'domain', 'url', 'hash'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

/** A provider's opinion of one value. Only a positive "clean" answer is `benign`. */
export type ProviderVerdict = 'benign' | 'malicious' | 'unknown';

export interface LookupResult {
  verdict: ProviderVerdict;
  /** The provider's own wording, kept as evidence: a zone (`Green`, `Grey`...) or e.g. `HTTP 404`. */
  raw: string;
  /** The parsed answer, for whoever wants to show more than the verdict. */
  detail?: unknown;
}

/**
 * Awaited before every HTTP request a lookup sends, retries included, so the daily budget and the
 * rate limit count requests the provider actually receives. Throws `QuotaExhaustedError` when the
 * daily budget is spent.
 */
export type BeforeRequest = (signal?: AbortSignal) => Promise<void>;

export interface ReputationProvider {
  /** Stable name, the key of cached verdicts and of the daily usage rows. */
  readonly name: string;
  readonly kinds: ReadonlySet<LookupKind>;
  /**
   * Looks one normalised value up. Resolves with a verdict, or throws `ReputationAuthError`
   * (stop everything), `QuotaExhaustedError` (stop looking up today) or
   * `ReputationUnavailableError` (this value stays unknown; try again another run).
   */
  lookup(kind: LookupKind, value: string, signal?: AbortSignal, beforeRequest?: BeforeRequest): Promise<LookupResult>;
  close?(): Promise<void>;
}

export class ReputationError extends Error {
  constructor(
    message: string,
    readonly provider: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The provider refused the credentials: a configuration error, fatal to the run. */
export class ReputationAuthError extends ReputationError {}

/**
 * No more lookups today. `origin` says who decided: the provider (OpenTIP's 403, recorded so a
 * restart does not ask again) or our own daily budget.
 */
export class QuotaExhaustedError extends ReputationError {
  constructor(
    message: string,
    provider: string,
    readonly origin: 'provider' | 'daily-budget',
  ) {
    super(message, provider);
  }
}

/** The provider could not answer for this value after the retries (5xx, timeouts, dropped connections). */
export class ReputationUnavailableError extends ReputationError {}
