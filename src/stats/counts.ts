// The counts of the design notes, as every aggregate returns them (one meaning everywhere).
import { Prisma } from '../generated/prisma/client.js';

export const COUNT_COLUMNS = ['seen', 'capped', 'evaluated', 'warninglistFalsePositives', 'reputationFalsePositives', 'confirmedMalicious', 'unknown', 'unchecked', 'valid'] as const;

export type CountColumn = (typeof COUNT_COLUMNS)[number];
export type Counts = Record<CountColumn, number>;

/** `COALESCE(SUM(t.seen), 0) AS seen, ...` over the table alias given. */
export function sumCounts(alias: string): Prisma.Sql {
  return Prisma.raw(COUNT_COLUMNS.map((c) => `COALESCE(SUM(${alias}."${c}"), 0) AS "${c}"`).join(', '));
}

/** Raw SQL rows bring integers as bigint or number; counts are plain numbers. */
export function countsOf(row: Record<string, unknown>): Counts {
  const counts = {} as Counts;
  for (const column of COUNT_COLUMNS) counts[column] = Number(row[column] ?? 0);
  return counts;
}

/** The counts from COUNT_COLUMNS' values in order, starting at `offset` of `values`. */
export function countsAt(values: readonly unknown[], offset: number): Counts {
  const counts = {} as Counts;
  COUNT_COLUMNS.forEach((column, i) => (counts[column] = Number(values[offset + i] ?? 0)));
  return counts;
}

export function zeroCounts(): Counts {
  return countsOf({});
}

export function falsePositives(counts: Counts): number {
  return counts.warninglistFalsePositives + counts.reputationFalsePositives;
}

/** The part of the evaluated attributes every check it could get reached: (evaluated − unchecked) / evaluated; null when nothing was evaluated. */
export function checkedShare(counts: Counts): number | null {
  return counts.evaluated === 0 ? null : (counts.evaluated - counts.unchecked) / counts.evaluated;
}

/** Quality IoCs that got a verdict: valid − unchecked (confirmed malicious + unknown). */
export function checkedValid(counts: Counts): number {
  return counts.valid - counts.unchecked;
}

/** Valid among the checked: (valid − unchecked) / (evaluated − unchecked); null when nothing was checked. */
export function checkedQualityRatio(counts: Counts): number | null {
  const checked = counts.evaluated - counts.unchecked;
  return checked === 0 ? null : checkedValid(counts) / checked;
}

/** valid / evaluated; null when nothing was evaluated (undefined, not zero). */
export function qualityRatio(counts: Counts): number | null {
  return counts.evaluated === 0 ? null : counts.valid / counts.evaluated;
}
