export {
  LOOKUP_KINDS,
  ReputationError,
  ReputationAuthError,
  QuotaExhaustedError,
  ReputationUnavailableError,
  type LookupKind,
  type ProviderVerdict,
  type LookupResult,
  type BeforeRequest,
  type ReputationProvider,
} from './provider.js';
export { hasLookupKind, planLookups, LOOKUP_TYPES, type LookupPlan, type LookupRequest } from './kinds.js';
export { normalizeDomain, normalizeHash, normalizeIp, normalizeUrl, normalizeValue } from './normalize.js';
export { combineOutcomes, type Outcome } from './outcome.js';
export { DEFAULT_REPUTATION_OPTIONS, resolveReputationOptions, type FreshnessDays, type ReputationOptions, type ReputationOptionsInput } from './options.js';
export type { RetryPolicy } from '../net/retry.js';
export { OpenTipProvider, OPENTIP_PROVIDER, DEFAULT_OPENTIP_URL, DEFAULT_OPENTIP_OPTIONS, DEFAULT_RETRY, type OpenTipOptions, type OpenTipOptionsInput } from './opentip.js';
export { VerdictCache, requestKey, type CachedVerdict } from './cache.js';
export { DailyBudget, type BudgetUsage } from './budget.js';
export { RateLimiter } from './rate-limiter.js';
export { Semaphore } from './semaphore.js';
export { systemClock, utcDay, type Clock } from './clock.js';
export {
  ReputationService,
  type ClassifyItem,
  type ClassifyResult,
  type ClassifyStats,
  type Classification,
  type Evidence,
  type EvidenceSource,
  type Explanation,
  type ReputationServiceInit,
} from './lookup-service.js';
export { createReputationService, type CreateReputationServiceInput } from './factory.js';
