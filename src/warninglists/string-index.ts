import { addRef, emitRefs, type HitSink, type ListRefs } from './hit-sink.js';

/** `string` lists: exact, case-sensitive equality, one Map lookup per value. */
export class StringIndex {
  private readonly byValue = new Map<string, ListRefs>();

  add(list: number, entries: readonly string[]): void {
    for (const entry of entries) addRef(this.byValue, entry, list);
  }

  collect(value: string, sink: HitSink): boolean {
    const refs = this.byValue.get(value);
    return refs !== undefined && emitRefs(refs, value, sink);
  }
}
