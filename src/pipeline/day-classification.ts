// One day's classification as its pages come in (classify-day.ts feeds them): the counts, false
// positives and list hits so far, the events seen (for the per-event cap), and what waits for the
// end-of-day lookup pass (pending-lookups.ts). Each page is counted and decided as far as the
// warninglists and the reputation cache can, spending no budget; the lookup pass settles the rest.
import type { MispAttribute } from '../misp/index.js';
import { hasLookupKind, type Classification, type ClassifyItem, type ReputationService } from '../reputation/index.js';
import type { WarninglistEngine } from '../warninglists/index.js';
import type { EventRef } from './attribute-refs.js';
import { COUNT_OF_OUTCOME } from './decision.js';
import { DayFalsePositives } from './false-positives.js';
import { PendingLookups } from './pending-lookups.js';
import { CommunityTally } from './tally.js';

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

export interface DayClassificationOptions {
  engine: WarninglistEngine;
  reputation: ReputationService;
  /** MISP organisation id → local community id. */
  communities: Map<string, number>;
  maxAttributesPerEvent: number;
  /** false: count the false positives but keep none of them. */
  keepFalsePositives: boolean;
}

interface SeenEvent extends EventRef {
  /** Attributes of the event seen so far today. */
  count: number;
}

/** An attribute of a page to classify by reputation. */
export interface Candidate {
  event: EventRef;
  attributeId: string;
  attributeUuid: string;
  item: ClassifyItem;
}

/** The cache is read for this many attributes at a time: short-lived batches keep the garbage young. */
const CACHE_BATCH = 1000;

export class DayClassification {
  private readonly tallies = new Map<number, CommunityTally>();
  private readonly falsePositives: DayFalsePositives;
  private readonly listHits: Int32Array;
  private readonly events = new Map<string, SeenEvent>();
  private readonly pending = new PendingLookups();
  private fetchedSoFar = 0;

  constructor(private readonly options: DayClassificationOptions) {
    for (const id of new Set(options.communities.values())) this.tallies.set(id, new CommunityTally());
    this.falsePositives = new DayFalsePositives(options.engine, options.keepFalsePositives);
    this.listHits = new Int32Array(options.engine.lists.length);
  }

  /** Attributes MISP returned so far, registered communities or not. */
  get fetched(): number {
    return this.fetchedSoFar;
  }

  /** Counts and classifies what it can of a page at once; returns the attributes left to the reputation service. */
  takePage(page: MispAttribute[]): Candidate[] {
    const { engine, communities, maxAttributesPerEvent } = this.options;
    const { tallies, events, falsePositives, listHits } = this;
    this.fetchedSoFar += page.length;
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
      if (maxAttributesPerEvent > 0 && event.count > maxAttributesPerEvent) {
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
  }

  /** Settles what the cache answers (no budget spent); the rest waits for the end of the day. */
  async settleCached(candidates: Candidate[]): Promise<void> {
    for (let start = 0; start < candidates.length; start += CACHE_BATCH) {
      const batch = candidates.slice(start, start + CACHE_BATCH);
      const cached = await this.options.reputation.classifyCached(batch.map((c) => c.item));
      batch.forEach((c, i) => {
        const result = cached[i];
        if (result) this.settle(c.event, c.attributeId, c.attributeUuid, c.item.type, c.item.value, result);
        else this.pending.add(c.event, c.attributeId, c.attributeUuid, c.item);
      });
    }
  }

  /** The end-of-day lookup pass, once every page is taken: settles what waits; returns its figures, per distinct value. */
  async settleLookups(onLookups?: (done: number, total: number) => void): Promise<ClassifiedDay['reputation']> {
    this.pending.close();
    // One call for everything the cache could not answer, so the budget goes to to_ids values first and each value once.
    const { results, stats } = await this.options.reputation.classify(this.pending.items, undefined, onLookups);
    this.pending.forEachResult(results, (event, attributeId, attributeUuid, { type, value }, result) => this.settle(event, attributeId, attributeUuid, type, value, result));
    return { lookups: stats.lookups, unchecked: stats.unchecked, errors: stats.errors };
  }

  /** The day as classified, once its lookups are settled. */
  result(day: string, reputation: ClassifiedDay['reputation']): ClassifiedDay {
    const { tallies, falsePositives, fetched, listHits } = this;
    return { day, tallies, falsePositives, fetched, listHits, reputation };
  }

  private settle(event: EventRef, attributeId: string, attributeUuid: string, type: string, value: string, result: Classification): void {
    this.tallies.get(event.organizationId)!.add(type, event.creator, COUNT_OF_OUTCOME[result.outcome]);
    if (result.outcome === 'benign') this.falsePositives.addReputation(event, attributeId, attributeUuid, type, value, result.evidence);
  }
}
