import type { HitSink } from './hit-sink.js';

/**
 * `substring` lists: an Aho-Corasick automaton over every entry, so a value is scanned once whatever
 * the number of entries. Children are sibling chains in typed arrays (the root has a direct table),
 * which keeps ~100k nodes compact.
 */
export class SubstringIndex {
  private readonly patterns: { list: number; index: number; entry: string }[] = [];
  /** Lists holding an empty entry: PHP's str_contains($v, '') is true for every value. */
  private readonly everywhere: { list: number; index: number }[] = [];
  private rootTable = new Int32Array(0);
  private firstChild = new Int32Array(0);
  private nextSibling = new Int32Array(0);
  private label = new Uint16Array(0);
  private fail = new Int32Array(0);
  /** Node → first pattern id ending here, chained through `nextOutput`; -1 when none. */
  private output = new Int32Array(0);
  private nextOutput = new Int32Array(0);
  /** Node → nearest node on its failure chain that has an output; -1 when none. */
  private dictionary = new Int32Array(0);
  /** Per list: the smallest matching entry index of the value being scanned. */
  private best = new Int32Array(0);
  private readonly touched: number[] = [];
  private readonly entriesOf = new Map<number, readonly string[]>();

  add(list: number, entries: readonly string[]): void {
    this.entriesOf.set(list, entries);
    entries.forEach((entry, index) => {
      if (entry === '') this.everywhere.push({ list, index });
      else this.patterns.push({ list, index, entry });
    });
  }

  get size(): number {
    return this.patterns.length;
  }

  build(listCount: number): void {
    let capacity = 1;
    for (const p of this.patterns) capacity += p.entry.length;
    this.firstChild = new Int32Array(capacity).fill(-1);
    this.nextSibling = new Int32Array(capacity).fill(-1);
    this.label = new Uint16Array(capacity);
    this.output = new Int32Array(capacity).fill(-1);
    this.nextOutput = new Int32Array(this.patterns.length).fill(-1);
    this.rootTable = new Int32Array(65536).fill(-1);
    let nodes = 1;
    this.patterns.forEach((pattern, id) => {
      let node = 0;
      for (let i = 0; i < pattern.entry.length; i++) {
        const c = pattern.entry.charCodeAt(i);
        let child = this.child(node, c);
        if (child < 0) {
          child = nodes++;
          this.label[child] = c;
          if (node === 0) this.rootTable[c] = child;
          this.nextSibling[child] = this.firstChild[node] ?? -1;
          this.firstChild[node] = child;
        }
        node = child;
      }
      this.nextOutput[id] = this.output[node] ?? -1;
      this.output[node] = id;
    });
    this.fail = new Int32Array(nodes);
    this.dictionary = new Int32Array(nodes).fill(-1);
    const queue: number[] = [];
    for (let child = this.firstChild[0] ?? -1; child >= 0; child = this.nextSibling[child] ?? -1) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? 0;
      for (let child = this.firstChild[node] ?? -1; child >= 0; child = this.nextSibling[child] ?? -1) {
        const c = this.label[child] ?? 0;
        let f = this.fail[node] ?? 0;
        while (f !== 0 && this.child(f, c) < 0) f = this.fail[f] ?? 0;
        const target = this.child(f, c);
        const failTo = target >= 0 && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.dictionary[child] = (this.output[failTo] ?? -1) >= 0 ? failTo : (this.dictionary[failTo] ?? -1);
        queue.push(child);
      }
    }
    this.best = new Int32Array(listCount).fill(-1);
  }

  private child(node: number, c: number): number {
    if (node === 0) return this.rootTable[c] ?? -1;
    for (let child = this.firstChild[node] ?? -1; child >= 0; child = this.nextSibling[child] ?? -1) {
      if (this.label[child] === c) return child;
    }
    return -1;
  }

  /** Reports, per list, the first entry in list order that the value contains (as MISP loops). */
  collect(value: string, sink: HitSink): boolean {
    for (const e of this.everywhere) if (sink.wants(e.list)) this.note(e.list, e.index);
    let node = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      let next = this.child(node, c);
      while (next < 0 && node !== 0) {
        node = this.fail[node] ?? 0;
        next = this.child(node, c);
      }
      node = next < 0 ? 0 : next;
      for (let out = (this.output[node] ?? -1) >= 0 ? node : (this.dictionary[node] ?? -1); out >= 0; out = this.dictionary[out] ?? -1) {
        for (let id = this.output[out] ?? -1; id >= 0; id = this.nextOutput[id] ?? -1) {
          const pattern = this.patterns[id];
          if (pattern !== undefined && sink.wants(pattern.list)) this.note(pattern.list, pattern.index);
        }
      }
    }
    return this.flush(sink);
  }

  private note(list: number, index: number): void {
    const current = this.best[list] ?? -1;
    if (current < 0) this.touched.push(list);
    if (current < 0 || index < current) this.best[list] = index;
  }

  private flush(sink: HitSink): boolean {
    this.touched.sort((a, b) => a - b);
    let stop = false;
    for (const list of this.touched) {
      const index = this.best[list] ?? -1;
      this.best[list] = -1;
      if (!stop) stop = sink.add(list, this.entriesOf.get(list)?.[index] ?? '');
    }
    this.touched.length = 0;
    return stop;
  }
}
