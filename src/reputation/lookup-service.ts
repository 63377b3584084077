/**
 * What the pipeline calls: classify a batch of attributes, spending the provider's budget only on
 * values the cache cannot answer, `to_ids` attributes first, within the rate and concurrency limits.
 */
import type { Db } from '../db/client.js';
import { DailyBudget, type BudgetUsage } from './budget.js';
import { requestKey, VerdictCache, type CachedVerdict } from './cache.js';
import { systemClock, utcDay, type Clock } from './clock.js';
import { hasLookupKind, planLookups, type LookupPlan, type LookupRequest } from './kinds.js';
import { resolveReputationOptions, type ReputationOptions, type ReputationOptionsInput } from './options.js';
import { combineOutcomes, type Outcome } from './outcome.js';
import { QuotaExhaustedError, ReputationAuthError, ReputationUnavailableError, type LookupKind, type ReputationProvider } from './provider.js';
import { RateLimiter } from './rate-limiter.js';
import { Semaphore } from './semaphore.js';

export interface ClassifyItem {
  type: string;
  value: string;
  toIds: boolean;
}

/**
 * Where a half's outcome comes from: a fresh cached verdict, a lookup made now, a lookup that failed
 * after its retries (unknown), none because the quota was spent (unchecked), or none because no
 * provider handles the kind (unknown).
 */
export type EvidenceSource = 'cache' | 'lookup' | 'failed' | 'unchecked' | 'no-provider';

export interface Evidence {
  provider: string | null;
  kind: LookupKind;
  /** The normalised value. */
  value: string;
  outcome: Outcome;
  /** The provider's wording (OpenTIP zone, `HTTP 404`) or why there is none. */
  zone: string | null;
  source: EvidenceSource;
  checkedAt: Date | null;
  expiresAt: Date | null;
}

export interface Classification {
  outcome: Outcome;
  /**
   * One entry per half that was looked up. Empty when the type has no lookup kind or the value
   * cannot be looked up; the outcome is then unknown.
   */
  evidence: Evidence[];
}

/** Counted per distinct (kind, normalised value), not per attribute. */
export interface ClassifyStats {
  /** Values sent to the provider (each once, whatever its retries). */
  lookups: number;
  cacheHits: number;
  /** Values left unchecked because the quota or daily budget was spent. */
  unchecked: number;
  /** Lookups that failed after their retries (their values are unknown, and not cached). */
  errors: number;
}

export interface ClassifyResult {
  /** In the order of the items given. */
  results: Classification[];
  stats: ClassifyStats;
}

export interface Explanation extends Classification {
  type: string;
  value: string;
  /** Whether the type has a lookup kind at all. */
  hasLookupKind: boolean;
}

/** Called as lookups end: how many of the pass's `total` are done. */
export type LookupProgress = (done: number, total: number) => void;

/** What `checkKey` learnt about the provider's key. */
export type KeyCheck = { status: 'not-configured' } | { status: 'accepted'; answer: string } | { status: 'refused' | 'quota-spent' | 'budget-spent' | 'unreachable'; message: string };

export interface ReputationServiceInit {
  db: Db;
  /** None (no OPENTIP_KEY): every attribute with a lookup kind is unknown. */
  provider?: ReputationProvider | null;
  options?: ReputationOptionsInput;
  clock?: Clock;
}

interface PendingLookup {
  request: LookupRequest;
  toIds: boolean;
}

export class ReputationService {
  readonly options: ReputationOptions;
  private readonly db: Db;
  private readonly provider: ReputationProvider | null;
  private readonly clock: Clock;
  private readonly cache: VerdictCache;
  private readonly budget: DailyBudget | null;
  private readonly rate: RateLimiter;
  private readonly slots: Semaphore;
  /** The UTC day on which the quota or budget ran out: later lookups that day are skipped at once. */
  private spentDay: string | null = null;

  constructor(init: ReputationServiceInit) {
    this.options = resolveReputationOptions(init.options);
    this.db = init.db;
    this.provider = init.provider ?? null;
    this.clock = init.clock ?? systemClock;
    this.cache = new VerdictCache(this.db, this.options.freshnessDays, this.clock);
    this.budget = this.provider && new DailyBudget(this.db, this.provider.name, this.options.dailyBudget, this.clock);
    this.rate = new RateLimiter(this.options.requestsPerMinute, this.clock);
    this.slots = new Semaphore(this.options.concurrency);
  }

  get providerName(): string | null {
    return this.provider?.name ?? null;
  }

