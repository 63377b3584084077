/** Options of the lookup service; the config layer maps OPENTIP_* and REPUTATION_* onto them. */

export interface FreshnessDays {
  benign: number;
  malicious: number;
  unknown: number;
}

export interface ReputationOptions {
  /** Requests per provider per UTC day, retries included (OPENTIP_DAILY_BUDGET). */
  dailyBudget: number;
  /** Requests per minute, spaced evenly (OPENTIP_REQUESTS_PER_MINUTE; 0 = no limit). */
  requestsPerMinute: number;
  /** Lookups in flight at once (OPENTIP_CONCURRENCY). */
  concurrency: number;
  /** How long a cached verdict is trusted (REPUTATION_FRESH_DAYS_*). */
  freshnessDays: FreshnessDays;
}

export type ReputationOptionsInput = Partial<Omit<ReputationOptions, 'freshnessDays'>> & {
  freshnessDays?: Partial<FreshnessDays>;
};

/** OpenTIP publishes no free quota: a budget small enough not to be cut off mid-day by a 403. */
export const DEFAULT_REPUTATION_OPTIONS: Readonly<ReputationOptions> = Object.freeze({
  dailyBudget: 500,
  requestsPerMinute: 20,
  concurrency: 2,
  freshnessDays: Object.freeze({ benign: 30, malicious: 30, unknown: 7 }),
});

export function resolveReputationOptions(input: ReputationOptionsInput = {}): ReputationOptions {
  const options: ReputationOptions = {
    dailyBudget: input.dailyBudget ?? DEFAULT_REPUTATION_OPTIONS.dailyBudget,
    requestsPerMinute: input.requestsPerMinute ?? DEFAULT_REPUTATION_OPTIONS.requestsPerMinute,
    concurrency: input.concurrency ?? DEFAULT_REPUTATION_OPTIONS.concurrency,
    freshnessDays: { ...DEFAULT_REPUTATION_OPTIONS.freshnessDays, ...input.freshnessDays },
  };
  const numbers: [string, number][] = [
    ['dailyBudget', options.dailyBudget],
    ['requestsPerMinute', options.requestsPerMinute],
    ...Object.entries(options.freshnessDays).map(([k, v]: [string, number]): [string, number] => [`freshnessDays.${k}`, v]),
  ];
  for (const [name, value] of numbers) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`Reputation option ${name} must be a number ≥ 0, got ${value}.`);
  }
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
    throw new RangeError(`Reputation option concurrency must be an integer ≥ 1, got ${options.concurrency}.`);
  }
  return options;
}
