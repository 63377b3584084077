// Finding 8: readers saw sync-user e-mails, MISP user ids and roles; run errors and checkIndicator
// errors showed the internal MISP URL. Now those fields are admin-only (null for readers, the
// schema says so), and addresses are hidden from readers in stored errors and GraphQL errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { MispUnreachableError } from '../../src/misp/errors.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { organization } from '../graphql/seed.js';
import { queueServices } from '../graphql/services.js';

const MISP = 'https://misp.internal.example:8443';
const USERS = '{ syncUsers { email status statusDetail mispUserId mispRoleName organization { alias } } }';
const RUNS = '{ pipelineRuns { edges { node { error notes } } } curationLogs { edges { node { error } } } }';
const CHECK = '{ checkIndicator(type: "domain", value: "example.org") { decision } }';

describe('what readers see', () => {
  let db: TempDb;
  let api: GraphQLHarness;
  let anonymous: GraphQLHarness;

  beforeAll(async () => {
    db = await tempDb();
    const env = { MISP_URL: MISP, MISP_KEY: 'k'.repeat(40), WARNINGLISTS_DIR: '/nonexistent' };
    const services = {
      ...queueServices(db.prisma),
      checkIndicator: async () => {
        throw new MispUnreachableError({ baseUrl: MISP, method: 'GET', path: '/warninglists', reason: 'getaddrinfo ENOTFOUND misp.internal.example' });
      },
    };
    api = await graphqlHarness(db.prisma, testConfig(env), services);
    anonymous = await graphqlHarness(db.prisma, testConfig({ ...env, GRAPHQL_ALLOW_ANONYMOUS: 'true' }), services);
    const alpha = await organization(db.prisma, 'alpha');
    await db.prisma.syncUser.create({
      data: {
        email: 'sync@alpha.example',
        organizationId: alpha.id,
        status: 'NOT_SYNC_USER',
        statusDetail: 'The MISP user\'s role "Org Admin" is not a sync role.',
        mispUserId: '42',
        mispRoleName: 'Org Admin',
      },
    });
    const failure = new MispUnreachableError({ baseUrl: MISP, method: 'POST', path: '/attributes/restSearch', reason: 'connect ECONNREFUSED 10.1.2.3:8443' }).message;
    const run = await db.prisma.pipelineRun.create({
      data: { kind: 'DAILY', trigger: 'API', status: 'FAILED', fromDay: '2026-03-01', toDay: '2026-03-01', daysTotal: 1, error: failure, notes: `Sync user not resolved at ${MISP}/admin/users` },
    });
    await db.prisma.curationLog.create({
      data: {
        organizationId: alpha.id,
        runId: run.id,
        day: '2026-03-01',
        mispAttributeId: '7',
        mispAttributeUuid: 'u',
        mispEventId: '3',
        attributeType: 'domain',
        value: 'x.example',
        reason: 'WARNINGLIST',
        evidence: '[]',
        action: 'SOFT_DELETE',
        status: 'FAILED',
        error: `MISP refused (POST ${MISP}/attributes/delete/7, HTTP 403)`,
      },
    });
  });
  afterAll(() => db?.close());

  it('says in the schema which fields are admin-only', () => {
    const fields = schema.getType('SyncUser')!.toConfig() as { fields: Record<string, { description?: string | null }> };
    for (const name of ['email', 'statusDetail', 'mispUserId', 'mispRoleName']) expect(fields.fields[name]!.description).toMatch(/Admin tokens only/);
  });

  it('gives admins e-mails and MISP user details, and readers and anonymous requests null', async () => {
    const admin = await api.run(USERS);
    expect(admin.errors).toBeUndefined();
    expect(admin.data).toEqual({
      syncUsers: [
        { email: 'sync@alpha.example', status: 'NOT_SYNC_USER', statusDetail: expect.stringMatching(/Org Admin/), mispUserId: '42', mispRoleName: 'Org Admin', organization: { alias: 'alpha' } },
      ],
    });
    for (const [who, result] of [
      ['reader', await api.run(USERS, {}, api.readerToken)],
      ['anonymous', await anonymous.run(USERS, {}, null)],
    ] as const) {
      expect(result.errors, who).toBeUndefined();
      expect(result.data, who).toEqual({ syncUsers: [{ email: null, status: 'NOT_SYNC_USER', statusDetail: null, mispUserId: null, mispRoleName: null, organization: { alias: 'alpha' } }] });
      expect(JSON.stringify(result)).not.toMatch(/sync@alpha|Org Admin|"42"/);
    }
    // The admin's answer, cached, is never served to a reader.
    expect((await api.run(USERS, {}, api.readerToken)).data).toMatchObject({ syncUsers: [{ email: null }] });
  });

  it("hides MISP's address from readers in run errors, notes and curation errors", async () => {
    const admin = JSON.stringify((await api.run(RUNS)).data);
    expect(admin).toContain(MISP);
    const reader = await api.run(RUNS, {}, api.readerToken);
    expect(reader.errors).toBeUndefined();
    const text = JSON.stringify(reader.data);
    expect(text).not.toMatch(/misp\.internal|10\.1\.2\.3|https?:\/\//);
    expect(text).toMatch(/MISP could not be reached/);
    expect(text).toMatch(/address hidden: ask an admin/);
  });

  it("hides MISP's address from readers in checkIndicator errors", async () => {
    const admin = await api.run(CHECK);
    expect(admin.errors?.[0]?.message).toContain(MISP);
    for (const result of [await api.run(CHECK, {}, api.readerToken), await anonymous.run(CHECK, {}, null)]) {
      const error = result.errors![0]!;
      expect(error.extensions?.code).toBe('MISP_UNREACHABLE');
      expect(error.message).toMatch(/MISP could not be reached/);
      expect(error.message).not.toMatch(/misp\.internal|https?:\/\//);
    }
  });
});
