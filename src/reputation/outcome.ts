/** The outcome of one attribute, and how the outcomes of a composite attribute's halves combine. */
import type { ProviderVerdict } from './provider.js';

/** `unchecked`: it has a lookup kind but the quota or daily budget was spent before its turn. */
export type Outcome = ProviderVerdict | 'unchecked';

/**
 * The composite rule (design.md counts): malicious if any half is malicious; otherwise unchecked
 * if any half is unchecked (a later run may still decide it); otherwise benign only if every half
 * is benign; otherwise unknown. An attribute with no half to look up is unknown. So a false
 * positive is only ever declared when each of its indicators was judged clean.
 */
export function combineOutcomes(halves: readonly Outcome[]): Outcome {
  if (halves.includes('malicious')) return 'malicious';
  if (halves.includes('unchecked')) return 'unchecked';
  if (halves.length > 0 && halves.every((h) => h === 'benign')) return 'benign';
  return 'unknown';
}
