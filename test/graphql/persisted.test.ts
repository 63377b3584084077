// Persisted operations: the registered documents (src/graphql/operations/, the README's, and the
// web console's) are callable by hash, the manifest codegen wrote matches them, and
// GRAPHQL_PERSISTED_ONLY holds reader tokens to them while admin tokens, REST routes and the
// console (which sends every operation by hash) go on.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, print, stripIgnoredCharacters, visit, type ASTNode, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as consoleDocuments from '../../src/console/documents.js';
import { PERSISTED_DOCUMENTS } from '../../src/graphql/persisted-operations.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { organization, seedDay } from './seed.js';
import { queueServices } from './services.js';

const OPERATIONS_DIR = new URL('../../src/graphql/operations/', import.meta.url);

/** Order-free form of a document: definitions, selections and variables sorted, whitespace and comments gone. */
function canonical(document: DocumentNode): string {
  const key = (node: ASTNode) => print(node);
  const sorted = visit(document, {
    Document: { leave: (node) => ({ ...node, definitions: [...node.definitions].sort((a, b) => key(a).localeCompare(key(b))) }) },
    SelectionSet: (node) => ({ ...node, selections: [...node.selections].sort((a, b) => key(a).localeCompare(key(b))) }),
    OperationDefinition: (node) => ({ ...node, variableDefinitions: [...(node.variableDefinitions ?? [])].sort((a, b) => key(a).localeCompare(key(b))) }),
    Field: (node) => ({ ...node, arguments: [...(node.arguments ?? [])].sort((a, b) => a.name.value.localeCompare(b.name.value)) }),
  });
  return stripIgnoredCharacters(print(sorted));
}

const operationName = (document: DocumentNode) => document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value;

const files = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(new URL(f, OPERATIONS_DIR), 'utf8'));
const hashOf = (name: string) => [...PERSISTED_DOCUMENTS].find(([, text]) => operationName(parse(text)) === name)![0];

/** What the console sends: each document's text and the hash codegen embedded in it. */
const consoleOperations = Object.values(consoleDocuments).map((document) => {
  const text = document.toString();
  return { name: operationName(parse(text))!, text, hash: document.__meta__?.hash as unknown };
});

