// The viewer query: who the token belongs to, so a client shows a reader no admin controls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness } from '../helpers/graphql.js';

describe('viewer', () => {
  let db: TempDb;
  beforeAll(async () => {
    db = await tempDb();
  });
  afterAll(() => db.close());

  it('names the token and its role, and refuses a request without one', async () => {
    const api = await graphqlHarness(db.prisma, testConfig());
    expect((await api.run('{ viewer { name role } }', {}, api.readerToken)).data).toEqual({ viewer: { name: 'test-reader', role: 'READER' } });
    expect((await api.run('{ viewer { name role } }', {}, api.adminToken)).data).toEqual({ viewer: { name: 'test-admin', role: 'ADMIN' } });
    expect((await api.run('{ viewer { name role } }', {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is null without a token when anonymous reads are allowed', async () => {
    const api = await graphqlHarness(db.prisma, testConfig({ GRAPHQL_ALLOW_ANONYMOUS: 'true' }));
    expect(await api.run('{ viewer { name role } }', {}, null)).toMatchObject({ data: { viewer: null } });
  });
});
