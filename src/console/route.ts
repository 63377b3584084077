// Where the page is: the view and its parameters live in the URL's hash (#/path?from=...), so a
// view can be bookmarked and the back button works. The token never goes there.

export type Granularity = 'DAY' | 'WEEK' | 'MONTH';

export interface Route {
  /** Path segments after "#/", e.g. ["community", "csirt-north"]. */
  path: string[];
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = hash.split('?', 2);
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

export function href(path: string[], params?: URLSearchParams | Record<string, string>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `#/${path.map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

/** Changes parameters of the current view (a new history entry). */
export function setParams(changes: Record<string, string | null>): void {
  const { path, params } = currentRoute();
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  location.hash = href(path, params);
}

const DAY_MS = 86_400_000;

export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Yesterday: the last day that has ended, the latest a run computes. */
export function lastDay(): string {
  return addDays(isoDay(new Date()), -1);
}

export const PRESETS = [7, 30, 90] as const;

export interface Range {
  from: string;
  to: string;
  /** The preset it matches, if any. */
  preset: number | null;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The range in the URL, or the last 30 days. */
export function rangeOf(params: URLSearchParams): Range {
  const from = params.get('from');
  const to = params.get('to');
  if (from && to && DAY_PATTERN.test(from) && DAY_PATTERN.test(to)) {
    const preset = PRESETS.find((n) => to === lastDay() && from === addDays(to, 1 - n)) ?? null;
    return { from, to, preset };
  }
  const end = lastDay();
  return { from: addDays(end, -29), to: end, preset: 30 };
}

export function granularityOf(params: URLSearchParams): Granularity {
  const g = params.get('g');
  return g === 'WEEK' || g === 'MONTH' ? g : 'DAY';
}
