import type { HitSink } from './hit-sink.js';

/**
 * `substring` lists: an Aho-Corasick automaton over every entry, compiled to a dense transition
 * table over the characters the entries use, so a value is scanned once, one array read per
 * character, whatever the number of entries.
 */
export class SubstringIndex {
  private readonly patterns: { list: number; index: number; entry: string }[] = [];
  /** Lists holding an empty entry: PHP's str_contains($v, '') is true for every value. */
  private readonly everywhere: { list: number; index: number }[] = [];
  private readonly entriesOf = new Map<number, readonly string[]>();
  /** Character code → column in `delta`; column 0 stands for every character no entry uses. */
  private column = new Uint16Array(0);
  private width = 1;
  /** Node * width + column → next node. */
  private delta = new Int32Array(0);
  /** Node → first pattern id ending here, chained through `nextOutput`; -1 when none. */
  private output = new Int32Array(0);
  private nextOutput = new Int32Array(0);
  /** Node → nearest node on its failure chain that has an output; -1 when none. */
  private dictionary = new Int32Array(0);
  /** Node → 1 when reaching it reports at least one pattern. */
  private reports = new Uint8Array(0);
  /** Per list: the smallest matching entry index of the value being scanned. */
  private best = new Int32Array(0);
  private readonly touched: number[] = [];

  add(list: number, entries: readonly string[]): void {
    this.entriesOf.set(list, entries);
    entries.forEach((entry, index) => {
      if (entry === '') this.everywhere.push({ list, index });
      else this.patterns.push({ list, index, entry });
    });
  }

  build(listCount: number): void {
    this.column = new Uint16Array(65536);
    for (const { entry } of this.patterns) {
      for (let i = 0; i < entry.length; i++) {
        const c = entry.charCodeAt(i);
        if (this.column[c] === 0) this.column[c] = this.width++;
      }
    }
    // Trie first, with the dense table as its child array (-1: no child yet).
    let capacity = 1;
    for (const p of this.patterns) capacity += p.entry.length;
    const width = this.width;
    const delta = new Int32Array(capacity * width).fill(-1);
    const output = new Int32Array(capacity).fill(-1);
    this.nextOutput = new Int32Array(this.patterns.length).fill(-1);
    let nodes = 1;
    this.patterns.forEach((pattern, id) => {
      let node = 0;
      for (let i = 0; i < pattern.entry.length; i++) {
        const slot = node * width + (this.column[pattern.entry.charCodeAt(i)] ?? 0);
        if ((delta[slot] ?? -1) < 0) delta[slot] = nodes++;
        node = delta[slot] ?? 0;
      }
      this.nextOutput[id] = output[node] ?? -1;
      output[node] = id;
    });
    // Breadth first, turn missing children into failure transitions (the classic DFA build).
    const fail = new Int32Array(nodes);
    const dictionary = new Int32Array(nodes).fill(-1);
    const queue: number[] = [];
    for (let a = 0; a < width; a++) {
      const child = delta[a] ?? -1;
      if (child < 0) delta[a] = 0;
      else queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? 0;
      const failBase = (fail[node] ?? 0) * width;
      for (let a = 0; a < width; a++) {
        const slot = node * width + a;
        const child = delta[slot] ?? -1;
        if (child < 0) {
          delta[slot] = delta[failBase + a] ?? 0;
          continue;
        }
        const failTo = delta[failBase + a] ?? 0;
        fail[child] = failTo;
        dictionary[child] = (output[failTo] ?? -1) >= 0 ? failTo : (dictionary[failTo] ?? -1);
        queue.push(child);
      }
    }
    this.delta = delta.slice(0, nodes * width);
    this.output = output.slice(0, nodes);
    this.dictionary = dictionary;
    this.reports = new Uint8Array(nodes);
    for (let n = 0; n < nodes; n++) this.reports[n] = (this.output[n] ?? -1) >= 0 || (dictionary[n] ?? -1) >= 0 ? 1 : 0;
    this.best = new Int32Array(listCount).fill(-1);
  }

  /** Reports, per list, the first entry in list order that the value contains (as MISP loops). */
  collect(value: string, sink: HitSink): boolean {
    for (const e of this.everywhere) if (sink.wants(e.list)) this.note(e.list, e.index);
    const { column, delta, reports, width } = this;
    let node = 0;
    for (let i = 0; i < value.length; i++) {
      node = delta[node * width + (column[value.charCodeAt(i)] ?? 0)] ?? 0;
      if (reports[node] === 1) this.report(node, sink);
    }
    return this.touched.length > 0 && this.flush(sink);
  }

  private report(node: number, sink: HitSink): void {
    for (let out = (this.output[node] ?? -1) >= 0 ? node : (this.dictionary[node] ?? -1); out >= 0; out = this.dictionary[out] ?? -1) {
      for (let id = this.output[out] ?? -1; id >= 0; id = this.nextOutput[id] ?? -1) {
        const pattern = this.patterns[id];
        if (pattern !== undefined && sink.wants(pattern.list)) this.note(pattern.list, pattern.index);
      }
    }
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
