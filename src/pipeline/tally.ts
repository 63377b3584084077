// The counts of design.md for one community on one day, with the per-type and per-author
// breakdowns that must sum to it.
export interface Counts {
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

export type CountField = Exclude<keyof Counts, 'valid' | 'evaluated'>;

export function emptyCounts(): Counts {
  return { seen: 0, capped: 0, evaluated: 0, warninglistFalsePositives: 0, reputationFalsePositives: 0, confirmedMalicious: 0, unknown: 0, unchecked: 0, valid: 0 };
}

/** evaluated = seen − capped; valid = confirmed + unknown + unchecked. */
function bump(counts: Counts, field: CountField): void {
  counts[field]++;
  if (field === 'confirmedMalicious' || field === 'unknown' || field === 'unchecked') counts.valid++;
  if (field !== 'seen' && field !== 'capped') counts.evaluated++;
}

export class CommunityTally {
  readonly total = emptyCounts();
  readonly types = new Map<string, Counts>();
  readonly creators = new Map<string, Counts>();

  /** Every attribute is counted `seen` once, then once more in exactly one outcome field. */
  add(type: string, creatorOrgId: string, field: CountField): void {
    bump(this.total, field);
    bump(of(this.types, type), field);
    bump(of(this.creators, creatorOrgId), field);
  }
}

function of(map: Map<string, Counts>, key: string): Counts {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = emptyCounts()));
  return counts;
}