describe('persisted operations', () => {
  it("registers every operation of src/graphql/operations/ and the console's, and nothing else, under the SHA-256 of its text (run npm run codegen after editing one)", () => {
    expect(PERSISTED_DOCUMENTS.size).toBe(files.length + consoleOperations.length);
    for (const [hash, text] of PERSISTED_DOCUMENTS) expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    const registered = [...PERSISTED_DOCUMENTS.values()].map((t) => canonical(parse(t))).sort();
    expect([...files, ...consoleOperations.map((o) => o.text)].map((f) => canonical(parse(f))).sort()).toEqual(registered);
  });

  it('registers every document the console sends under the hash the console sends it by', () => {
    expect(consoleOperations.length).toBeGreaterThan(10);
    for (const { name, text, hash } of consoleOperations) {
      expect(hash, name).toMatch(/^[0-9a-f]{64}$/);
      expect(PERSISTED_DOCUMENTS.has(hash as string), `${name} is not in the manifest under ${String(hash)}`).toBe(true);
      expect(canonical(parse(PERSISTED_DOCUMENTS.get(hash as string)!)), name).toBe(canonical(parse(text)));
    }
  });

  it('registers every GraphQL document the README shows', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    // The curl and client examples send documents inline, in JSON or in a gql`` template.
    const inline = [...readme.matchAll(/"query":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    const clients = [...readme.matchAll(/gql`([^`]*)`/g)].map((m) => m[1]!);
    const shown = [...blocks, ...inline, ...clients];
    expect(shown.length).toBeGreaterThan(0);
    const registered = new Set([...PERSISTED_DOCUMENTS.values()].map((t) => canonical(parse(t))));
    for (const text of shown) expect(registered.has(canonical(parse(text))), text).toBe(true);
  });

  describe('over GraphQL', () => {
    let db: TempDb;
    let open: GraphQLHarness;
    let strict: GraphQLHarness;
    let strictAnonymous: GraphQLHarness;

    beforeAll(async () => {
      db = await tempDb();
      open = await graphqlHarness(db.prisma, testConfig());
      strict = await graphqlHarness(db.prisma, testConfig({ GRAPHQL_PERSISTED_ONLY: 'true' }), queueServices(db.prisma));
      strictAnonymous = await graphqlHarness(db.prisma, testConfig({ GRAPHQL_PERSISTED_ONLY: 'true', GRAPHQL_ALLOW_ANONYMOUS: 'true' }));
      const alpha = await organization(db.prisma, 'alpha');
      await seedDay(db.prisma, alpha.id, '2026-03-02', { mal: 4, wl: 1 });
    });
    afterAll(() => db?.close());

    async function byHash(api: GraphQLHarness, hash: string, variables: object, token: string | null, apollo = false) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const body = apollo ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables } : { documentId: hash, variables };
      const response = await api.yoga.fetch('http://localhost/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
      return { status: response.status, ...((await response.json()) as { data?: ReturnType<typeof JSON.parse>; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
    }

    const march = { from: '2026-03-01', to: '2026-03-31' };

    it("runs a registered operation by its hash, as documentId or as Apollo's persistedQuery", async () => {
      const hash = hashOf('TopCommunities');
      const result = await byHash(open, hash, march, open.readerToken);
      expect(result.errors).toBeUndefined();
      expect(result.data.leaderboard).toEqual([{ rank: 1, organization: { alias: 'alpha' }, valid: 4, evaluated: 5, falsePositives: 1, qualityRatio: 0.8, coverage: 1 / 31 }]);
      expect((await byHash(open, hash, march, open.readerToken, true)).data).toEqual(result.data);
      const unknown = await byHash(open, 'f'.repeat(64), march, open.readerToken);
      expect(unknown.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/No registered operation has this hash.*web console \(src\/console\/documents.ts\).*persisted-documents.json/),
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      });
    });

    it('GRAPHQL_PERSISTED_ONLY refuses other documents to reader tokens and anonymous reads, not to admin tokens', async () => {
      const query = '{ organizations { alias } }';
      expect((await open.run(query, {}, open.readerToken)).data).toEqual({ organizations: [{ alias: 'alpha' }] });
      const refused = await strict.run(query, {}, strict.readerToken);
      expect(refused.data).toBeUndefined();
      expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/GRAPHQL_PERSISTED_ONLY=true/), extensions: { code: 'PERSISTED_QUERY_ONLY' } });
      expect((await strict.run(query, {}, strict.adminToken)).data).toEqual({ organizations: [{ alias: 'alpha' }] });
      expect((await byHash(strict, hashOf('TopCommunities'), march, strict.readerToken)).data.leaderboard).toHaveLength(1);
      // Without a token the answer is still "send a token", not a lesson on persisted operations.
      expect((await strict.run(query, {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await strict.run(query, {}, 'mtc_unknown')).status).toBe(401);
      // An anonymous read, when allowed, is a reader's.
      expect((await strictAnonymous.run(query, {}, null)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
      expect((await byHash(strictAnonymous, hashOf('TopCommunities'), march, null)).data.leaderboard).toHaveLength(1);
    });

    it("runs every console operation by hash for a reader token (the admin forms' for an admin token) and refuses the console's text sent as a query", async () => {
      const run = await db.prisma.pipelineRun.create({ data: { kind: 'DAILY', trigger: 'API', status: 'SUCCEEDED', fromDay: '2026-03-02', toDay: '2026-03-02', daysTotal: 1, daysDone: 1 } });
      const range = { from: '2026-03-01', to: '2026-03-31' };
      // What each console operation is sent with; the admin forms' mutations are the admin's.
      const reads: Record<string, object> = {
        ConsoleViewer: {},
        ConsoleLeaderboard: range,
        ConsoleContributions: { ...range, granularity: 'DAY', organizations: ['alpha'] },
        ConsoleTopSeries: { ...range, granularity: 'WEEK' },
        ConsoleCommunity: { ...range, alias: 'alpha', granularity: 'DAY' },
        ConsoleCurationLog: { ...range, organization: 'alpha' },
        ConsoleRuns: {},
        ConsoleWarninglists: {},
      };
      const writes: Record<string, object> = {
        ConsoleRunDay: { date: '2026-03-03', dryRun: true },
        ConsoleBackfill: { from: '2026-03-04', to: '2026-03-05', curate: false, dryRun: true },
        ConsoleCancelRun: { id: String(run.id) },
        ConsoleRestore: { id: '1' },
        ConsoleRefreshWarninglists: {},
      };
      expect(new Set(consoleOperations.map((o) => o.name))).toEqual(new Set([...Object.keys(reads), ...Object.keys(writes), 'ConsoleRunProgress']));
      const hashOfConsole = (name: string) => consoleOperations.find((o) => o.name === name)!.hash as string;

      for (const [name, variables] of Object.entries(reads)) {
        const result = await byHash(strict, hashOfConsole(name), variables, strict.readerToken);
        expect(result.errors, name).toBeUndefined();
        expect(result.data, name).toBeTruthy();
      }
      expect((await byHash(strict, hashOfConsole('ConsoleLeaderboard'), range, strict.readerToken)).data.leaderboard[0]).toMatchObject({ rank: 1, organization: { alias: 'alpha' }, valid: 4 });

      // The run progress subscription, by hash over server-sent events as the console follows it.
      const stream = await strict.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${strict.readerToken}` },
        body: JSON.stringify({ documentId: hashOfConsole('ConsoleRunProgress'), variables: { id: String(run.id) } }),
      });
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const events = await stream.text();
      expect(events).toContain('"status":"SUCCEEDED"');
      expect(events).toContain('event: complete');
      // By GET too, documentId in the query string, as a read or as an event stream.
      const query = (name: string, variables: object) => `http://localhost/graphql?documentId=${hashOfConsole(name)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
      const read = await strict.yoga.fetch(query('ConsoleLeaderboard', range), { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${strict.readerToken}` } });
      expect((await read.json()).data.leaderboard[0].organization.alias).toBe('alpha');
      const followed = await strict.yoga.fetch(query('ConsoleRunProgress', { id: String(run.id) }), {
        headers: { accept: 'text/event-stream', 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${strict.readerToken}` },
      });
      expect(await followed.text()).toContain('"status":"SUCCEEDED"');

      for (const [name, variables] of Object.entries(writes)) {
        // A reader's document is accepted and then refused for its role, not for being unregistered.
        const asReader = await byHash(strict, hashOfConsole(name), variables, strict.readerToken);
        expect(asReader.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
        const asAdmin = await byHash(strict, hashOfConsole(name), variables, strict.adminToken);
        // Restore and refresh need MISP, which this harness has not: they answer so, having run.
        for (const error of asAdmin.errors ?? []) expect(error.extensions?.code, name).toBe('SERVICE_UNAVAILABLE');
      }
      expect((await byHash(strict, hashOfConsole('ConsoleBackfill'), writes.ConsoleBackfill!, strict.adminToken)).data.backfill.__typename).toBe('MutationBackfillSuccess');

      // The same documents as text: refused to the reader, as any ad-hoc query.
      const refused = await strict.run(consoleOperations.find((o) => o.name === 'ConsoleLeaderboard')!.text, range, strict.readerToken);
      expect(refused.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
      expect(refused.data).toBeUndefined();
    });

    it("leaves the REST routes (documents of the server's own) to reader tokens", async () => {
      const response = await strict.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${strict.readerToken}` },
        body: JSON.stringify({ documentId: hashOf('DailyContributions'), variables: { ...march, organizations: ['alpha'] } }),
      });
      expect((await response.json()).data.contributions).toHaveLength(31);
    });
  });
});
