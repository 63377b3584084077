// Persisted operations: the registered documents (src/graphql/operations/, the README's) are
// callable by hash, the manifest codegen wrote matches them, and GRAPHQL_PERSISTED_ONLY holds
// reader tokens to them while admin tokens and REST routes go on.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, print, stripIgnoredCharacters, visit, type ASTNode, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSISTED_DOCUMENTS } from '../../src/graphql/persisted-operations.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { organization, seedDay } from './seed.js';

const OPERATIONS_DIR = new URL('../../src/graphql/operations/', import.meta.url);

/** Order-free form of a document: selections and variables sorted, whitespace and comments gone. */
function canonical(document: DocumentNode): string {
  const key = (node: ASTNode) => print(node);
  const sorted = visit(document, {
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

describe('persisted operations', () => {
  it('registers every operation of src/graphql/operations/ under the SHA-256 of its text (run npm run codegen after editing one)', () => {
    expect(PERSISTED_DOCUMENTS.size).toBe(files.length);
    for (const [hash, text] of PERSISTED_DOCUMENTS) expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    const registered = [...PERSISTED_DOCUMENTS.values()].map((t) => canonical(parse(t))).sort();
    expect(files.map((f) => canonical(parse(f))).sort()).toEqual(registered);
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
      strict = await graphqlHarness(db.prisma, testConfig({ GRAPHQL_PERSISTED_ONLY: 'true' }));
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
      expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringMatching(/No registered operation has this hash/), extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
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
