// The HTTP server answers a repeated read from the response cache, before Yoga, and never with an
// answer older than the last commit; everything else still goes through Yoga.
import type { Server } from 'node:http';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createToken, revokeToken } from '../../src/auth/tokens.js';
import { responseCacheOf } from '../../src/graphql/yoga.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { MAX_AGE_MS } from '../../src/stats/cache.js';
import { graphql } from '../generated/gql.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { countQueries } from '../helpers/query-count.js';
import { organization, seedDay } from './seed.js';
import { queueServices } from './services.js';

const Board = graphql(`
  query Board($from: Date!, $to: Date!) {
    leaderboard(from: $from, to: $to) { rank organization { alias } valid }
  }
`);

const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('response cache of the HTTP server', () => {
  let db: TempDb;
  let api: GraphQLHarness;
  let server: Server;
  let url: string;
  let alphaId: number;

  beforeAll(async () => {
    db = await tempDb();
    api = await graphqlHarness(db.prisma, testConfig({ HTTP_CORS_ORIGINS: 'https://grafana.example' }), queueServices(db.prisma));
    server = createHttpServer({ yoga: api.yoga, prisma: db.prisma });
    url = `${(await listen(server, 0, '127.0.0.1')).url}/graphql`;
    alphaId = (await organization(db.prisma, 'alpha')).id;
    await organization(db.prisma, 'bravo');
    await seedDay(db.prisma, alphaId, '2026-03-02', { mal: 5 });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await db?.close();
  });

  async function post(body: unknown, headers: Record<string, string> = {}, token: string | null = api.readerToken) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  }
  const board = { query: print(Board), variables: MARCH };
  const topValid = (text: string) => (JSON.parse(text) as { data: { leaderboard: { valid: number }[] } }).data.leaderboard[0]?.valid;

  it('answers a repeated read without touching the database, byte for byte the same', async () => {
    const first = await post(board);
    expect(first.status).toBe(200);
    expect(topValid(first.text)).toBe(5);
    const cache = responseCacheOf(api.yoga)!;
    const hits = cache.counts.hits;
    const again = await countQueries(db.prisma, () => post(board));
    expect(cache.counts.hits).toBe(hits + 1);
    expect(again.statements).toEqual([]);
    expect(again.result).toEqual(first);
  });

  it('never answers from before the last commit', async () => {
    await post(board);
    const cache = responseCacheOf(api.yoga)!;
    expect(topValid((await post(board)).text)).toBe(5);
    const hits = cache.counts.hits;
    const row = await seedDay(db.prisma, alphaId, '2026-03-03', { mal: 2 });
    expect(topValid((await post(board)).text)).toBe(7);
    expect(cache.counts.hits).toBe(hits);
    await db.prisma.dailyContribution.delete({ where: { id: row.id } });
    expect(topValid((await post(board)).text)).toBe(5);
  });

  it('keeps an answer at most a second, even when nothing is committed', async () => {
    // Only the clock is faked (timers stay real): the answer ages without waiting for it.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Past anything cached by earlier tests, then one answer computed at `computed`.
      vi.setSystemTime(Date.now() + MAX_AGE_MS);
      const computed = Date.now();
      await post(board);
      vi.setSystemTime(computed + MAX_AGE_MS - 1);
      const fresh = await countQueries(db.prisma, () => post(board));
      expect(fresh.statements.some((s) => /DailyContribution/.test(s))).toBe(false);
      vi.setSystemTime(computed + MAX_AGE_MS);
      const expired = await countQueries(db.prisma, () => post(board));
      expect(expired.statements.some((s) => /DailyContribution/.test(s))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks the token of every request: another token, none, or a revoked one', async () => {
    const reader = await post(board);
    const none = await post(board, {}, null);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await post(board, {}, `${api.readerToken}x`);
    expect(forged.status).toBe(401);
    const admin = await post(board, {}, api.adminToken);
    expect(admin.text).toBe(reader.text);
    const temporary = await createToken(db.prisma, 'soon revoked', 'READER');
    expect((await post(board, {}, temporary.token)).status).toBe(200);
    await revokeToken(db.prisma, temporary.record.id);
    expect((await post(board, {}, temporary.token)).status).toBe(401);
  });

  it('answers each Accept and Origin with their own headers', async () => {
    const plain = await post(board);
    const graphqlResponse = await post(board, { accept: 'application/graphql-response+json' });
    expect(plain.type).toMatch(/^application\/json/);
    expect(graphqlResponse.type).toMatch(/^application\/graphql-response\+json/);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.readerToken}`, origin: 'https://grafana.example' },
      body: JSON.stringify(board),
    });
    await response.text();
    expect(response.headers.get('access-control-allow-origin')).toBe('https://grafana.example');
    expect((await post(board)).text).toBe(plain.text);
  });

  it('keeps no errors, mutations or checks: they are answered by Yoga every time', async () => {
    const cache = responseCacheOf(api.yoga)!;
    const { hits, stored } = cache.counts;
    const bad = { query: print(Board), variables: { from: '2026-03-31', to: '2026-03-01' } };
    for (let i = 0; i < 2; i++) expect(JSON.parse((await post(bad)).text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const rename = (alias: string) => ({ query: `mutation { renameOrganization(alias: "bravo", newAlias: "${alias}") { __typename } }` });
    const renamed = await post(rename('charlie'), {}, api.adminToken);
    expect(JSON.parse(renamed.text).data.renameOrganization.__typename).not.toMatch(/Error/);
    const again = await post(rename('charlie'), {}, api.adminToken);
    expect(JSON.parse(again.text).data.renameOrganization.__typename).toBe('NotFoundError');
    await post(rename('bravo'), {}, api.adminToken);
    // Not a database read: its answer depends on the services (here: none).
    const check = { query: '{ checkIndicator(type: "ip-dst", value: "8.8.8.8") { decision } }' };
    for (let i = 0; i < 2; i++) expect(JSON.parse((await post(check)).text).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(cache.counts).toEqual({ hits, stored });
  });

  it('streams a subscription read from the same small JSON body', async () => {
    const run = await db.prisma.pipelineRun.create({ data: { kind: 'DAILY', trigger: 'API', status: 'SUCCEEDED', fromDay: '2026-03-01', toDay: '2026-03-01', daysTotal: 1, daysDone: 1 } });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${api.readerToken}` },
      body: JSON.stringify({ query: `subscription { pipelineRunProgress(id: "${run.id}") { status } }` }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = await response.text();
    expect(events).toContain('"status":"SUCCEEDED"');
    expect(events).toContain('event: complete');
  });

  it('computes once for identical requests arriving together after a commit', async () => {
    const cache = responseCacheOf(api.yoga)!;
    const row = await seedDay(db.prisma, alphaId, '2026-03-04', { mal: 1 });
    const { hits, stored } = cache.counts;
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(board)));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(topValid(answers[0]!.text)).toBe(6);
    expect(cache.counts).toEqual({ hits: hits + 7, stored: stored + 1 });
    await db.prisma.dailyContribution.delete({ where: { id: row.id } });
  });

  it('never holds a subscription back behind an identical one', async () => {
    const run = await db.prisma.pipelineRun.create({ data: { kind: 'DAILY', trigger: 'API', status: 'RUNNING', fromDay: '2026-03-01', toDay: '2026-03-02', daysTotal: 2 } });
    const body = JSON.stringify({ query: `subscription { pipelineRunProgress(id: "${run.id}") { status } }` });
    const headers = { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${api.readerToken}` };
    const streams = await Promise.all([0, 1].map(() => fetch(url, { method: 'POST', headers, body })));
    for (const stream of streams) {
      const reader = stream.body!.getReader();
      expect(new TextDecoder().decode((await reader.read()).value)).toContain('RUNNING');
      await reader.cancel();
    }
  });

  it('passes large and unsized bodies to Yoga unchanged', async () => {
    const padded = JSON.stringify({ ...board, extensions: { padding: 'x'.repeat(100_000) } });
    expect(topValid((await post(padded)).text)).toBe(5);
    const chunked = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.readerToken}` },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(JSON.stringify(board)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(topValid(await chunked.text())).toBe(5);
  });
});
