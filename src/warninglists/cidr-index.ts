import type { CidrEntries } from './compile.js';
import type { HitSink } from './hit-sink.js';
import { maskWord, newIpScratch, parseIpValue } from './ip.js';

/**
 * The networks of one prefix length, in an open-addressing hash table keyed by the masked address
 * (one word for IPv4, four for IPv6): a lookup is a few integer compares, no strings, no allocation.
 */
class PrefixTable {
  /**
   * Slot s holds its key words (as int32, `word | 0`) then 1 + its first posting, side by side so
   * one probe touches one cache line; 0 marks an empty slot.
   */
  private readonly cells: Int32Array;
  private readonly stride: number;
  private readonly mask: number;
  /** Posting p: the list, the entry as written, and the network's next posting (-1: none). */
  readonly postingList: number[] = [];
  readonly postingEntry: string[] = [];
  readonly postingNext: number[] = [];

  constructor(
    readonly prefix: number,
    private readonly width: 1 | 4,
    count: number,
  ) {
    let capacity = 8;
    while (capacity < count * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.stride = width + 1;
    this.cells = new Int32Array(capacity * this.stride);
  }

  private hashWord(word: number): number {
    const h = Math.imul(word, 0x9e3779b1);
    return (h ^ (h >>> 15)) & this.mask;
  }

  private hash(key: Uint32Array): number {
    if (this.width === 1) return this.hashWord((key[0] ?? 0) | 0);
    let h = Math.imul(key[0] ?? 0, 0x9e3779b1);
    for (let w = 1; w < this.width; w++) h = Math.imul(h ^ (key[w] ?? 0), 0x85ebca6b);
    return (h ^ (h >>> 15)) & this.mask;
  }

  private sameKey(base: number, key: Uint32Array): boolean {
    for (let w = 0; w < this.width; w++) if (this.cells[base + w] !== ((key[w] ?? 0) | 0)) return false;
    return true;
  }

  /** The first posting of a one-word (IPv4) key, or -1: the hot path, no loops over words. */
  findWord(word: number): number {
    const key = word | 0;
    for (let slot = this.hashWord(key); ; slot = (slot + 1) & this.mask) {
      const posting = this.cells[2 * slot + 1] ?? 0;
      if (posting === 0) return -1;
      if (this.cells[2 * slot] === key) return posting - 1;
    }
  }

  /** The first posting of `key`, or -1. */
  find(key: Uint32Array): number {
    for (let slot = this.hash(key); ; slot = (slot + 1) & this.mask) {
      const base = slot * this.stride;
      const posting = this.cells[base + this.width] ?? 0;
      if (posting === 0) return -1;
      if (this.sameKey(base, key)) return posting - 1;
    }
  }

  /** Adds a posting; a list keeps its first entry for a network (list order wins, as in MISP). */
  insert(key: Uint32Array, list: number, entry: string): void {
    let base: number;
    for (let slot = this.hash(key); ; slot = (slot + 1) & this.mask) {
      base = slot * this.stride;
      const first = this.cells[base + this.width] ?? 0;
      if (first === 0) break;
      if (this.sameKey(base, key)) {
        let last = first - 1;
        for (let p = last; p >= 0; p = this.postingNext[p] ?? -1) {
          if (this.postingList[p] === list) return;
          last = p;
        }
        this.postingNext[last] = this.addPosting(list, entry);
        return;
      }
    }
    for (let w = 0; w < this.width; w++) this.cells[base + w] = (key[w] ?? 0) | 0;
    this.cells[base + this.width] = this.addPosting(list, entry) + 1;
  }

  private addPosting(list: number, entry: string): number {
    this.postingList.push(list);
    this.postingEntry.push(entry);
    this.postingNext.push(-1);
    return this.postingList.length - 1;
  }

  /** Reports the postings from `first` on; returns true when the sink needs no more. */
  emit(first: number, sink: HitSink): boolean {
    for (let p = first; p >= 0; p = this.postingNext[p] ?? -1) {
      if (sink.add(this.postingList[p] ?? 0, this.postingEntry[p] ?? '')) return true;
    }
    return false;
  }
}

function maskInto(words: Uint32Array, prefix: number, width: number, out: Uint32Array): void {
  for (let w = 0; w < width; w++) out[w] = maskWord(words[w] ?? 0, prefix - 32 * w);
}

/**
 * `cidr` lists: one hash table per prefix length present, per family. An address or network with
 * prefix P is looked up, widest table first, in every table whose prefix is at most P: the value
 * then lies wholly inside the entry found.
 */
export class CidrIndex {
  private readonly pending: { list: number; cidrs: CidrEntries; texts: readonly string[] }[] = [];
  private v4: PrefixTable[] = [];
  /**
   * Per /16 of the IPv4 space, bit (P - 16) is set when a network of prefix P >= 16 lies in it:
   * most addresses then skip most tables without probing them.
   */
  private readonly v4Buckets = new Uint32Array(65536);
  /** The same per /8 for prefixes below 16: bit P is set when a network of prefix P lies in it. */
  private readonly v4WideBuckets = new Uint32Array(256);
  private v6: PrefixTable[] = [];
  private readonly scratch = newIpScratch();
  private readonly key = new Uint32Array(4);
  private readonly entryWords = new Uint32Array(4);

