import { addRef, emitRefs, type HitSink, type ListRefs } from './hit-sink.js';
import { walkHostnameSuffixes } from './hostname.js';

/** `hostname` lists: one Map of normalised entries, probed with each suffix of the value's host. */
export class HostnameIndex {
  private readonly byHostname = new Map<string, ListRefs>();

  add(list: number, normalisedEntries: readonly string[]): void {
    for (const entry of normalisedEntries) addRef(this.byHostname, entry, list);
  }

  get size(): number {
    return this.byHostname.size;
  }

  collect(value: string, sink: HitSink): boolean {
    const byHostname = this.byHostname;
    return walkHostnameSuffixes(value, (suffix) => {
      const refs = byHostname.get(suffix);
      return refs !== undefined && emitRefs(refs, suffix, sink);
    });
  }
}
