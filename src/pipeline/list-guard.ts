// Which warninglists may curate a day. Counting follows every selected list exactly as MISP does;
// curation does not follow a list that
// - holds an entry too broad for any real list (refused at load, src/warninglists/breadth.ts),
// - hits more than CURATION_MAX_LIST_SHARE of the day's evaluated attributes (its breaker trips),
// - is new, or changed version, since the last curated day (unless CURATION_TRUST_NEW_LISTS).
// A false positive is acted on when at least one list that may curate hits it; the others are
// logged REPORT_ONLY, and the run's notes say which list was held back and why.
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { WarninglistEngine } from '../warninglists/index.js';
import type { ClassifiedDay } from './classify-day.js';

export interface ListGuard {
  /** By engine list index: 1 when the list curates nothing this day. */
  blocked: Uint8Array;
  notes: string[];
  /** Written with the day's counts: the versions now curated, the breakers that tripped. Detachable (passed on as writeDay's `also`). */
  record: (tx: Prisma.TransactionClient) => Promise<void>;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const label = (list: { name: string; version: number }) => `"${list.name}" v${list.version}`;

/** The notes about lists refused at load: the same for every day of a run. */
export function describeRefusedLists(engine: WarninglistEngine): string[] {
  const byList = new Map<string, { name: string; version: number; entries: { entry: string; reason: string }[] }>();
  for (const r of engine.refused) {
    let list = byList.get(r.listId);
    if (!list) byList.set(r.listId, (list = { name: r.listName, version: r.version, entries: [] }));
    list.entries.push(r);
  }
  return [...byList.values()].map(
    (l) =>
      `warninglist ${label(l)} is counted but never curated: ${l.entries.length} ${l.entries.length === 1 ? 'entry is' : 'entries are'} too broad for any real list, ` +
      `e.g. ${JSON.stringify(l.entries[0]!.entry)} (${l.entries[0]!.reason}); check where this list comes from.`,
  );
}

export async function guardLists(
  prisma: Db,
  source: string,
  engine: WarninglistEngine,
  classified: ClassifiedDay,
  config: Pick<Config, 'curationMaxListShare' | 'curationTrustNewLists'>,
): Promise<ListGuard> {
  const lists = engine.lists;
  const blocked = new Uint8Array(lists.length);
  const notes: string[] = [];
  const { day, listHits } = classified;
  let evaluated = 0;
  for (const t of classified.tallies.values()) evaluated += t.total.evaluated;

  const refused = new Set(engine.refused.map((r) => r.listId));
  const rows = await prisma.warninglist.findMany({ where: { source, listId: { in: lists.map((l) => l.id) } }, select: { listId: true, curatedVersion: true } });
  const curated = new Map(rows.map((r) => [r.listId, r.curatedVersion]));
  const fresh: string[] = [];
  const trips: { listId: string; share: number }[] = [];
  lists.forEach((list, i) => {
    const hits = listHits[i] ?? 0;
    if (refused.has(list.id)) blocked[i] = 1;
    const share = evaluated === 0 ? 0 : hits / evaluated;
    if (share > config.curationMaxListShare) {
      blocked[i] = 1;
      trips.push({ listId: list.id, share });
      notes.push(
        `${day}: warninglist ${label(list)} hit ${hits} of the day's ${evaluated} evaluated attributes (${percent(share)}), above CURATION_MAX_LIST_SHARE ` +
          `(${percent(config.curationMaxListShare)}): counted, not curated; check the list before raising the limit and running the day again.`,
      );
    }
    if (!config.curationTrustNewLists && curated.get(list.id) !== list.version) {
      blocked[i] = 1;
      if (hits > 0) fresh.push(`${label(list)} (${hits} hits)`);
    }
  });
  if (fresh.length > 0) {
    notes.push(
      `${day}: new or changed warninglists curate nothing on their first day; their hits are logged REPORT_ONLY: ${fresh.join(', ')}. ` +
        'They curate from the next day on (CURATION_TRUST_NEW_LISTS=true curates at once).',
    );
  }
  return {
    blocked,
    notes,
    async record(tx) {
      for (const list of lists) {
        await tx.warninglist.updateMany({ where: { source, listId: list.id }, data: { curatedVersion: list.version } });
      }
      for (const trip of trips) {
        await tx.warninglist.updateMany({ where: { source, listId: trip.listId }, data: { breakerDay: day, breakerShare: trip.share } });
      }
    },
  };
}
