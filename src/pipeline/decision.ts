// Which count an evaluated attribute falls in (design.md): a warninglist hit makes it a
// warninglist false positive; otherwise its reputation outcome decides. Counting (classify-day.ts)
// and "why?" checks (api-services.ts) both read it from here.
import type { Outcome } from '../reputation/index.js';
import type { IndicatorCheckResult } from './api.js';
import type { CountField } from './tally.js';

export type DecidedCount = Exclude<CountField, 'seen' | 'capped'>;

/** The count of an attribute no warninglist hit, by its reputation outcome. */
export const COUNT_OF_OUTCOME: Readonly<Record<Outcome, DecidedCount>> = {
  benign: 'reputationFalsePositives',
  malicious: 'confirmedMalicious',
  unknown: 'unknown',
  unchecked: 'unchecked',
};

/** The count an attribute falls in; `outcome` null: its type has no reputation lookup (unknown). */
export function decidedCount(warninglistHit: boolean, outcome: Outcome | null): DecidedCount {
  if (warninglistHit) return 'warninglistFalsePositives';
  return outcome === null ? 'unknown' : COUNT_OF_OUTCOME[outcome];
}

/** The same decision as the API names it. */
export const DECISION_NAME: Readonly<Record<DecidedCount, IndicatorCheckResult['decision']>> = {
  warninglistFalsePositives: 'WARNINGLIST_FALSE_POSITIVE',
  reputationFalsePositives: 'REPUTATION_FALSE_POSITIVE',
  confirmedMalicious: 'MALICIOUS',
  unknown: 'UNKNOWN',
  unchecked: 'UNCHECKED',
};
