// Calendar days in the configured time zone. Day D is [D 00:00, D+1 00:00) local time, which is
// not always 24 hours (DST), so every boundary is computed from the zone, never by adding 86400.
import { addDays } from '../calendar/days.js';
import { InvalidInputError } from '../errors.js';

export { addDays, daysBetween, parseDay } from '../calendar/days.js';

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant (ms) at which `day` starts in `timeZone`. */
export function startOfDay(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d);
  // Two passes settle the offset even when midnight sits next to a DST change.
  let guess = naive - zoneOffsetMs(naive, timeZone);
  guess = naive - zoneOffsetMs(guess, timeZone);
  return guess;
}

/** The day's window in unix seconds, both ends inclusive, as MISP's `timestamp` filter takes it. */
export function dayWindow(day: string, timeZone: string): { from: number; to: number } {
  return { from: startOfDay(day, timeZone) / 1000, to: startOfDay(addDays(day, 1), timeZone) / 1000 - 1 };
}

/** The calendar day of an instant in the zone. */
export function dayOfInstant(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The previous full day: what the 00:00 run processes. */
export function previousDay(now: Date, timeZone: string): string {
  return addDays(dayOfInstant(now, timeZone), -1);
}

/**
 * The one rule every entry point goes through (CLI, GraphQL, the schedule, catch-up): only days
 * that have ended in `timeZone` can be counted. Today has not ended, so counting it would store a
 * part of the day as if it were whole; a later day would store zeros.
 */
export function requireEndedDay(day: string, timeZone: string, now: Date, field: string): string {
  const today = dayOfInstant(now, timeZone);
  if (day >= today) {
    throw new InvalidInputError(`${day} has not ended yet (today is ${today} in TIME_ZONE ${timeZone}): only days that have ended can be counted; the latest is ${addDays(today, -1)}.`, field);
  }
  return day;
}
