// Steps 3–4 of a day: stream the day's attributes from MISP, keep the registered communities'
// ones, apply the per-event cap, and classify each (warninglists first, then reputation).
import type { MispClient } from '../misp/index.js';
import { hasLookupKind, type ClassifyItem, type ReputationService } from '../reputation/index.js';
import type { WarninglistEngine, WarninglistHit } from '../warninglists/index.js';
import type { CurationReason } from '../generated/prisma/enums.js';
import { dayWindow } from './days.js';
import { CommunityTally } from './tally.js';

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

export interface ClassifiedDay {
  day: string;
  tallies: Map<number, CommunityTally>;
  falsePositives: FalsePositive[];
  /** Attributes MISP returned, registered communities or not. */
  fetched: number;
  reputation: { lookups: number; cacheHits: number; unchecked: number; errors: number };
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
}

interface Pending {
  organizationId: number;
  creator: string;
  attributeId: string;
  attributeUuid: string;
  eventId: string;
  eventUuid: string | null;
}

function hitsEvidence(hits: WarninglistHit[]): string {
  return JSON.stringify({ warninglists: hits.map((h) => ({ id: h.listId, name: h.listName, entry: h.entry, value: h.value })) });
}

export async function classifyDay(input: ClassifyDayInput): Promise<ClassifiedDay> {
  const { engine, communities } = input;
  const tallies = new Map<number, CommunityTally>();
  for (const id of new Set(communities.values())) tallies.set(id, new CommunityTally());
  const falsePositives: FalsePositive[] = [];
  const perEvent = new Map<string, number>();
  const pending: Pending[] = [];
  const lookups: ClassifyItem[] = [];
  let fetched = 0;

  const window = dayWindow(input.day, input.timeZone);
  for await (const page of input.misp.searchAttributes({ ...window, notTypes: input.skippedTypes, pageSize: input.pageSize })) {
    fetched += page.length;
    for (const attribute of page) {
      const event = attribute.Event;
      const organizationId = event ? communities.get(event.org_id) : undefined;
      if (organizationId === undefined || !event) continue;
      const tally = tallies.get(organizationId)!;
      const { type, value } = attribute;
      const creator = event.orgc_id;
      tally.add(type, creator, 'seen');
      // Pages come in attribute id order, so counting per event keeps the first N by id.
      const n = (perEvent.get(attribute.event_id) ?? 0) + 1;
      perEvent.set(attribute.event_id, n);
      if (input.maxAttributesPerEvent > 0 && n > input.maxAttributesPerEvent) {
        tally.add(type, creator, 'capped');
        continue;
      }
      const eventUuid = attribute.event_uuid ?? event.uuid ?? null;
      if (engine.isHit(type, value)) {
        tally.add(type, creator, 'warninglistFalsePositives');
        falsePositives.push({
          organizationId, attributeId: attribute.id, attributeUuid: attribute.uuid, eventId: attribute.event_id, eventUuid,
          type, value, reason: 'WARNINGLIST', evidence: hitsEvidence(engine.match(type, value)),
        });
      } else if (hasLookupKind(type)) {
        pending.push({ organizationId, creator, attributeId: attribute.id, attributeUuid: attribute.uuid, eventId: attribute.event_id, eventUuid });
        lookups.push({ type, value, toIds: attribute.to_ids });
      } else {
        tally.add(type, creator, 'unknown');
      }
    }
    input.onProgress?.(fetched);
  }

  // One call for the whole day, so the budget goes to to_ids attributes first and each value once.
  const { results, stats } = await input.reputation.classify(lookups);
  results.forEach((result, i) => {
    const item = lookups[i]!;
    const p = pending[i]!;
    const tally = tallies.get(p.organizationId)!;
    switch (result.outcome) {
      case 'benign':
        tally.add(item.type, p.creator, 'reputationFalsePositives');
        falsePositives.push({
          organizationId: p.organizationId, attributeId: p.attributeId, attributeUuid: p.attributeUuid, eventId: p.eventId, eventUuid: p.eventUuid,
          type: item.type, value: item.value, reason: 'REPUTATION',
          evidence: JSON.stringify({ reputation: result.evidence.map((e) => ({ provider: e.provider, kind: e.kind, value: e.value, zone: e.zone, source: e.source })) }),
        });
        break;
      case 'malicious':
        tally.add(item.type, p.creator, 'confirmedMalicious');
        break;
      case 'unchecked':
        tally.add(item.type, p.creator, 'unchecked');
        break;
      default:
        tally.add(item.type, p.creator, 'unknown');
    }
  });

  return { day: input.day, tallies, falsePositives, fetched, reputation: stats };
}
