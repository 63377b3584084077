import { addRef, emitRefs, type HitSink, type ListRefs } from './hit-sink.js';
import { labelCount, walkHostnameSuffixes, type SuffixVisitor } from './hostname.js';

/** `hostname` lists: one Map of normalised entries, probed with each suffix of the value's host. */
export class HostnameIndex implements SuffixVisitor {
  /**
   * Normalised entries, plus the last label of every entry mapped to an empty array when it is not
   * an entry itself: a lone label missing from the Map cannot grow into an entry, so one lookup
   * both matches the TLD and decides whether the walk goes on.
   */
  private readonly byHostname = new Map<string, ListRefs>();
  private maxLabels = 0;
  /** The walk in progress (kept on the index so the walk allocates no closure). */
  private sink: HitSink | null = null;
  private full = false;

  add(list: number, normalisedEntries: readonly string[]): void {
    for (const entry of normalisedEntries) {
      addRef(this.byHostname, entry, list);
      this.maxLabels = Math.max(this.maxLabels, labelCount(entry));
    }
    for (const entry of normalisedEntries) {
      const last = entry.slice(entry.lastIndexOf('.') + 1);
      if (!this.byHostname.has(last)) this.byHostname.set(last, []);
    }
  }

  visit(suffix: string, labels: number): boolean {
    const refs = this.byHostname.get(suffix);
    if (refs === undefined) {
      // Every later suffix ends with this lone label, unless MISP restarts after '' or '0'.
      return labels === 1 && suffix !== '' && suffix !== '0';
    }
    if (this.sink === null) return false;
    this.full = emitRefs(refs, suffix, this.sink);
    return this.full;
  }

  /** Returns true when the sink needs no more hits. */
  collect(value: string, sink: HitSink): boolean {
    this.sink = sink;
    this.full = false;
    walkHostnameSuffixes(value, this, this.maxLabels);
    this.sink = null;
    return this.full;
  }
}