  /**
   * Outcome of every item. Throws `ReputationAuthError` if the provider refuses the key (the run
   * must stop), or the signal's reason if aborted. A spent quota is not an error: the values not
   * looked up come back unchecked.
   */
  async classify(items: readonly ClassifyItem[], signal?: AbortSignal, onLookup?: LookupProgress): Promise<ClassifyResult> {
    const stats: ClassifyStats = { lookups: 0, cacheHits: 0, unchecked: 0, errors: 0 };
    const pending = new Map<string, PendingLookup>();
    const plans = items.map((item) => {
      const plan = planLookups(item.type, item.value);
      for (const request of plan.requests) {
        const key = requestKey(request);
        const known = pending.get(key);
        if (known) known.toIds ||= item.toIds;
        else pending.set(key, { request, toIds: item.toIds });
      }
      return plan;
    });

    const evidence = new Map<string, Evidence>();
    const provider = this.provider;
    const handled = [...pending.values()].filter(({ request }) => provider?.kinds.has(request.kind));
    for (const { request } of pending.values()) {
      if (!provider?.kinds.has(request.kind)) evidence.set(requestKey(request), noProvider(request));
    }
    if (provider && this.budget && handled.length > 0) {
      const fresh = await this.cache.readFresh(
        provider.name,
        handled.map((p) => p.request),
      );
      for (const cached of fresh.values()) evidence.set(requestKey(cached), fromCache(cached));
      stats.cacheHits = fresh.size;
      // Stable sort: `to_ids` values first, then in the order the items came.
      const misses = handled.filter((p) => !fresh.has(requestKey(p.request))).sort((a, b) => Number(b.toIds) - Number(a.toIds));
      onLookup?.(0, misses.length);
      for (const found of await this.lookUpAll(provider, this.budget, misses, signal, onLookup)) {
        evidence.set(requestKey(found), found);
        if (found.source === 'unchecked') stats.unchecked++;
        else stats.lookups++;
        if (found.source === 'failed') stats.errors++;
      }
    }
    return {
      results: plans.map((plan) =>
        classification(
          plan,
          plan.requests.map((r) => evidence.get(requestKey(r))!),
        ),
      ),
      stats,
    };
  }

  /**
   * The outcome of each item that the cache alone decides: every half has a fresh cached verdict,
   * or a kind no provider handles. `null` for an item with a half still to look up: pass those to
   * `classify`, together and once, so that the budget goes to `to_ids` values first. Spends no
   * budget and makes no request; one cache read per kind for the whole batch.
   */
  async classifyCached(items: readonly ClassifyItem[]): Promise<(Classification | null)[]> {
    const provider = this.provider;
    const plans = items.map((item) => planLookups(item.type, item.value));
    const handled = provider ? plans.flatMap((plan) => plan.requests.filter((r) => provider.kinds.has(r.kind))) : [];
    const fresh = provider && handled.length > 0 ? await this.cache.readFresh(provider.name, handled) : new Map<string, CachedVerdict>();
    return plans.map((plan) => {
      const evidence: Evidence[] = [];
      for (const request of plan.requests) {
        if (!provider?.kinds.has(request.kind)) {
          evidence.push(noProvider(request));
          continue;
        }
        const cached = fresh.get(requestKey(request));
        if (!cached) return null;
        evidence.push(fromCache(cached));
      }
      return classification(plan, evidence);
    });
  }

  /** What the cache says about one attribute, stale verdicts included; spends no budget. */
  async explain(type: string, value: string): Promise<Explanation> {
    const plan = planLookups(type, value);
    const provider = this.provider;
    const cached = provider ? await this.cache.readAll(provider.name, plan.requests) : new Map<string, CachedVerdict>();
    const evidenceOf = (request: LookupRequest): Evidence => {
      if (!provider?.kinds.has(request.kind)) return noProvider(request);
      const found = cached.get(requestKey(request));
      return found ? fromCache(found) : unchecked(provider.name, request);
    };
    return { type, value, hasLookupKind: hasLookupKind(type), ...classification(plan, plan.requests.map(evidenceOf)) };
  }

