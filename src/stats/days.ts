// Buckets of the 'YYYY-MM-DD' days the database stores (days, ISO weeks, months). Days carry no
// time zone here: the pipeline already assigned each attribute to a day in the configured zone.
import { addDays, daysInclusive } from '../calendar/days.js';

export { addDays, daysInclusive } from '../calendar/days.js';

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

function toUtc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first day of the bucket holding `day`: itself, its ISO week's Monday, or the 1st of its month. */
export function bucketStart(day: string, granularity: Granularity): string {
  if (granularity === 'DAY') return day;
  if (granularity === 'MONTH') return `${day.slice(0, 7)}-01`;
  const weekday = new Date(toUtc(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

function nextBucket(start: string, granularity: Granularity): string {
  if (granularity === 'DAY') return addDays(start, 1);
  if (granularity === 'WEEK') return addDays(start, 7);
  const date = new Date(toUtc(start));
  return fromUtc(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

export interface Bucket {
  /** The bucket's first day (may precede the range). */
  start: string;
  /** Days of the bucket inside the range. */
  days: number;
}

/** The buckets covering [from, to], oldest first. */
export function bucketsOf(from: string, to: string, granularity: Granularity): Bucket[] {
  const buckets: Bucket[] = [];
  for (let start = bucketStart(from, granularity); start <= to; start = nextBucket(start, granularity)) {
    const first = start < from ? from : start;
    const lastDay = addDays(nextBucket(start, granularity), -1);
    buckets.push({ start, days: daysInclusive(first, lastDay > to ? to : lastDay) });
  }
  return buckets;
}
