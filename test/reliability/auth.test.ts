// Every mutation of the printed schema (schema.graphql, so a new mutation cannot escape) against
// every kind of credential that must not write: none, malformed, unknown, revoked, reader, and no
// token on a server that lets anonymous clients read. Each is refused and nothing is written.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, revokeToken } from '../../src/auth/tokens.js';
import { schema } from '../../src/graphql/schema.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { createApiServices } from '../../src/pipeline/api-services.js';
import { apiWorld, databaseFingerprint, expectServerUp, operationFor, type ApiWorld } from './api-harness.js';

const printed = buildSchema(readFileSync('schema.graphql', 'utf8'));
const mutations = Object.values(printed.getMutationType()!.getFields());

/** The Authorization header sent, or null for none. */
const CREDENTIALS: Array<[string, (tokens: { admin: string; revoked: string; reader: string }) => string | null, 'UNAUTHENTICATED' | 'FORBIDDEN']> = [
  ['no Authorization header', () => null, 'UNAUTHENTICATED'],
  ['an empty Authorization header', () => '', 'UNAUTHENTICATED'],
  ['"Bearer" without a token', () => 'Bearer', 'UNAUTHENTICATED'],
  ['Basic credentials', () => 'Basic YWRtaW46YWRtaW4=', 'UNAUTHENTICATED'],
  ['the admin token without "Bearer"', (t) => t.admin, 'UNAUTHENTICATED'],
  ['the admin token followed by junk', (t) => `Bearer ${t.admin} junk`, 'UNAUTHENTICATED'],
  ['a made-up token', () => 'Bearer mtc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'UNAUTHENTICATED'],
  ['the admin token cut short', (t) => `Bearer ${t.admin.slice(0, -1)}`, 'UNAUTHENTICATED'],
  ['a revoked admin token', (t) => `Bearer ${t.revoked}`, 'UNAUTHENTICATED'],
  ['a reader token', (t) => `Bearer ${t.reader}`, 'FORBIDDEN'],
];

describe('authentication and authorisation of every mutation', () => {
  let w: ApiWorld;
  let tokens: { admin: string; revoked: string; reader: string };
  let fingerprint: string;
  let mispChanges: number;

  beforeAll(async () => {
    w = await apiWorld();
    const doomed = await createToken(w.world.db.prisma, 'doomed-admin', 'ADMIN');
    expect((await w.api.run('{ organizations { alias } }', {}, doomed.token)).errors).toBeUndefined();
    await revokeToken(w.world.db.prisma, doomed.record.id);
    tokens = { admin: w.api.adminToken, revoked: doomed.token, reader: w.api.readerToken };
    await w.api.run('{ organizations { alias } }', {}, w.api.readerToken);
    fingerprint = databaseFingerprint(w.world.db.path);
    mispChanges = w.world.misp.mutations.length;
  });
  afterAll(() => w?.close());

  it('tests the mutations the server actually has: schema.graphql is current', () => {
    expect(mutations.map((m) => m.name).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
    expect(mutations.length).toBeGreaterThanOrEqual(8);
  });

  async function send(document: string, variables: Record<string, unknown>, authorization: string | null, api: GraphQLHarness = w.api) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization !== null) headers.authorization = authorization;
    const response = await api.yoga.fetch('http://localhost/graphql', { method: 'POST', headers, body: JSON.stringify({ query: document, variables }) });
    return (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  }

  async function expectRefused(result: Awaited<ReturnType<typeof send>>, code: string) {
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result)).toBe(code);
    expect(result.errors![0]!.message).toMatch(code === 'FORBIDDEN' ? /admin/i : /token|Authorization header/i);
    expect(JSON.stringify(result)).not.toContain(tokens.admin);
    expect(databaseFingerprint(w.world.db.path)).toBe(fingerprint);
    expect(w.world.misp.mutations).toHaveLength(mispChanges);
  }

  describe.each(mutations.map((m) => [m.name, m] as const))('%s', (_name, field) => {
    it.each(CREDENTIALS)('is refused with %s, writing nothing', async (_label, header, code) => {
      const { document, variables } = operationFor('mutation', field);
      await expectRefused(await send(document, variables, header(tokens)), code);
      await expectServerUp(w.api);
    });
  });

  it('refuses every mutation without a token when anonymous clients may read', async () => {
    const anonymous = await graphqlHarness(
      w.world.db.prisma,
      { ...w.world.config, allowAnonymous: true },
      createApiServices(w.world.deps, () => undefined),
    );
    expect((await send('{ organizations { alias } }', {}, null, anonymous)).errors).toBeUndefined();
    fingerprint = databaseFingerprint(w.world.db.path);
    for (const field of mutations) {
      const { document, variables } = operationFor('mutation', field);
      await expectRefused(await send(document, variables, null, anonymous), 'UNAUTHENTICATED');
    }
  });

  it('lets the admin token past authentication and authorisation on every mutation (the refusals above are not vacuous)', async () => {
    for (const field of mutations) {
      const { document, variables } = operationFor('mutation', field);
      const result = await send(document, variables, `Bearer ${tokens.admin}`);
      expect(result.errors?.map((e) => e.extensions?.code) ?? [], field.name).not.toContain('FORBIDDEN');
      expect(result.errors?.map((e) => e.extensions?.code) ?? [], field.name).not.toContain('UNAUTHENTICATED');
      expect(result.data, field.name).toBeTruthy();
    }
  });
});
