// A day's false positives, kept compact from classification to the write: a day can hold hundreds
// of thousands, and they all commit in the day's one transaction. Each keeps its attribute's ids
// (attribute-refs.ts), type and value; its evidence is rebuilt as JSON only when its CurationLog
// row is built: the warninglist hits by matching the value again on the same engine, the reputation
// evidence from the value's lookups and each half's verdict (shared between false positives).
import type { CurationReason } from '../generated/prisma/enums.js';
import { planLookups, type Evidence } from '../reputation/index.js';
import type { WarninglistEngine } from '../warninglists/index.js';
import { AttributeRefs, NumberColumn, StringColumn, type EventRef } from './attribute-refs.js';

/** One false positive as its CurationLog row needs it. */
export interface FalsePositive {
  organizationId: number;
  attributeId: string;
  attributeUuid: string;
  eventId: string;
  eventUuid: string | null;
  type: string;
  value: string;
  reason: CurationReason;
  /** JSON: the warninglist hits, or the provider's verdicts. */
  evidence: string;
}

/** Each half's verdict of a reputation false positive, in the order of the value's lookups. */
type Halves = readonly { provider: string | null; zone: string | null; source: string }[];

/** The false positives to log: their number, and the rows built one at a time. */
export interface FalsePositiveSelection extends Iterable<FalsePositive> {
  readonly size: number;
}

export const NO_FALSE_POSITIVES: FalsePositiveSelection = { size: 0, *[Symbol.iterator]() {} };

export class DayFalsePositives {
  private readonly refs = new AttributeRefs();
  private readonly types: string[] = [];
  private readonly typeIndex = new Map<string, number>();
  private readonly type = new NumberColumn((n) => new Int32Array(n));
  private readonly values = new StringColumn();
  /** Index into `halvesList`, or -1 for a warninglist hit. */
  private readonly halves = new NumberColumn((n) => new Int32Array(n));
  /** Distinct halves: most false positives share their verdicts with many others. */
  private readonly halvesList: Halves[] = [];
  private readonly halvesIndex = new Map<string, number>();

  /**
   * `engine`: the one that found the warninglist hits, asked again for them at write time.
   * `keep` false: nothing added is kept (a day that will log none).
   */
  constructor(
    private readonly engine: WarninglistEngine,
    private readonly keep = true,
  ) {}

  get size(): number {
    return this.values.length;
  }

  addWarninglistHit(event: EventRef, attributeId: string, attributeUuid: string, type: string, value: string): void {
    this.add(event, attributeId, attributeUuid, type, value, -1);
  }

  /** `evidence`: the classification's, every half benign. */
  addReputation(event: EventRef, attributeId: string, attributeUuid: string, type: string, value: string, evidence: readonly Evidence[]): void {
    if (!this.keep) return;
    const halves = evidence.map((e) => ({ provider: e.provider, zone: e.zone, source: e.source }));
    const key = JSON.stringify(halves);
    let index = this.halvesIndex.get(key);
    if (index === undefined) {
      index = this.halvesList.push(halves) - 1;
      this.halvesIndex.set(key, index);
    }
    this.add(event, attributeId, attributeUuid, type, value, index);
  }

  /** The false positives of every community but `excluded`, in the order they were decided. */
  select(excluded: ReadonlySet<number>): FalsePositiveSelection {
    return this.partition(excluded, null).act;
  }

  /**
   * The false positives of every community but `excluded`, split in two: those to act on, and
   * warninglist hits whose every list is `blocked` (by engine list index), only to be reported.
   */
  partition(excluded: ReadonlySet<number>, blocked: Uint8Array | null): { act: FalsePositiveSelection; report: FalsePositiveSelection } {
    // 0: left out, 1: act, 2: report.
    const kind = new Uint8Array(this.size);
    const sizes = [0, 0, 0];
    for (let row = 0; row < this.size; row++) {
      let k = excluded.has(this.refs.eventOf(row).organizationId) ? 0 : 1;
      if (k === 1 && blocked && this.halves.get(row) < 0) {
        const lists = this.engine.hitLists(this.types[this.type.get(row)]!, this.values.get(row));
        if (lists.every((l) => blocked[l] === 1)) k = 2;
      }
      kind[row] = k;
      sizes[k]!++;
    }
    const selection = (k: number): FalsePositiveSelection => ({ size: sizes[k]!, [Symbol.iterator]: () => this.rowsOfKind(kind, k) });
    return { act: selection(1), report: selection(2) };
  }

  private *rowsOfKind(kind: Uint8Array, k: number): Generator<FalsePositive> {
    for (let row = 0; row < this.size; row++) if (kind[row] === k) yield this.row(row);
  }

  private add(event: EventRef, attributeId: string, attributeUuid: string, type: string, value: string, halves: number): void {
    if (!this.keep) return;
    this.refs.push(event, attributeId, attributeUuid);
    let t = this.typeIndex.get(type);
    if (t === undefined) {
      t = this.types.push(type) - 1;
      this.typeIndex.set(type, t);
    }
    this.type.push(t);
    this.values.push(value);
    this.halves.push(halves);
  }

  private row(row: number): FalsePositive {
    const event = this.refs.eventOf(row);
    const type = this.types[this.type.get(row)]!;
    const value = this.values.get(row);
    const base = {
      organizationId: event.organizationId,
      attributeId: this.refs.attributeId(row),
      attributeUuid: this.refs.attributeUuid(row),
      eventId: event.id,
      eventUuid: event.uuid,
      type,
      value,
    };
    const h = this.halves.get(row);
    if (h < 0) {
      const hits = this.engine.match(type, value).map((hit) => ({ id: hit.listId, name: hit.listName, entry: hit.entry, value: hit.value }));
      return { ...base, reason: 'WARNINGLIST', evidence: JSON.stringify({ warninglists: hits }) };
    }
    const halves = this.halvesList[h]!;
    const reputation = planLookups(type, value).requests.map((r, i) => ({
      provider: halves[i]!.provider,
      kind: r.kind,
      value: r.value,
      zone: halves[i]!.zone,
      source: halves[i]!.source,
    }));
    return { ...base, reason: 'REPUTATION', evidence: JSON.stringify({ reputation }) };
  }
}
