/**
 * Collects the hits of one value across the indexes without allocating per value: the first hit
 * of a list wins (as in MISP, where each list reports one match), later ones for it are ignored.
 */
export class HitSink {
  private readonly stamp: Int32Array;
  private generation = 0;
  private applicable: Uint8Array = new Uint8Array(0);
  private stopAtFirst = false;
  /** The part of the value being checked; recorded with each hit. */
  current = '';
  /** Hits recorded since `reset`; the arrays are reused, only their first `size` items count. */
  size = 0;
  readonly lists: number[] = [];
  readonly entries: string[] = [];
  readonly values: string[] = [];

  constructor(listCount: number) {
    this.stamp = new Int32Array(listCount);
  }

  /** Starts a new value. With `stopAtFirst`, `add` asks the indexes to stop at the first hit. */
  reset(applicable: Uint8Array, stopAtFirst: boolean): void {
    if (++this.generation === 0x3fffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    this.applicable = applicable;
    this.stopAtFirst = stopAtFirst;
    this.size = 0;
  }

  /** True when a hit of this list would still be recorded. */
  wants(list: number): boolean {
    return this.applicable[list] === 1 && this.stamp[list] !== this.generation;
  }

  /** Records a hit; returns true when the caller needs no more hits. */
  add(list: number, entry: string): boolean {
    if (!this.wants(list)) return false;
    this.stamp[list] = this.generation;
    this.lists[this.size] = list;
    this.entries[this.size] = entry;
    this.values[this.size] = this.current;
    this.size++;
    return this.stopAtFirst;
  }
}

/** List references of one key: a single list index, or several. */
export type ListRefs = number | number[];

export function addRef(map: Map<string, ListRefs>, key: string, list: number): void {
  const refs = map.get(key);
  if (refs === undefined) map.set(key, list);
  else if (typeof refs === 'number') {
    if (refs !== list) map.set(key, [refs, list]);
  } else if (refs[refs.length - 1] !== list) refs.push(list);
}

/** Reports every list of `refs` with `entry`; returns true when the sink needs no more. */
export function emitRefs(refs: ListRefs, entry: string, sink: HitSink): boolean {
  if (typeof refs === 'number') return sink.add(refs, entry);
  for (const list of refs) if (sink.add(list, entry)) return true;
  return false;
}
