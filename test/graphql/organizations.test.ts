import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeToken } from '../../src/auth/tokens.js';
import { graphql } from '../generated/gql.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { countQueries } from '../helpers/query-count.js';

const AddSyncUser = graphql(`
  mutation AddSyncUser($email: String!, $alias: String!) {
    addSyncUser(email: $email, organizationAlias: $alias) {
      __typename
      ... on MutationAddSyncUserSuccess { syncUser { email status organization { alias } } }
      ... on InvalidInputError { field message }
      ... on ConflictError { message }
    }
  }
`);

const RemoveSyncUser = graphql(`
  mutation RemoveSyncUser($email: String!) {
    removeSyncUser(email: $email) {
      __typename
      ... on NotFoundError { message }
      ... on MutationRemoveSyncUserSuccess { removed }
    }
  }
`);

const RenameOrganization = graphql(`
  mutation RenameOrganization($alias: String!, $newAlias: String!) {
    renameOrganization(alias: $alias, newAlias: $newAlias) {
      __typename
      ... on MutationRenameOrganizationSuccess { organization { alias } }
      ... on Error { message }
    }
  }
`);

const Organizations = graphql(`
  query Organizations {
    organizations { alias syncUsers { email status } }
  }
`);

const Organization = graphql(`
  query Organization($alias: String!) {
    organization(alias: $alias) { alias syncUsers { email } }
  }
`);

const SyncUsers = graphql(`
  query SyncUsers {
    syncUsers { email organization { alias } }
  }
`);

