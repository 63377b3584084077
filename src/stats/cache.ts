// Results of expensive reads, reused while the database is unchanged. A year's leaderboard
// sums every daily row (tens of milliseconds); dashboards ask the same question many times a
// second, and the answer only changes when something is written.
import Database from 'better-sqlite3';
import type { Db } from '../db/client.js';

/**
 * A read-only connection of our own to the database file, used for one thing: SQLite's
 * data_version, which changes whenever another connection commits. Every writer (the service's
 * Prisma connection with the pipeline, the CLI, another process) is another connection to it, so
 * the stamp moves on every commit and never on uncommitted changes; reading it costs microseconds.
 */
const watchers = new WeakMap<Db, Promise<Database.Database | null>>();

async function openWatcher(prisma: Db): Promise<Database.Database | null> {
  const [main] = await prisma.$queryRaw<{ file: string }[]>`SELECT "file" FROM pragma_database_list WHERE "name" = 'main'`;
  // An in-memory database has no file to watch: nothing is cached for it.
  return main?.file ? new Database(main.file, { readonly: true, fileMustExist: true }) : null;
}

/** The database's commit stamp, or null when it cannot be watched (no caching then). */
export async function dataStamp(prisma: Db): Promise<number | null> {
  let watcher = watchers.get(prisma);
  if (!watcher) {
    watcher = openWatcher(prisma);
    watchers.set(prisma, watcher);
  }
  const db = await watcher;
  return db ? Number(db.pragma('data_version', { simple: true })) : null;
}

/**
 * Rows of small tables, counted on the same read-only connection (synchronously, microseconds),
 * for estimates that must not queue behind the service's connection; null without a file.
 */
export async function tableSizes(prisma: Db, tables: readonly string[]): Promise<Record<string, number> | null> {
  await dataStamp(prisma);
  const db = await watchers.get(prisma);
  if (!db) return null;
  return Object.fromEntries(tables.map((t) => [t, Number(db.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get())]));
}

/** When a cached value was computed: the commit stamp read before computing, and the clock. */
export interface Stamped {
  stamp: number;
  at: number;
}

interface Entry extends Stamped {
  value: Promise<unknown>;
}

/**
 * Reads on the service's connection see a write transaction in progress; if that transaction
 * rolls back, the stamp does not move. Entries therefore also expire after MAX_AGE_MS, so such a
 * glimpse outlives the rollback by at most that long.
 */
export const MAX_AGE_MS = 1000;
const MAX_ENTRIES = 512;

/** Whether a value computed at `entry` may still be answered: no commit since, and young enough. */
export function isCurrent(entry: Stamped, stamp: number, now = Date.now()): boolean {
  return entry.stamp === stamp && now - entry.at < MAX_AGE_MS;
}

const caches = new WeakMap<Db, Map<string, Entry>>();
const sweptStamps = new WeakMap<Map<string, Entry>, number>();

/** compute()'s result for `key`, computed at most once per stamp (concurrent callers share it). */
export async function cachedRead<T>(prisma: Db, key: string, compute: () => Promise<T>): Promise<T> {
  return (await cachedEntry(prisma, key, compute)).value;
}

/**
 * cachedRead, also telling when the value answered was computed (null when the database cannot
 * be watched and nothing is cached), so a layer above may keep something derived from it no longer.
 */
export async function cachedEntry<T>(prisma: Db, key: string, compute: () => Promise<T>): Promise<{ value: T; stamped: Stamped | null }> {
  const stamp = await dataStamp(prisma);
  if (stamp === null) return { value: await compute(), stamped: null };
  let cache = caches.get(prisma);
  if (!cache) {
    cache = new Map();
    caches.set(prisma, cache);
  }
  const now = Date.now();
  // After a commit nothing kept from before can be answered: let it go now rather than when evicted.
  if (sweptStamps.get(cache) !== stamp) {
    sweptStamps.set(cache, stamp);
    for (const [k, e] of cache) if (e.stamp !== stamp) cache.delete(k);
  }
  const hit = cache.get(key);
  if (hit && isCurrent(hit, stamp, now)) return { value: (await hit.value) as T, stamped: hit };
  const value = compute();
  const entries = cache;
  const entry: Entry = { stamp, at: now, value };
  entries.delete(key);
  entries.set(key, entry);
  // A Map iterates oldest first: evict the least recently stored.
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  return { value: await value, stamped: entry };
}
