// Calendar arithmetic on the 'YYYY-MM-DD' days the service stores and takes. A day here carries
// no time zone: which instants belong to a day in the configured zone is pipeline/days.ts's work.
import { InvalidInputError } from '../errors.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** `day` itself when it is a calendar day in YYYY-MM-DD form; otherwise InvalidInputError on `field`. */
export function parseDay(day: string, field = 'date'): string {
  const m = DAY.exec(day);
  const valid = m && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().slice(0, 10) === day;
  if (!valid) throw new InvalidInputError(`"${day}" is not a calendar day: use YYYY-MM-DD, e.g. 2026-03-31.`, field);
  return day;
}

/** D + n days, as a calendar operation. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** How many days from `from` to `to`, both included. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY) + 1;
}
