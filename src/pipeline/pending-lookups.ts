// The attributes of a day the reputation cache could not answer, waiting for the end-of-day lookup
// pass: each (type, value) once, `to_ids` if any of its attributes is, so that the pass's one
// `classify` call spends the budget on `to_ids` values first and on each value once. The attributes
// are kept compactly (attribute-refs.ts), each with the index of its value.
import type { Classification, ClassifyItem } from '../reputation/index.js';
import { AttributeRefs, NumberColumn, type EventRef } from './attribute-refs.js';

export class PendingLookups {
  /** Each (type, value) once: what the lookup pass classifies. */
  readonly items: ClassifyItem[] = [];
  /** type → value → index in `items`; only needed while attributes come in. */
  private readonly itemIndex = new Map<string, Map<string, number>>();
  private readonly waiting = new AttributeRefs();
  /** Per waiting attribute: the index of its value in `items`. */
  private readonly waitingItem = new NumberColumn((n) => new Int32Array(n));

  add(event: EventRef, attributeId: string, attributeUuid: string, item: ClassifyItem): void {
    const { type, value, toIds } = item;
    let byValue = this.itemIndex.get(type);
    if (!byValue) this.itemIndex.set(type, (byValue = new Map<string, number>()));
    let index = byValue.get(value);
    if (index === undefined) {
      index = this.items.push(item) - 1;
      byValue.set(value, index);
    } else if (toIds) {
      this.items[index]!.toIds = true;
    }
    this.waiting.push(event, attributeId, attributeUuid);
    this.waitingItem.push(index);
  }

  /** No attribute comes any more: the index of the values is let go before the lookup pass. */
  close(): void {
    this.itemIndex.clear();
  }

  /** Each waiting attribute, in the order it was added, with its value's classification (`results` as `items`). */
  forEachResult(results: readonly Classification[], visit: (event: EventRef, attributeId: string, attributeUuid: string, item: ClassifyItem, result: Classification) => void): void {
    for (let row = 0; row < this.waiting.length; row++) {
      const i = this.waitingItem.get(row);
      visit(this.waiting.eventOf(row), this.waiting.attributeId(row), this.waiting.attributeUuid(row), this.items[i]!, results[i]!);
    }
  }
}
