import { addRef, emitRefs, type HitSink, type ListRefs } from './hit-sink.js';

const FILTER_BITS = 1 << 23;

/**
 * A cheap fingerprint of a string from its length and five of its characters. Most values miss
 * every `string` list; a bit per fingerprint turns nearly all of those misses away before the
 * Map has to hash the whole value and touch its large table.
 */
function fingerprint(text: string): number {
  const n = text.length;
  let h = Math.imul(n, 0x9e3779b1);
  h = Math.imul(h ^ text.charCodeAt(0), 0x85ebca6b);
  h = Math.imul(h ^ text.charCodeAt(1), 0xc2b2ae35);
  h = Math.imul(h ^ text.charCodeAt(n - 1), 0x27d4eb2f);
  h = Math.imul(h ^ text.charCodeAt(n - 2), 0x165667b1);
  h = Math.imul(h ^ text.charCodeAt(n >> 1), 0x9e3779b1);
  return (h ^ (h >>> 15)) & (FILTER_BITS - 1);
}

/** `string` lists: exact, case-sensitive equality, one Map lookup per value that passes the filter. */
export class StringIndex {
  private readonly byValue = new Map<string, ListRefs>();
  private readonly filter = new Uint32Array(FILTER_BITS / 32);

  add(list: number, entries: readonly string[]): void {
    for (const entry of entries) {
      addRef(this.byValue, entry, list);
      const bit = fingerprint(entry);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  collect(value: string, sink: HitSink): boolean {
    const bit = fingerprint(value);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    const refs = this.byValue.get(value);
    return refs !== undefined && emitRefs(refs, value, sink);
  }
}
