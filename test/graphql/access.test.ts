// Who may do what, what is never readable, and the limits that stop abusive queries.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeToken } from '../../src/auth/tokens.js';
import { schema } from '../../src/graphql/schema.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { operationFor } from '../helpers/operations.js';
import { organization, seedDay } from './seed.js';
import { queueServices } from './services.js';

const DASHBOARD = `
  query Dashboard($from: Date!, $to: Date!) {
    leaderboard(from: $from, to: $to) { rank organization { alias mispOrgName } valid evaluated qualityRatio coverage daysCovered }
    contributions(from: $from, to: $to, granularity: WEEK) {
      organization { alias } start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives coverage
      types { attributeType valid evaluated falsePositives }
      creators { creatorOrgId creatorOrgName valid evaluated }
    }
    pipelineRuns(first: 5) { totalCount edges { node { id status progress { fraction daysDone daysTotal } error } } }
    curationLogs(first: 20) { totalCount edges { node { id day value attributeType reason status evidence organization { alias } } } }
  }
`;

describe('access and limits', () => {
  let db: TempDb;
  let api: GraphQLHarness;

  beforeAll(async () => {
    db = await tempDb();
    api = await graphqlHarness(db.prisma, testConfig(), queueServices(db.prisma));
    const alpha = await organization(db.prisma, 'alpha');
    await seedDay(db.prisma, alpha.id, '2026-01-02', { mal: 3, wl: 1 });
  });
  afterAll(() => db.close());

  const mutations = Object.values(schema.getMutationType()!.getFields());
  const queries = Object.values(schema.getQueryType()!.getFields());

  it.each(mutations.map((f) => [f.name, f] as const))('refuses mutation %s to a reader token and writes nothing', async (_name, field) => {
    const before = await Promise.all([db.prisma.pipelineRun.count(), db.prisma.syncUser.count(), db.prisma.organization.count()]);
    const { document, variables } = operationFor('mutation', field, '2026-01-01');
    const result = await api.run(document, variables, api.readerToken);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await Promise.all([db.prisma.pipelineRun.count(), db.prisma.syncUser.count(), db.prisma.organization.count()])).toEqual(before);
  });

  it.each(queries.map((f) => [f.name, f] as const))('refuses query %s without a token', async (_name, field) => {
    const { document, variables } = operationFor('query', field, '2026-01-01');
    const result = await api.run(document, variables, null);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets an admin token run a mutation the reader was refused', async () => {
    const result = await api.run('mutation { runDay(date: "2026-01-02") { __typename } }');
    expect(result.data).toEqual({ runDay: { __typename: 'MutationRunDaySuccess' } });
  });

  it('refuses a revoked token, including for subscriptions', async () => {
    const doomed = await graphqlHarness(db.prisma, testConfig());
    expect((await doomed.run('{ organizations { alias } }', {}, doomed.readerToken)).errors).toBeUndefined();
    const record = await db.prisma.apiToken.findFirstOrThrow({ where: { name: 'test-reader' }, orderBy: { id: 'desc' } });
    await revokeToken(db.prisma, record.id);
    const refused = await doomed.run('{ organizations { alias } }', {}, doomed.readerToken);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.message).toMatch(/was revoked on \d{4}-/);
  });

  it('exposes no token, hash or secret setting', () => {
    const names = Object.values(schema.getTypeMap()).flatMap((type) =>
      'getFields' in type && !type.name.startsWith('__') ? [type.name, ...Object.keys(type.getFields()).map((f) => `${type.name}.${f}`)] : [type.name],
    );
    expect(names.filter((n) => /token|hash|secret|password|apikey|mispkey|opentipkey/i.test(n))).toEqual([]);
  });

  describe('limits', () => {
    it('lets GraphiQL introspect and a dashboard query through', async () => {
      const introspection = await api.run(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }), {}, api.readerToken);
      expect(introspection.errors).toBeUndefined();
      const dashboard = await api.run(DASHBOARD, { from: '2026-01-01', to: '2026-03-31' }, api.readerToken);
      expect(dashboard.errors).toBeUndefined();
      expect(dashboard.data).toMatchObject({ leaderboard: [{ rank: 1, organization: { alias: 'alpha' }, valid: 3 }] });
    });

    it('refuses deep nesting', async () => {
      let selection = 'alias';
      for (let i = 0; i < 7; i++) selection = `syncUsers { organization { ${selection} } }`;
      const result = await api.run(`{ organizations { ${selection} } }`, {}, api.readerToken);
      expect(result.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded/);
    });

    it('refuses 100 aliases', async () => {
      const fields = Array.from({ length: 100 }, (_, i) => `a${i}: organizations { alias }`).join(' ');
      const result = await api.run(`{ ${fields} }`, {}, api.readerToken);
      expect(result.errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded, found 100/);
    });

    it('refuses a query whose cost is huge', async () => {
      const nested = 'organization { syncUsers { organization { syncUsers { organization { syncUsers { email organization { alias mispOrgName mispOrgId createdAt } } } } } } }';
      const fields = Array.from({ length: 25 }, (_, i) => `c${i}: curationLogs(first: 200) { edges { node { id value ${nested} run { id status progress { fraction } } } } }`).join(' ');
      const result = await api.run(`{ ${fields} }`, {}, api.readerToken);
      expect(result.errors?.[0]?.message).toMatch(/Cost limit of \d+ exceeded/);
    });

    it('refuses a flood of tokens', async () => {
      const result = await api.run(`{ organizations { ${'alias '.repeat(5000)} } }`, {}, api.readerToken);
      expect(result.errors?.[0]?.message).toMatch(/Token limit of \d+ exceeded/);
    });
  });
});
