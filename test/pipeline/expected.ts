// The counts a day should have, computed from the simulators' ground truth with the brute-force
// warninglist matcher: nothing here goes through MISP's API, the index or the database.
import { DEFAULT_SKIPPED_TYPES } from '../../src/config/settings.js';
import type { MispSimulator } from '../../src/misp/simulator/index.js';
import { combineOutcomes, planLookups, type Outcome } from '../../src/reputation/index.js';
import type { OpenTipSimulator } from '../../src/reputation/simulator/index.js';
import type { ReferenceMatcher } from '../warninglists/reference.js';

export interface ExpectedCounts {
  seen: number;
  capped: number;
  evaluated: number;
  warninglistFalsePositives: number;
  reputationFalsePositives: number;
  confirmedMalicious: number;
  unknown: number;
  unchecked: number;
  valid: number;
}

const ZONE_OUTCOME: Record<string, Outcome> = { Green: 'benign', Red: 'malicious', Orange: 'malicious', Yellow: 'malicious', Grey: 'unknown' };

export function expectedDay(
  misp: MispSimulator,
  opentip: OpenTipSimulator,
  reference: ReferenceMatcher,
  day: string,
  communities: number[],
  cap: number,
): { counts: Map<number, ExpectedCounts>; falsePositiveIds: Set<string> } {
  const skipped = new Set(DEFAULT_SKIPPED_TYPES);
  const owners = new Map(communities.map((n) => [n * 100, n]));
  const attributes = [...misp.dataset.attributesOfDay(day)].filter((a) => !a.deleted && !skipped.has(a.type) && owners.has(a.ownerOrgId)).sort((a, b) => a.id - b.id);
  const counts = new Map<number, ExpectedCounts>(
    communities.map((n) => [
      n,
      {
        seen: 0,
        capped: 0,
        evaluated: 0,
        warninglistFalsePositives: 0,
        reputationFalsePositives: 0,
        confirmedMalicious: 0,
        unknown: 0,
        unchecked: 0,
        valid: 0,
      },
    ]),
  );
  const perEvent = new Map<number, number>();
  const falsePositiveIds = new Set<string>();
  for (const a of attributes) {
    const c = counts.get(owners.get(a.ownerOrgId)!)!;
    c.seen++;
    const n = (perEvent.get(a.eventId) ?? 0) + 1;
    perEvent.set(a.eventId, n);
    if (n > cap) {
      c.capped++;
      continue;
    }
    c.evaluated++;
    if (reference.match(a.type, a.value).length > 0) {
      c.warninglistFalsePositives++;
      falsePositiveIds.add(String(a.id));
      continue;
    }
    const { requests } = planLookups(a.type, a.value);
    const outcome = requests.length === 0 ? 'unknown' : combineOutcomes(requests.map((r) => ZONE_OUTCOME[opentip.zoneOf(r.kind, r.value)]!));
    if (outcome === 'benign') {
      c.reputationFalsePositives++;
      falsePositiveIds.add(String(a.id));
    } else if (outcome === 'malicious') c.confirmedMalicious++;
    else c.unknown++;
  }
  for (const c of counts.values()) c.valid = c.confirmedMalicious + c.unknown + c.unchecked;
  return { counts, falsePositiveIds };
}
