// Which false positives of a day are acted on, checked before any log row is planned: a broken
// warninglist must not wipe a community's day, and one day must not make unbounded changes.
import type { CurationActionSetting } from '../config/settings.js';
import type { CurationAction } from '../generated/prisma/enums.js';
import type { ClassifiedDay } from './classify-day.js';
import { NO_FALSE_POSITIVES, type FalsePositiveSelection } from './false-positives.js';

export const ACTIONS: Record<CurationActionSetting, CurationAction> = {
  'soft-delete': 'SOFT_DELETE',
  'disable-ids': 'DISABLE_IDS',
  tag: 'TAG',
  sighting: 'SIGHTING',
  'report-only': 'REPORT_ONLY',
};

export interface CurationPlan {
  /** Each false positive gets one row per action, in this order (see curation-actions.ts); `[REPORT_ONLY]` alone reports. */
  actions: CurationAction[];
  /** The false positives to log (and act on), built one at a time as their rows are written. */
  candidates: FalsePositiveSelection;
  /** Warninglist hits of lists held back this day (list-guard.ts): logged REPORT_ONLY, never acted on. */
  reportOnly: FalsePositiveSelection;
  /** Communities whose false-positive share is above the limit: nothing of theirs is touched. */
  suspicious: { organizationId: number; falsePositives: number; evaluated: number; ratio: number }[];
  /** Set when the day would need more actions than CURATION_MAX_ACTIONS_PER_DAY: nothing is touched that day. */
  overLimit: { wanted: number; allowed: number } | null;
}

export interface PlanOptions {
  actions: CurationAction[];
  maxRatio: number;
  /** Each day has its own allowance, however many days the run covers. */
  maxActionsPerDay: number;
  /** By engine list index, 1 for the lists that curate nothing this day (list-guard.ts). */
  blockedLists?: Uint8Array | null;
}

export function planCuration(day: ClassifiedDay, options: PlanOptions): CurationPlan {
  const suspicious: CurationPlan['suspicious'] = [];
  for (const [organizationId, tally] of day.tallies) {
    const fp = tally.total.warninglistFalsePositives + tally.total.reputationFalsePositives;
    const ratio = tally.total.evaluated === 0 ? 0 : fp / tally.total.evaluated;
    if (fp > 0 && ratio > options.maxRatio) suspicious.push({ organizationId, falsePositives: fp, evaluated: tally.total.evaluated, ratio });
  }
  const refused = new Set(suspicious.map((s) => s.organizationId));
  const { act: candidates, report: reportOnly } = day.falsePositives.partition(refused, options.blockedLists ?? null);
  const { actions } = options;
  if (actions.includes('REPORT_ONLY')) return { actions, candidates, reportOnly, suspicious, overLimit: null };
  const allowed = options.maxActionsPerDay;
  const wanted = candidates.size * actions.length;
  if (wanted > allowed) {
    return { actions, candidates: NO_FALSE_POSITIVES, reportOnly, suspicious, overLimit: { wanted, allowed } };
  }
  return { actions, candidates, reportOnly, suspicious, overLimit: null };
}
