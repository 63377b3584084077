export interface SuffixVisitor {
  /**
   * Returns true to stop the walk. The suffix is `value.slice(start, end)`, passed as bounds so the
   * walk allocates nothing; `hash` is its `suffixHash`; `labels` its label count (1 for a lone label).
   */
  visit(value: string, start: number, end: number, hash: number, labels: number): boolean;
}

/** Labels in a hostname or suffix, empty labels included (`a..b` has three). */
export function labelCount(text: string): number {
  let labels = 1;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) labels++;
  return labels;
}

/**
 * A hash of `text` built from its last character to its first, so that the walk below extends the
 * hash of a suffix to the next longer suffix one character at a time, without copying strings.
 */
export function suffixHash(text: string, start = 0, end = text.length, seed = 0): number {
  let h = seed;
  for (let i = end - 1; i >= start; i--) h = (Math.imul(h, 0x01000193) + text.charCodeAt(i)) | 0;
  return h;
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
  // The hash covers value[hashedFrom, regionEnd); each suffix extends it leftwards.
  let hash = 0;
  let hashedFrom = end;
  for (;;) {
    const dot = pos - 1 < start ? -1 : value.lastIndexOf('.', pos - 1);
    const pieceStart = dot < start ? start : dot + 1;
    if (restart) {
      regionEnd = pos;
      hashedFrom = pos;
      hash = 0;
      labels = 0;
    }
    if (++labels > maxLabels) return;
    hash = suffixHash(value, pieceStart, hashedFrom, hash);
    hashedFrom = pieceStart;
    if (visitor.visit(value, pieceStart, regionEnd, hash, labels)) return;
    restart = pieceStart === regionEnd || (regionEnd - pieceStart === 1 && value.charCodeAt(pieceStart) === 48);
    if (dot < start) return;
    pos = dot;
  }
}
