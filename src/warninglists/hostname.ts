export interface SuffixVisitor {
  /** Returns true to stop the walk. `labels` is the suffix's label count (1 for a lone label). */
  visit(suffix: string, labels: number): boolean;
}

/** Labels in a hostname or suffix, empty labels included (`a..b` has three). */
export function labelCount(text: string): number {
  let labels = 1;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) labels++;
  return labels;
}

/**
 * Visits each suffix MISP tests, from the TLD up, until the visitor returns true. MISP builds the
 * suffix with PHP's `empty()`, which treats `"0"` as empty: after a suffix `"0"` (or `""`) the next
 * one restarts from the next label alone (`a.b.0` tests `0`, `b`, `a.b`).
 * Suffixes longer than `maxLabels` labels cannot be entries, so the walk stops there: only a
 * one-label suffix can restart it.
 */
export function walkHostnameSuffixes(value: string, visitor: SuffixVisitor, maxLabels = Number.POSITIVE_INFINITY): void {
  // The host, as `Warninglist::__evalHostname` cuts it: without `//` the text before the first
  // `/`; with `//` the third `/`-separated segment; trailing dots trimmed. Case and port are kept.
  let start = 0;
  let end = value.indexOf('/');
  if (end < 0) end = value.length;
  else if (value.includes('//')) {
    start = value.indexOf('/', end + 1) + 1;
    end = value.indexOf('/', start);
    if (end < 0) end = value.length;
  }
  while (end > start && value.charCodeAt(end - 1) === 46) end--;
  let regionEnd = end;
  let restart = true;
  let labels = 0;
  let pos = end;
  for (;;) {
    const dot = pos - 1 < start ? -1 : value.lastIndexOf('.', pos - 1);
    const pieceStart = dot < start ? start : dot + 1;
    if (restart) {
      regionEnd = pos;
      labels = 0;
    }
    if (++labels > maxLabels) return;
    // The whole value is often the last suffix (a bare domain): reuse it rather than copy it.
    const suffix = pieceStart === 0 && regionEnd === value.length ? value : value.slice(pieceStart, regionEnd);
    if (visitor.visit(suffix, labels)) return;
    restart = suffix === '' || suffix === '0';
    if (dot < start) return;
    pos = dot;
  }
}
