// Steps 3–4 of a day: stream the day's attributes from MISP, keep the registered communities'
// ones, apply the per-event cap, and classify each (warninglists first, then reputation).
//
// Memory does not grow with the day's attributes, only with what must wait for the day's end:
// each page is classified as it comes, the reputation cache deciding what it can at once (no
// budget spent); only the attributes with a value still to look up are kept, compactly, their
// values once each, for one budgeted lookup pass at the end of the day — one `classify` call, so
// that the daily budget goes to `to_ids` values first and to each value once, as if the whole day
// had been classified in one call. The false positives are kept compact (false-positives.ts).
import type { MispClient } from '../misp/index.js';
import type { ReputationService } from '../reputation/index.js';
import type { WarninglistEngine } from '../warninglists/index.js';
import { dayWindow } from './days.js';
import { DayClassification, type ClassifiedDay } from './day-classification.js';

export type { ClassifiedDay } from './day-classification.js';
export type { FalsePositive } from './false-positives.js';

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

export async function classifyDay(input: ClassifyDayInput): Promise<ClassifiedDay> {
  const classification = new DayClassification({
    engine: input.engine,
    reputation: input.reputation,
    communities: input.communities,
    maxAttributesPerEvent: input.maxAttributesPerEvent,
    keepFalsePositives: input.keepFalsePositives ?? true,
  });
  await takePages(input, classification);
  const reputation = await classification.settleLookups(input.onLookups);
  return classification.result(input.day, reputation);
}

/** Streams the day's pages from MISP into the classification, each settled as far as the cache can. */
async function takePages(input: ClassifyDayInput, classification: DayClassification): Promise<void> {
  // The next page downloads while the cache answers for this one's attributes.
  const window = dayWindow(input.day, input.timeZone);
  const pages = input.misp.searchAttributes({ ...window, notTypes: input.skippedTypes, pageSize: input.pageSize });
  try {
    let next = pages.next();
    for (;;) {
      const result = await next;
      if (result.done) break;
      const candidates = classification.takePage(result.value);
      next = pages.next();
      // A failed download is thrown where it is awaited, above; this only keeps it from counting as unhandled meanwhile.
      next.catch(() => undefined);
      // The client's generator keeps its last page referenced until the next one arrives, though
      // it has read all it needs of it (synchronously, in the next() call above): emptying the
      // page lets its attributes die young, rather than be promoted to the old generation by the
      // cache reads below, a page at a time all day long. The day's counts check that paging goes on.
      result.value.length = 0;
      await classification.settleCached(candidates);
      input.onProgress?.(classification.fetched);
    }
  } finally {
    await pages.return();
  }
}
