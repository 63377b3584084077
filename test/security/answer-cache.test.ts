// Finding 7: the HTTP answer cache counted ~150 B per entry where an entry costs ~840 B of heap,
// and kept old entries after a commit: its 64 MB budget was ~300 MB of real heap. Now an entry is
// counted for what it takes (checked here by weighing the heap after GC), the cache is bounded by
// entries and bytes, and a commit empties it of what it made stale.
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/graphql/read-cache.js';
import { dataStamp } from '../../src/stats/cache.js';
import { touch } from '../graphql/seed.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { liveBytes, mb } from './gc.js';

/** A dashboard's request for one more distinct range, and the answer Yoga would give it. */
function distinctRequest(i: number): { req: IncomingMessage; body: Buffer; response: Response } {
  const body = Buffer.from(
    JSON.stringify({
      query: 'query($from: Date!, $to: Date!) { leaderboard(from: $from, to: $to) { rank organization { alias } valid } }',
      variables: { from: '2026-01-01', to: `2026-02-${String((i % 28) + 1).padStart(2, '0')}`, n: i },
    }),
  );
  const req = { headers: { authorization: 'Bearer mtc_reader', accept: 'application/json', 'content-type': 'application/json' } } as unknown as IncomingMessage;
  const text = JSON.stringify({ data: { leaderboard: [{ rank: 1, organization: { alias: `community-${i}` }, valid: i }] } });
  const response = new Response(text, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) } });
  return { req, body, response };
}

async function fill(cache: ResponseCache, stamp: number, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++) {
    const { req, body, response } = distinctRequest(i);
    await cache.answer(req, ResponseCache.keyOf(req, body));
    await cache.settle(req, { stamp, at: Date.now() }, response);
    // As Yoga would: the original answer goes to the client.
    await response.text();
  }
}

describe('HTTP answer cache', () => {
  let db: TempDb;

  beforeAll(async () => {
    db = await tempDb();
  });
  afterAll(() => db?.close());

  it('counts an entry for the heap it really takes, and stays within its bytes', async () => {
    const maxBytes = 2 * 1024 * 1024;
    const cache = new ResponseCache(db.prisma, { maxEntries: 1_000_000, maxBytes });
    const stamp = (await dataStamp(db.prisma))!;
    await fill(cache, stamp, 0, 10); // warm up the code paths before weighing
    const before = await liveBytes();
    await fill(cache, stamp, 10, 5_000);
    const after = await liveBytes();
    const { entries, bytes } = cache.size();
    const grown = after.heap + after.buffers - (before.heap + before.buffers);
    console.log(
      `[answer cache] 5,000 distinct requests into a 2 MB cache: ${entries} entries kept (the rest evicted, or too old), counted ${mb(bytes)} MB; ` +
        `live heap + buffers grew ${mb(grown)} MB after GC; ${entries > 0 ? Math.round(grown / entries) : 0} B per entry really, ${entries > 0 ? Math.round(bytes / entries) : 0} B counted`,
    );
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    // What is counted covers what the heap holds (was 150 B counted for 840 B held).
    expect(grown).toBeLessThanOrEqual(bytes + 512 * 1024);
  });

  it('keeps at most maxEntries answers', async () => {
    const cache = new ResponseCache(db.prisma, { maxEntries: 100, maxBytes: 64 * 1024 * 1024 });
    await fill(cache, (await dataStamp(db.prisma))!, 0, 500);
    expect(cache.size().entries).toBeLessThanOrEqual(100);
  });

  it('lets go of every answer made stale by a commit', async () => {
    const cache = new ResponseCache(db.prisma);
    await fill(cache, (await dataStamp(db.prisma))!, 0, 200);
    expect(cache.size().entries).toBeGreaterThan(0);
    await touch(db.prisma);
    const stamp = (await dataStamp(db.prisma))!;
    await fill(cache, stamp, 1000, 1);
    expect(cache.size().entries).toBe(1);
  });
});