  /**
   * Asks the provider about one well-known value, through the daily budget and the rate limit like
   * any lookup (so it is counted), to learn whether the key is accepted. Never cached.
   */
  async checkKey(kind: LookupKind = 'ip', value = '8.8.8.8'): Promise<KeyCheck> {
    const provider = this.provider;
    if (!provider || !this.budget) return { status: 'not-configured' };
    const budget = this.budget;
    try {
      const result = await provider.lookup(kind, value, undefined, (s) => this.beforeRequest(budget, s));
      return { status: 'accepted', answer: result.raw };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof ReputationAuthError) return { status: 'refused', message };
      if (error instanceof QuotaExhaustedError) {
        // Our own budget spent: the key was not tried. OpenTIP's quota spent: it knew the key.
        if (error.origin === 'provider') await budget.markQuotaExhausted();
        return { status: error.origin === 'provider' ? 'quota-spent' : 'budget-spent', message };
      }
      return { status: 'unreachable', message };
    }
  }

  /** Today's spending, or null without a provider. */
  async usage(): Promise<BudgetUsage | null> {
    return this.budget ? this.budget.usage() : null;
  }

  async close(): Promise<void> {
    await this.provider?.close?.();
  }

  /**
   * Looks the values up in the given order. The first fatal error (a refused key) aborts the
   * lookups still in flight and is thrown once all have settled.
   */
  private async lookUpAll(provider: ReputationProvider, budget: DailyBudget, misses: readonly PendingLookup[], signal?: AbortSignal, onLookup?: LookupProgress): Promise<Evidence[]> {
    const stop = new AbortController();
    const linked = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
    const found: Evidence[] = new Array<Evidence>(misses.length);
    let next = 0;
    let done = 0;
    // As many runners as lookups may run at once, each taking the next miss in order: the budget
    // goes in the misses' order, and memory follows the runners, not the misses (a day met with a
    // cold cache has hundreds of thousands).
    const runner = async (): Promise<void> => {
      while (next < misses.length) {
        linked.throwIfAborted();
        const i = next++;
        found[i] = await this.slots.run(() => this.lookUpOne(provider, budget, misses[i]!.request, linked));
        onLookup?.(++done, misses.length);
      }
    };
    const runners = Array.from({ length: Math.min(this.options.concurrency, misses.length) }, () =>
      runner().catch((error: unknown) => {
        stop.abort(error);
        throw error;
      }),
    );
    const settled = await Promise.allSettled(runners);
    // Lookups cut short by the abort were rejected with the same reason, so any rejection will do.
    const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (rejected) throw rejected.reason;
    return found;
  }

  private async lookUpOne(provider: ReputationProvider, budget: DailyBudget, request: LookupRequest, signal: AbortSignal): Promise<Evidence> {
    signal.throwIfAborted();
    if (this.spentDay === utcDay(this.clock.now())) return unchecked(provider.name, request);
    try {
      const result = await provider.lookup(request.kind, request.value, signal, (s) => this.beforeRequest(budget, s));
      return { ...fromCache(await this.cache.write(provider.name, request, result)), source: 'lookup' };
    } catch (error) {
      if (error instanceof QuotaExhaustedError) {
        this.spentDay = utcDay(this.clock.now());
        if (error.origin === 'provider') await budget.markQuotaExhausted();
        return unchecked(provider.name, request);
      }
      if (error instanceof ReputationUnavailableError) {
        return { ...unchecked(provider.name, request), outcome: 'unknown', zone: error.message, source: 'failed' };
      }
      throw error;
    }
  }

  /** Before each request, retries included: one unit of today's budget, then a rate-limit slot. */
  private async beforeRequest(budget: DailyBudget, signal?: AbortSignal): Promise<void> {
    if (!(await budget.reserve())) {
      throw new QuotaExhaustedError(`The daily budget of ${budget.dailyBudget} requests is spent.`, budget.provider, 'daily-budget');
    }
    await this.rate.take(signal);
  }
}

function classification(plan: LookupPlan, evidence: Evidence[]): Classification {
  const unusable = Array.from({ length: plan.unusable }, (): Outcome => 'unknown');
  return { outcome: combineOutcomes([...evidence.map((e) => e.outcome), ...unusable]), evidence };
}

function fromCache({ provider, kind, value, verdict, zone, checkedAt, expiresAt }: CachedVerdict): Evidence {
  return { provider, kind, value, outcome: verdict, zone, source: 'cache', checkedAt, expiresAt };
}

function unchecked(provider: string, request: LookupRequest): Evidence {
  return { provider, ...request, outcome: 'unchecked', zone: null, source: 'unchecked', checkedAt: null, expiresAt: null };
}

function noProvider(request: LookupRequest): Evidence {
  return { provider: null, ...request, outcome: 'unknown', zone: null, source: 'no-provider', checkedAt: null, expiresAt: null };
}
