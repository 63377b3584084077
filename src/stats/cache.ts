// Results of expensive aggregates, reused while the database is unchanged. A year's leaderboard
// sums every daily row (tens of milliseconds); dashboards ask the same question many times a
// second, and the answer only changes when the pipeline writes.
import type { Db } from '../db/client.js';

/**
 * Changes whenever anything is written: total_changes() counts the rows changed through the
 * service's connection (the adapter holds a single one, the pipeline's writes included), and
 * data_version changes when another connection (the CLI, another process) commits.
 */
export async function dataStamp(prisma: Db): Promise<string> {
  const [row] = await prisma.$queryRaw<{ changes: bigint | number; version: bigint | number }[]>`
    SELECT total_changes() AS "changes", data_version AS "version" FROM pragma_data_version`;
  return `${row?.changes}:${row?.version}`;
}

interface Entry {
  stamp: string;
  at: number;
  value: Promise<unknown>;
}

/**
 * Reads on the service's connection see a write transaction in progress; if that transaction
 * then rolls back, the stamp does not move. Entries therefore also expire after MAX_AGE_MS, so
 * such a glimpse outlives the rollback by at most that long.
 */
const MAX_AGE_MS = 1000;
const MAX_ENTRIES = 256;

const caches = new WeakMap<Db, Map<string, Entry>>();

/** compute()'s result for `key`, computed at most once per stamp (concurrent callers share it). */
export async function cachedAggregate<T>(prisma: Db, key: string, compute: () => Promise<T>, now = Date.now): Promise<T> {
  let cache = caches.get(prisma);
  if (!cache) {
    cache = new Map();
    caches.set(prisma, cache);
  }
  const stamp = await dataStamp(prisma);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp && now() - hit.at < MAX_AGE_MS) return hit.value as Promise<T>;
  const value = compute();
  cache.delete(key);
  cache.set(key, { stamp, at: now(), value });
  // Oldest first in a Map: evict the least recently stored.
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  value.catch(() => cache.get(key)?.value === value && cache.delete(key));
  return value;
}
