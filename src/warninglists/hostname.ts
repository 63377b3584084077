/**
 * The hostname MISP checks for a value (`Warninglist::__evalHostname`): without `//` the text before
 * the first `/`; with `//` the third `/`-separated segment; trailing dots trimmed. Not lower-cased,
 * `:port` kept. Returns [start, end) within the value.
 */
export function hostnameBounds(value: string): [number, number] {
  let start = 0;
  let end: number;
  if (!value.includes('//')) {
    end = value.indexOf('/');
    if (end < 0) end = value.length;
  } else {
    const first = value.indexOf('/');
    start = value.indexOf('/', first + 1) + 1;
    end = value.indexOf('/', start);
    if (end < 0) end = value.length;
  }
  while (end > start && value.charCodeAt(end - 1) === 46) end--;
  return [start, end];
}

/**
 * Calls `visit` with each suffix MISP tests, from the TLD up, until it returns true. MISP builds
 * the suffix with PHP's `empty()`, which treats `"0"` as empty: after a suffix `"0"` (or `""`) the
 * next one restarts from the next label alone (`a.b.0` tests `0`, `b`, `a.b`).
 */
export function walkHostnameSuffixes(value: string, visit: (suffix: string) => boolean): boolean {
  const [start, end] = hostnameBounds(value);
  let regionEnd = end;
  let restart = true;
  let pos = end;
  for (;;) {
    const dot = pos - 1 < start ? -1 : value.lastIndexOf('.', pos - 1);
    const pieceStart = dot < start ? start : dot + 1;
    if (restart) regionEnd = pos;
    const suffix = value.slice(pieceStart, regionEnd);
    if (visit(suffix)) return true;
    restart = suffix === '' || suffix === '0';
    if (dot < start) return false;
    pos = dot;
  }
}
