import { addRef, emitRefs, type HitSink, type ListRefs } from './hit-sink.js';
import { labelCount, walkHostnameSuffixes, type SuffixVisitor } from './hostname.js';

/** `hostname` lists: one Map of normalised entries, probed with each suffix of the value's host. */
export class HostnameIndex implements SuffixVisitor {
  private readonly byHostname = new Map<string, ListRefs>();
  private maxLabels = 0;
  /** The sink of the walk in progress (kept on the index so the walk allocates no closure). */
  private sink: HitSink | null = null;

  add(list: number, normalisedEntries: readonly string[]): void {
    for (const entry of normalisedEntries) {
      addRef(this.byHostname, entry, list);
      this.maxLabels = Math.max(this.maxLabels, labelCount(entry));
    }
  }

  get size(): number {
    return this.byHostname.size;
  }

  visit(suffix: string): boolean {
    const refs = this.byHostname.get(suffix);
    return refs !== undefined && this.sink !== null && emitRefs(refs, suffix, this.sink);
  }

  collect(value: string, sink: HitSink): boolean {
    this.sink = sink;
    const stop = walkHostnameSuffixes(value, this, this.maxLabels);
    this.sink = null;
    return stop;
  }
}
