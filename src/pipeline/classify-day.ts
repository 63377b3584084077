// Steps 3–4 of a day: stream the day's attributes from MISP, keep the registered communities'
// ones, apply the per-event cap, and classify each (warninglists first, then reputation).
//
// Memory does not grow with the day's attributes, only with what must wait for the day's end:
// each page is classified as it comes, the reputation cache deciding what it can at once (no
// budget spent); only the attributes with a value still to look up are kept, compactly, their
// values once each, for one budgeted lookup pass at the end of the day — one `classify` call, so
// that the daily budget goes to `to_ids` values first and to each value once, as if the whole day
// had been classified in one call. The false positives are kept compact (false-positives.ts).
import type { MispAttribute, MispClient } from '../misp/index.js';
import { hasLookupKind, type Classification, type ClassifyItem, type ReputationService } from '../reputation/index.js';
import type { WarninglistEngine } from '../warninglists/index.js';
import { dayWindow } from './days.js';
import { AttributeRefs, NumberColumn, type EventRef } from './attribute-refs.js';
import { COUNT_OF_OUTCOME } from './decision.js';
import { DayFalsePositives } from './false-positives.js';
import { CommunityTally } from './tally.js';

export type { FalsePositive } from './false-positives.js';

export interface ClassifiedDay {
  day: string;
  tallies: Map<number, CommunityTally>;
  /** Empty unless kept (`keepFalsePositives`); the tallies count them either way. */
  falsePositives: DayFalsePositives;
  /** Attributes MISP returned, registered communities or not. */
  fetched: number;
  /** Per list of the engine (by index): evaluated attributes it hits, all communities together. */
  listHits: Int32Array;
  /** Of the end-of-day lookup pass (the values the cache could not answer), per distinct value. */
  reputation: { lookups: number; unchecked: number; errors: number };
}

export interface ClassifyDayInput {
  misp: MispClient;
  engine: WarninglistEngine;
  reputation: ReputationService;
  /** MISP organisation id → local community id. */
  communities: Map<string, number>;
  day: string;
  timeZone: string;
  skippedTypes: string[];
  maxAttributesPerEvent: number;
  pageSize: number;
  /** Called after each page, with the attributes fetched so far. */
  onProgress?: (fetched: number) => void;
  /** Called as the end-of-day lookups end: how many of them are done. */
  onLookups?: (done: number, total: number) => void;
  /** false: count the false positives but keep none of them (a run that does not curate logs none). Default true. */
  keepFalsePositives?: boolean;
}

interface SeenEvent extends EventRef {
  /** Attributes of the event seen so far today. */
  count: number;
}

/** An attribute of a page to classify by reputation. */
interface Candidate {
  event: EventRef;
  attributeId: string;
  attributeUuid: string;
  item: ClassifyItem;
}

/** The cache is read for this many attributes at a time: short-lived batches keep the garbage young. */
const CACHE_BATCH = 1000;

