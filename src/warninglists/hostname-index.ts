import { addRef, emitRefs, type HitSink, type ListRefs } from './hit-sink.js';
import { labelCount, suffixHash, walkHostnameSuffixes, type SuffixVisitor } from './hostname.js';

/**
 * `hostname` lists: normalised entries in an open-addressing table keyed by `suffixHash`, probed
 * with each suffix of the value's host as the walk computes it: no suffix is copied to a string.
 */
export class HostnameIndex implements SuffixVisitor {
  /** Entries as they are added; `build` turns them into the table and drops this Map. */
  private readonly byHostname = new Map<string, ListRefs>();
  private keys: string[] = [];
  private refs: ListRefs[] = [];
  /** Slot s: its key's hash, then 1 + its index into `keys`; 0 marks an empty slot. */
  private cells = new Int32Array(0);
  private mask = 0;
  private maxLabels = 0;
  /** The walk in progress (kept on the index so the walk allocates no closure). */
  private sink: HitSink | null = null;
  private full = false;

  add(list: number, normalisedEntries: readonly string[]): void {
    for (const entry of normalisedEntries) {
      addRef(this.byHostname, entry, list);
      this.maxLabels = Math.max(this.maxLabels, labelCount(entry));
    }
    // Every entry's last label is a key too, with no list when it is not an entry itself: a lone
    // label missing from the table cannot grow into an entry, so one probe both matches the TLD
    // and decides whether the walk goes on.
    for (const entry of normalisedEntries) {
      const last = entry.slice(entry.lastIndexOf('.') + 1);
      if (!this.byHostname.has(last)) this.byHostname.set(last, []);
    }
  }

  /** Builds the probe table from every key added. */
  build(): void {
    this.keys = [...this.byHostname.keys()];
    this.refs = [...this.byHostname.values()];
    this.byHostname.clear();
    let capacity = 8;
    while (capacity < this.keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.cells = new Int32Array(capacity * 2);
    this.keys.forEach((key, id) => {
      const hash = suffixHash(key);
      let slot = this.slotOf(hash);
      while (this.cells[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.cells[2 * slot] = hash;
      this.cells[2 * slot + 1] = id + 1;
    });
  }

  private slotOf(hash: number): number {
    const h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    return (h ^ (h >>> 13)) & this.mask;
  }

  visit(value: string, start: number, end: number, hash: number, labels: number): boolean {
    const length = end - start;
    for (let slot = this.slotOf(hash); ; slot = (slot + 1) & this.mask) {
      const id = this.cells[2 * slot + 1]!;
      if (id === 0) break;
      if (this.cells[2 * slot] !== hash) continue;
      const key = this.keys[id - 1]!;
      if (key.length !== length || !value.startsWith(key, start)) continue;
      if (this.sink === null) return false;
      // A lone label with no list emits nothing and lets the walk go on.
      this.full = emitRefs(this.refs[id - 1]!, key, this.sink);
      return this.full;
    }
    // Every later suffix ends with this lone label, unless MISP restarts after '' or '0'.
    return labels === 1 && length > 0 && !(length === 1 && value.charCodeAt(start) === 48);
  }

  /** Returns true when the sink needs no more hits. */
  collect(value: string, sink: HitSink): boolean {
    if (this.keys.length === 0) return false;
    this.sink = sink;
    this.full = false;
    walkHostnameSuffixes(value, this, this.maxLabels);
    this.sink = null;
    return this.full;
  }
}
