// Leaderboard positions: equal metrics share a rank and the next rank skips (1, 2, 2, 4), as in
// sports. The order itself comes from SQL (totals.ts); this only numbers it.
import { checkedQualityRatio, checkedValid, qualityRatio } from './counts.js';
import type { OrganizationTotals, RankMetric } from './totals.js';

/** What two communities must share to tie under `metric`: a ratio ties only with the same valid count too. */
function score(metric: RankMetric, row: OrganizationTotals): number | string {
  if (metric === 'QUALITY') return row.counts.valid;
  if (metric === 'TOTAL') return row.counts.evaluated;
  if (metric === 'CHECKED_QUALITY') return checkedValid(row.counts);
  if (metric === 'CHECKED_QUALITY_RATIO') return `${checkedQualityRatio(row.counts)}|${checkedValid(row.counts)}`;
  return `${qualityRatio(row.counts)}|${row.counts.valid}`;
}

/** `ranked` (best first, as totalsByOrganization returns it with `rankBy: metric`) with each row's rank. */
export function withRanks<R extends OrganizationTotals>(ranked: readonly R[], metric: RankMetric): (R & { rank: number })[] {
  let rank = 0;
  return ranked.map((row, i) => {
    if (i === 0 || score(metric, row) !== score(metric, ranked[i - 1]!)) rank = i + 1;
    return { ...row, rank };
  });
}