export async function classifyDay(input: ClassifyDayInput): Promise<ClassifiedDay> {
  const { engine, communities, reputation } = input;
  const tallies = new Map<number, CommunityTally>();
  for (const id of new Set(communities.values())) tallies.set(id, new CommunityTally());
  const falsePositives = new DayFalsePositives(engine, input.keepFalsePositives ?? true);
  const listHits = new Int32Array(engine.lists.length);
  const events = new Map<string, SeenEvent>();
  // What the cache could not answer: each (type, value) once, to_ids if any of its attributes is,
  // and the attributes waiting for it.
  const waitingItems: ClassifyItem[] = [];
  const itemIndex = new Map<string, Map<string, number>>();
  const waiting = new AttributeRefs();
  const waitingItem = new NumberColumn((n) => new Int32Array(n));
  let fetched = 0;

  const settle = (event: EventRef, attributeId: string, attributeUuid: string, type: string, value: string, result: Classification) => {
    tallies.get(event.organizationId)!.add(type, event.creator, COUNT_OF_OUTCOME[result.outcome]);
    if (result.outcome === 'benign') falsePositives.addReputation(event, attributeId, attributeUuid, type, value, result.evidence);
  };

  const wait = (c: Candidate) => {
    const { type, value, toIds } = c.item;
    let byValue = itemIndex.get(type);
    if (!byValue) itemIndex.set(type, (byValue = new Map<string, number>()));
    let index = byValue.get(value);
    if (index === undefined) {
      index = waitingItems.push(c.item) - 1;
      byValue.set(value, index);
    } else if (toIds) {
      waitingItems[index]!.toIds = true;
    }
    waiting.push(c.event, c.attributeId, c.attributeUuid);
    waitingItem.push(index);
  };

  /** Counts and classifies what it can of a page at once; returns the attributes left to the reputation service. */
  const takePage = (page: MispAttribute[]): Candidate[] => {
    fetched += page.length;
    const candidates: Candidate[] = [];
    for (const attribute of page) {
      const mispEvent = attribute.Event;
      const organizationId = mispEvent ? communities.get(mispEvent.org_id) : undefined;
      if (organizationId === undefined || !mispEvent) continue;
      let event = events.get(attribute.event_id);
      if (!event) {
        event = { id: attribute.event_id, uuid: attribute.event_uuid ?? mispEvent.uuid ?? null, organizationId, creator: mispEvent.orgc_id, count: 0 };
        events.set(attribute.event_id, event);
      }
      const tally = tallies.get(organizationId)!;
      const { type, value } = attribute;
      tally.add(type, event.creator, 'seen');
      // Pages come in attribute id order, so counting per event keeps the first N by id.
      event.count++;
      if (input.maxAttributesPerEvent > 0 && event.count > input.maxAttributesPerEvent) {
        tally.add(type, event.creator, 'capped');
        continue;
      }
      if (engine.countHitLists(type, value, listHits) > 0) {
        tally.add(type, event.creator, 'warninglistFalsePositives');
        falsePositives.addWarninglistHit(event, attribute.id, attribute.uuid, type, value);
      } else if (hasLookupKind(type)) {
        candidates.push({ event, attributeId: attribute.id, attributeUuid: attribute.uuid, item: { type, value, toIds: attribute.to_ids } });
      } else {
        tally.add(type, event.creator, 'unknown');
      }
    }
    return candidates;
  };

  /** Settles what the cache answers (no budget spent); the rest waits for the end of the day. */
  const settleCached = async (candidates: Candidate[]): Promise<void> => {
    for (let start = 0; start < candidates.length; start += CACHE_BATCH) {
      const batch = candidates.slice(start, start + CACHE_BATCH);
      const cached = await reputation.classifyCached(batch.map((c) => c.item));
      batch.forEach((c, i) => {
        const result = cached[i];
        if (result) settle(c.event, c.attributeId, c.attributeUuid, c.item.type, c.item.value, result);
        else wait(c);
      });
    }
  };

  // The next page downloads while the cache answers for this one's attributes.
  const window = dayWindow(input.day, input.timeZone);
  const pages = input.misp.searchAttributes({ ...window, notTypes: input.skippedTypes, pageSize: input.pageSize });
  try {
    let next = pages.next();
    for (;;) {
      const result = await next;
      if (result.done) break;
      const candidates = takePage(result.value);
      next = pages.next();
      // A failed download is thrown where it is awaited, above; this only keeps it from counting as unhandled meanwhile.
      next.catch(() => undefined);
      // The client's generator keeps its last page referenced until the next one arrives, though
      // it has read all it needs of it (synchronously, in the next() call above): emptying the
      // page lets its attributes die young, rather than be promoted to the old generation by the
      // cache reads below, a page at a time all day long. The day's counts check that paging goes on.
      result.value.length = 0;
      await settleCached(candidates);
      input.onProgress?.(fetched);
    }
  } finally {
    await pages.return();
  }
  itemIndex.clear();

  // One call for everything the cache could not answer, so the budget goes to to_ids values first and each value once.
  const { results, stats } = await reputation.classify(waitingItems, undefined, input.onLookups);
  for (let row = 0; row < waiting.length; row++) {
    const i = waitingItem.get(row);
    const { type, value } = waitingItems[i]!;
    settle(waiting.eventOf(row), waiting.attributeId(row), waiting.attributeUuid(row), type, value, results[i]!);
  }

  return { day: input.day, tallies, falsePositives, fetched, listHits, reputation: { lookups: stats.lookups, unchecked: stats.unchecked, errors: stats.errors } };
}
