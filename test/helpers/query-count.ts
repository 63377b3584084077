// Counts the SQL statements Prisma sends while a piece of code runs, to pin N+1 regressions.
// The client must have been opened with `logQueries: true` (tempDb does).
import type { Db } from '../../src/db/client.js';

type QueryEvent = { query: string };
const listeners = new Set<(event: QueryEvent) => void>();
const subscribed = new WeakSet<object>();

export async function countQueries<T>(prisma: Db, run: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  if (!subscribed.has(prisma)) {
    subscribed.add(prisma);
    (prisma as unknown as { $on(event: 'query', cb: (e: QueryEvent) => void): void }).$on('query', (e) => listeners.forEach((fn) => fn(e)));
  }
  const statements: string[] = [];
  const listener = (event: QueryEvent) => statements.push(event.query);
  listeners.add(listener);
  try {
    const result = await run();
    return { result, count: statements.filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(s.trim())).length, statements };
  } finally {
    listeners.delete(listener);
  }
}
