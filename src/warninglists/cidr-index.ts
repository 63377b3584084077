import type { CidrEntry } from './compile.js';
import type { HitSink } from './hit-sink.js';
import { maskWord, newIpScratch, parseIpValue } from './ip.js';

interface Posting {
  list: number;
  entry: string;
}

/**
 * The networks of one prefix length, in an open-addressing hash table keyed by the masked address
 * (one word for IPv4, four for IPv6): a lookup is a few integer compares, no strings, no allocation.
 */
class PrefixTable {
  /**
   * Slot s holds its key words (as int32, `word | 0`) then 1 + its index into `postings`, side by
   * side so one probe touches one cache line; 0 marks an empty slot.
   */
  private readonly cells: Int32Array;
  private readonly stride: number;
  private readonly mask: number;
  readonly postings: Posting[][] = [];

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

  /** The postings of a one-word (IPv4) key, or undefined: the hot path, no loops over words. */
  findWord(word: number): Posting[] | undefined {
    const key = word | 0;
    for (let slot = this.hashWord(key); ; slot = (slot + 1) & this.mask) {
      const posting = this.cells[2 * slot + 1] ?? 0;
      if (posting === 0) return undefined;
      if (this.cells[2 * slot] === key) return this.postings[posting - 1];
    }
  }

  /** The postings of `key`, or undefined. */
  find(key: Uint32Array): Posting[] | undefined {
    for (let slot = this.hash(key); ; slot = (slot + 1) & this.mask) {
      const base = slot * this.stride;
      const posting = this.cells[base + this.width] ?? 0;
      if (posting === 0) return undefined;
      if (this.sameKey(base, key)) return this.postings[posting - 1];
    }
  }

  /** Adds a posting; a list keeps its first entry for a network (list order wins, as in MISP). */
  insert(key: Uint32Array, list: number, entry: string): void {
    let base: number;
    for (let slot = this.hash(key); ; slot = (slot + 1) & this.mask) {
      base = slot * this.stride;
      const posting = this.cells[base + this.width] ?? 0;
      if (posting === 0) break;
      if (this.sameKey(base, key)) {
        const postings = this.postings[posting - 1] ?? [];
        if (!postings.some((p) => p.list === list)) postings.push({ list, entry });
        return;
      }
    }
    for (let w = 0; w < this.width; w++) this.cells[base + w] = (key[w] ?? 0) | 0;
    this.postings.push([{ list, entry }]);
    this.cells[base + this.width] = this.postings.length;
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
  private readonly pending: { entry: CidrEntry; list: number; text: string }[] = [];
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

  add(list: number, entries: readonly CidrEntry[], texts: readonly string[]): void {
    for (const entry of entries) this.pending.push({ entry, list, text: texts[entry.index] ?? '' });
  }

  /** Builds the tables from every added entry; lists are added in engine order first. */
  build(): void {
    const byFamily = { 4: new Map<number, typeof this.pending>(), 6: new Map<number, typeof this.pending>() };
    for (const item of this.pending) {
      const byPrefix = byFamily[item.entry.family];
      const group = byPrefix.get(item.entry.prefix);
      if (group) group.push(item);
      else byPrefix.set(item.entry.prefix, [item]);
    }
    const buildTables = (byPrefix: Map<number, typeof this.pending>, width: 1 | 4): PrefixTable[] =>
      [...byPrefix.entries()]
        .sort(([a], [b]) => a - b)
        .map(([prefix, items]) => {
          const table = new PrefixTable(prefix, width, items.length);
          for (const item of items) {
            maskInto(item.entry.words, prefix, width, this.key);
            table.insert(this.key, item.list, item.text);
          }
          return table;
        });
    this.v4 = buildTables(byFamily[4], 1);
    for (const item of this.pending) {
      const { family, prefix, words } = item.entry;
      if (family !== 4) continue;
      const address = words[0] ?? 0;
      if (prefix >= 16) this.v4Buckets[address >>> 16] = (this.v4Buckets[address >>> 16] ?? 0) | (1 << (prefix - 16));
      else {
        // A network wider than /8 spans several /8s.
        const first = address >>> 24;
        const span = prefix >= 8 ? 1 : 2 ** (8 - prefix);
        for (let b = first; b < first + span; b++) this.v4WideBuckets[b] = (this.v4WideBuckets[b] ?? 0) | (1 << prefix);
      }
    }
    this.v6 = buildTables(byFamily[6], 4);
    this.pending.length = 0;
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
      let postings: Posting[] | undefined;
      if (v4) {
        const present = table.prefix >= 16 ? bucket & (1 << (table.prefix - 16)) : wideBucket & (1 << table.prefix);
        if (present === 0) continue;
        postings = table.findWord(maskWord(address, table.prefix));
      } else {
        maskInto(ip.words, table.prefix, 4, this.key);
        postings = table.find(this.key);
      }
      if (postings === undefined) continue;
      for (const posting of postings) if (sink.add(posting.list, posting.entry)) return true;
    }
    return false;
  }
}