describe('communities and sync users over GraphQL', () => {
  let db: TempDb;
  let api: GraphQLHarness;

  beforeAll(async () => {
    db = await tempDb();
    api = await graphqlHarness(db.prisma, testConfig());
  });
  afterAll(() => db.close());

  it('registers a sync user, creating its community', async () => {
    const result = await api.run(AddSyncUser, { email: ' Sync@CSIRT-A.example ', alias: 'csirt-a' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.addSyncUser).toEqual({
      __typename: 'MutationAddSyncUserSuccess',
      syncUser: { email: 'sync@csirt-a.example', status: 'PENDING', organization: { alias: 'csirt-a' } },
    });
    const list = await api.run(Organizations, {});
    expect(list.data?.organizations).toEqual([{ alias: 'csirt-a', syncUsers: [{ email: 'sync@csirt-a.example', status: 'PENDING' }] }]);
    // E-mails are for admins (test/security/reader-view.test.ts).
    const asReader = await api.run(Organizations, {}, api.readerToken);
    expect(asReader.data?.organizations).toEqual([{ alias: 'csirt-a', syncUsers: [{ email: null, status: 'PENDING' }] }]);
  });

  it.each([
    ['not-an-email', 'csirt-b', 'email'],
    ['x@y.example', '   ', 'organizationAlias'],
    ['x@y.example', '../../etc/passwd', 'organizationAlias'],
  ])('refuses %j / %j with a typed error and writes nothing', async (email, alias, field) => {
    const before = await Promise.all([db.prisma.syncUser.count(), db.prisma.organization.count()]);
    const result = await api.run(AddSyncUser, { email, alias });
    expect(result.data?.addSyncUser).toMatchObject({ __typename: 'InvalidInputError', field });
    expect(await Promise.all([db.prisma.syncUser.count(), db.prisma.organization.count()])).toEqual(before);
  });

  it('refuses an e-mail already registered, naming its community', async () => {
    const result = await api.run(AddSyncUser, { email: 'sync@csirt-a.example', alias: 'other' });
    expect(result.data?.addSyncUser).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('"csirt-a"') });
    expect(await db.prisma.organization.findUnique({ where: { alias: 'other' } })).toBeNull();
  });

  it('finds one community by alias, or null', async () => {
    expect((await api.run(Organization, { alias: 'csirt-a' })).data?.organization?.syncUsers).toHaveLength(1);
    expect((await api.run(Organization, { alias: 'nope' })).data?.organization).toBeNull();
  });

  it('renames a community, refusing a taken alias', async () => {
    await api.run(AddSyncUser, { email: 'sync@csirt-c.example', alias: 'csirt-c' });
    expect((await api.run(RenameOrganization, { alias: 'csirt-c', newAlias: 'csirt-a' })).data?.renameOrganization.__typename).toBe('ConflictError');
    expect((await api.run(RenameOrganization, { alias: 'missing', newAlias: 'x' })).data?.renameOrganization.__typename).toBe('NotFoundError');
    expect((await api.run(RenameOrganization, { alias: 'csirt-c', newAlias: 'csirt-see' })).data?.renameOrganization).toEqual({
      __typename: 'MutationRenameOrganizationSuccess',
      organization: { alias: 'csirt-see' },
    });
  });

  it('removes a sync user and keeps its community', async () => {
    expect((await api.run(RemoveSyncUser, { email: 'sync@csirt-see.example' })).data?.removeSyncUser.__typename).toBe('NotFoundError');
    expect((await api.run(RemoveSyncUser, { email: 'sync@csirt-c.example' })).data?.removeSyncUser).toEqual({
      __typename: 'MutationRemoveSyncUserSuccess',
      removed: true,
    });
    const orgs = await api.run(Organizations, {});
    expect(orgs.data?.organizations.map((o) => o.alias)).toContain('csirt-see');
  });

  it('loads communities with their users in a fixed number of SQL statements (no N+1)', async () => {
    for (let i = 0; i < 20; i++) await api.run(AddSyncUser, { email: `u${i}@bulk.example`, alias: `bulk-${i % 7}` });
    const few = await countQueries(db.prisma, () => api.run(SyncUsers, {}));
    const many = await countQueries(db.prisma, () => api.run(Organizations, {}));
    expect(few.result.data?.syncUsers.length).toBeGreaterThan(20);
    // token lookup + the list + one batched relation load
    expect(few.count).toBeLessThanOrEqual(3);
    expect(many.count).toBeLessThanOrEqual(3);
  });

  describe('access', () => {
    it('refuses queries without a token, with 401-style guidance', async () => {
      const result = await api.run(Organizations, {}, null);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    });

    it('lets anonymous requests read when configured, never write', async () => {
      const open = await graphqlHarness(db.prisma, testConfig({ GRAPHQL_ALLOW_ANONYMOUS: 'true' }));
      expect((await open.run(Organizations, {}, null)).data?.organizations.length).toBeGreaterThan(0);
      const write = await open.run(AddSyncUser, { email: 'anon@x.example', alias: 'anon' }, null);
      expect(write.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an unknown, malformed or revoked token', async () => {
      const unknown = await api.run(Organizations, {}, 'mtc_nope');
      expect(unknown.status).toBe(401);
      expect(unknown.errors?.[0]?.message).toMatch(/unknown|revoked/);
      const malformed = await api.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
        body: JSON.stringify({ query: '{ organizations { alias } }' }),
      });
      expect(malformed.status).toBe(401);
      const doomed = await graphqlHarness(db.prisma, testConfig());
      const record = await db.prisma.apiToken.findFirstOrThrow({ where: { name: 'test-reader' }, orderBy: { id: 'desc' } });
      await revokeToken(db.prisma, record.id);
      expect((await doomed.run(Organizations, {}, doomed.readerToken)).status).toBe(401);
    });

    it('refuses every mutation to a reader token and writes nothing', async () => {
      const before = await db.prisma.syncUser.count();
      const result = await api.run(AddSyncUser, { email: 'r@x.example', alias: 'r' }, api.readerToken);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await db.prisma.syncUser.count()).toBe(before);
    });

    it('records when a token was last used', async () => {
      const token = await db.prisma.apiToken.findFirstOrThrow({ where: { name: 'test-admin' } });
      expect(token.lastUsedAt).not.toBeNull();
    });
  });
});