  add(list: number, cidrs: CidrEntries, texts: readonly string[]): void {
    this.pending.push({ list, cidrs, texts });
  }

  /** Builds the tables from every added entry; lists are added in engine order first. */
  build(): void {
    // Entries per (family, prefix), to size each table before filling it in list order.
    const counts = { 4: new Map<number, number>(), 6: new Map<number, number>() };
    for (const { cidrs } of this.pending) {
      for (let i = 0; i < cidrs.count; i++) {
        const byPrefix = counts[cidrs.family[i] as 4 | 6];
        const prefix = cidrs.prefix[i] ?? 0;
        byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + 1);
      }
    }
    const tables = (family: 4 | 6): PrefixTable[] => [...counts[family].entries()].sort(([a], [b]) => a - b).map(([prefix, n]) => new PrefixTable(prefix, family === 4 ? 1 : 4, n));
    this.v4 = tables(4);
    this.v6 = tables(6);
    const v4ByPrefix = new Map(this.v4.map((t) => [t.prefix, t]));
    const v6ByPrefix = new Map(this.v6.map((t) => [t.prefix, t]));
    for (const { list, cidrs, texts } of this.pending) {
      for (let i = 0; i < cidrs.count; i++) {
        const family = cidrs.family[i];
        const prefix = cidrs.prefix[i] ?? 0;
        const words = this.entryWords;
        for (let w = 0; w < 4; w++) words[w] = cidrs.words[4 * i + w] ?? 0;
        const width = family === 4 ? 1 : 4;
        maskInto(words, prefix, width, this.key);
        const table = (family === 4 ? v4ByPrefix : v6ByPrefix).get(prefix);
        table?.insert(this.key, list, texts[cidrs.index[i] ?? 0] ?? '');
        if (family === 4) this.markV4(words[0] ?? 0, prefix);
      }
    }
    this.pending.length = 0;
  }

  private markV4(address: number, prefix: number): void {
    if (prefix >= 16) this.v4Buckets[address >>> 16] = (this.v4Buckets[address >>> 16] ?? 0) | (1 << (prefix - 16));
    else {
      // A network wider than /8 spans several /8s.
      const first = address >>> 24;
      const span = prefix >= 8 ? 1 : 2 ** (8 - prefix);
      for (let b = first; b < first + span; b++) this.v4WideBuckets[b] = (this.v4WideBuckets[b] ?? 0) | (1 << prefix);
    }
  }

  collect(value: string, sink: HitSink): boolean {
    const ip = parseIpValue(value, this.scratch);
    if (ip === null) return false;
    const v4 = ip.family === 4;
    const address = ip.words[0] ?? 0;
    const bucket = this.v4Buckets[address >>> 16] ?? 0;
    const wideBucket = this.v4WideBuckets[address >>> 24] ?? 0;
    for (const table of v4 ? this.v4 : this.v6) {
      if (table.prefix > ip.prefix) break;
      let first: number;
      if (v4) {
        const present = table.prefix >= 16 ? bucket & (1 << (table.prefix - 16)) : wideBucket & (1 << table.prefix);
        if (present === 0) continue;
        first = table.findWord(maskWord(address, table.prefix));
      } else {
        maskInto(ip.words, table.prefix, 4, this.key);
        first = table.find(this.key);
      }
      if (first >= 0 && table.emit(first, sink)) return true;
    }
    return false;
  }
}
