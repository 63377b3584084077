// REST under /api over the real HTTP server, schema and SQLite: the same answers, errors and
// token checks as GraphQL, the OpenAPI document (validated, every route answering), CSV, and the
// paths and columns BI tools depend on, pinned.
import type { Server } from 'node:http';
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, listen } from '../../src/http/server.js';
import { REST_ROUTES } from '../../src/http/rest-routes.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { organization, seedDay } from '../graphql/seed.js';
import { queueServices } from '../graphql/services.js';

type OpenApi = { paths: Record<string, Record<string, { parameters?: { name: string; in: string; required: boolean }[]; responses: Record<string, unknown>; requestBody?: unknown }>> };

describe('REST API', () => {
  let db: TempDb;
  let api: GraphQLHarness;
  let server: Server;
  let base: string;
  let logId: number;
  let runId: number;

  beforeAll(async () => {
    db = await tempDb();
    api = await graphqlHarness(db.prisma, testConfig(), queueServices(db.prisma));
    server = createHttpServer({ yoga: api.yoga, prisma: db.prisma });
    base = (await listen(server, 0, '127.0.0.1')).url;
    const alpha = await organization(db.prisma, 'alpha');
    const bravo = await organization(db.prisma, 'bravo');
    // 40 days: a CSV export of them reads two slices of the range.
    for (let d = 0; d < 40; d++) {
      const day = new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10);
      await seedDay(db.prisma, alpha.id, day, { mal: 3 + (d % 4), wl: d % 3 });
      if (d % 2 === 0) await seedDay(db.prisma, bravo.id, day, { mal: 1, rep: 2, unk: d % 5 });
    }
    const run = await db.prisma.pipelineRun.create({ data: { kind: 'BACKFILL', trigger: 'CLI', fromDay: '2026-03-01', toDay: '2026-03-02', daysTotal: 2, status: 'SUCCEEDED' } });
    runId = run.id;
    const log = {
      runId,
      organizationId: alpha.id,
      day: '2026-03-02',
      mispEventId: '7',
      mispAttributeUuid: 'b1b1b1b1-0000-4000-8000-000000000001',
      attributeType: 'url',
      reason: 'WARNINGLIST' as const,
      action: 'SOFT_DELETE' as const,
      status: 'DONE' as const,
    };
    logId = (await db.prisma.curationLog.create({ data: { ...log, mispAttributeId: '11', value: '=HYPERLINK("http://x.example","a, b")', evidence: '{"hits":[{"list":"l1"}]}' } })).id;
    await db.prisma.curationLog.create({ data: { ...log, mispAttributeId: '12', value: 'line one\r\nline "two"', evidence: '[]' } });
    await db.prisma.curationLog.create({ data: { ...log, mispAttributeId: '13', value: '-1+2', evidence: '[]', status: 'FAILED', error: '@boom' } });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await db?.close();
  });

  async function call(path: string, init: { method?: string; token?: string | null; accept?: string; body?: unknown } = {}) {
    const token = init.token === undefined ? api.readerToken : init.token;
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (init.accept) headers.accept = init.accept;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) });
    const text = await response.text();
    let json: ReturnType<typeof JSON.parse> = null;
    try {
      json = JSON.parse(text);
    } catch {
      // CSV or HTML
    }
    return { status: response.status, type: response.headers.get('content-type') ?? '', headers: response.headers, text, json };
  }

  it('answers the leaderboard as GraphQL does, by readable path and query parameters', async () => {
    const rest = await call('/api/leaderboard?from=2026-03-01&to=2026-03-31&limit=20');
    expect(rest.status).toBe(200);
    expect(rest.type).toMatch(/^application\/json/);
    const graphql = await api.run(
      'query($from: Date!, $to: Date!) { leaderboard(from: $from, to: $to, limit: 20) { rank organization { alias } valid evaluated qualityRatio coverage } }',
      { from: '2026-03-01', to: '2026-03-31' },
      api.readerToken,
    );
    const pickFields = (rows: { rank: number; organization: { alias: string }; valid: number; evaluated: number; qualityRatio: number | null; coverage: unknown }[]) =>
      rows.map((r) => ({ rank: r.rank, organization: { alias: r.organization.alias }, valid: r.valid, evaluated: r.evaluated, qualityRatio: r.qualityRatio, coverage: r.coverage }));
    expect(pickFields(rest.json)).toEqual((graphql.data as { leaderboard: unknown }).leaderboard);
    expect(rest.json.map((r: { organization: { alias: string } }) => r.organization.alias)).toEqual(['alpha', 'bravo']);
    expect(rest.json[0]).toMatchObject({ daysCovered: 31, days: 31, falsePositives: expect.any(Number) });
  });

  it('answers an organization, its totals and its series, and 404 for an unknown alias', async () => {
    expect((await call('/api/organizations')).json.map((o: { alias: string }) => o.alias)).toEqual(['alpha', 'bravo']);
    expect((await call('/api/organizations/alpha')).json).toMatchObject({ alias: 'alpha', syncUsers: [] });
    const totals = await call('/api/organizations/bravo/totals?from=2026-03-01&to=2026-03-10');
    expect(totals.json).toMatchObject({ from: '2026-03-01', to: '2026-03-10', days: 10, daysCovered: 5, confirmedMalicious: 5 });
    const series = await call('/api/organizations/alpha/series?from=2026-03-01&to=2026-03-31&granularity=WEEK');
    expect(series.json[0]).toMatchObject({ start: '2026-02-23', days: 1 });
    expect(series.json[0].types.map((t: { attributeType: string }) => t.attributeType).sort()).toEqual(['domain', 'ip-dst']);
    const missing = await call('/api/organizations/nobody/totals?from=2026-03-01&to=2026-03-10');
    expect(missing.status).toBe(404);
    expect(missing.json.errors[0]).toEqual({ message: 'No community has the alias "nobody"; see GET /api/organizations.', extensions: { code: 'NOT_FOUND' } });
  });

  it("gives GraphQL's errors with the status their code calls for", async () => {
    const noToken = await call('/api/leaderboard?from=2026-03-01&to=2026-03-31', { token: null });
    const graphqlNoToken = await api.run('{ leaderboard(from: "2026-03-01", to: "2026-03-31") { rank } }', {}, null);
    expect(noToken.status).toBe(401);
    expect(noToken.json.errors[0].message).toBe(graphqlNoToken.errors![0]!.message);
    expect(noToken.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await call('/api/organizations', { token: 'mtc_not-a-token' })).status).toBe(401);

    const swapped = await call('/api/leaderboard?from=2026-03-31&to=2026-03-01');
    expect(swapped.status).toBe(400);
    expect(swapped.json.errors[0]).toMatchObject({ message: expect.stringMatching(/swap them/), extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });

    const badDate = await call('/api/leaderboard?from=March&to=2026-03-01');
    expect(badDate.status).toBe(400);
    expect(badDate.json.errors[0].message).toMatch(/^Parameter "from"/);

    const missingParam = await call('/api/leaderboard?from=2026-03-01');
    expect(missingParam.status).toBe(400);
    expect(missingParam.json.errors[0].message).toMatch(/Parameter "to"/);

    const typo = await call('/api/leaderboard?from=2026-03-01&to=2026-03-31&limt=5');
    expect(typo.status).toBe(400);
    expect(typo.json.errors[0].message).toMatch(/Unknown parameter "limt".*from, to, metric, limit/);

    expect((await call('/api/nothing-here')).status).toBe(404);
    const wrongMethod = await call('/api/leaderboard?from=2026-03-01&to=2026-03-31', { method: 'POST' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    expect((await call('/api/leaderboard?from=2026-03-01&to=2026-03-31', { accept: 'image/png' })).status).toBe(406);
  });

  it('refuses an answer above GRAPHQL_MAX_ROWS as bad input (400) with what to narrow, not as a server error', async () => {
    const small = await graphqlHarness(db.prisma, testConfig({ GRAPHQL_MAX_ROWS: '100' }));
    const smallServer = createHttpServer({ yoga: small.yoga, prisma: db.prisma });
    const url = (await listen(smallServer, 0, '127.0.0.1')).url;
    try {
      const response = await fetch(`${url}/api/contributions?from=2026-01-01&to=2026-04-09&granularity=DAY`, { headers: { authorization: `Bearer ${small.readerToken}` } });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('QUERY_TOO_LARGE');
      expect(body.errors[0]!.message).toMatch(/narrow|shorter|fewer/i);
    } finally {
      await new Promise<void>((resolve) => smallServer.close(() => resolve()));
    }
  });

  it('runs admin mutations as POST for admin tokens only, with typed errors as statuses, writing nothing on error', async () => {
    const runs = await db.prisma.pipelineRun.count();
    const forbidden = await call('/api/runs/backfill', { method: 'POST', body: { from: '2026-03-01', to: '2026-03-02' } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const future = await call('/api/runs/day', { method: 'POST', token: api.adminToken, body: { date: '2999-01-01' } });
    expect(future.status).toBe(400);
    expect(future.json).toMatchObject({ __typename: 'InvalidInputError', field: 'date' });
    expect(await db.prisma.pipelineRun.count()).toBe(runs);

    const queued = await call('/api/runs/backfill', { method: 'POST', token: api.adminToken, body: { from: '2026-03-01', to: '2026-03-02', curate: false } });
    expect(queued.status).toBe(200);
    expect(queued.json).toMatchObject({ __typename: 'MutationBackfillSuccess', run: { status: 'QUEUED', fromDay: '2026-03-01', curate: false } });
    const id = queued.json.run.id;
    expect((await call(`/api/runs/${id}`)).json).toMatchObject({ id, kind: 'BACKFILL' });
    expect((await call('/api/runs?status=QUEUED')).json).toMatchObject({ totalCount: 1, edges: [{ node: { id } }] });
    const cancelled = await call(`/api/runs/${id}/cancel`, { method: 'POST', token: api.adminToken });
    expect(cancelled.json).toMatchObject({ __typename: 'MutationCancelRunSuccess', run: { id } });
    const unknownRun = await call('/api/runs/99999/cancel', { method: 'POST', token: api.adminToken });
    expect(unknownRun.status).toBe(404);
    expect(unknownRun.json.__typename).toBe('NotFoundError');
    expect((await call('/api/runs/99999')).status).toBe(404);

    const added = await call('/api/sync-users', { method: 'POST', token: api.adminToken, body: { email: 'sync@charlie.example', organizationAlias: 'charlie' } });
    expect(added.json).toMatchObject({ __typename: 'MutationAddSyncUserSuccess', syncUser: { email: 'sync@charlie.example', organization: { alias: 'charlie' } } });
    expect((await call('/api/sync-users', { method: 'POST', token: api.adminToken, body: { email: 'sync@charlie.example', organizationAlias: 'charlie' } })).status).toBe(409);
    expect((await call('/api/sync-users/remove', { method: 'POST', token: api.adminToken, body: { email: 'sync@charlie.example' } })).json).toEqual({
      __typename: 'MutationRemoveSyncUserSuccess',
      removed: true,
    });
    const notJson = await fetch(`${base}/api/runs/day`, { method: 'POST', headers: { authorization: `Bearer ${api.adminToken}`, 'content-type': 'application/json' }, body: '{date' });
    expect(notJson.status).toBe(400);
    // Without a MISP the restore says what to set, as GraphQL does.
    const restore = await call(`/api/curation-logs/${logId}/restore`, { method: 'POST', token: api.adminToken });
    expect(restore.status).toBe(503);
    expect(restore.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  });

  describe('CSV', () => {
    it('streams contributions as RFC 4180 CSV, by Accept or by .csv, the same rows as JSON across slices of the range', async () => {
      const query = 'from=2026-03-01&to=2026-04-09&granularity=DAY&organizations=alpha&organizations=bravo';
      const json = await call(`/api/contributions?${query}`);
      const byAccept = await call(`/api/contributions?${query}`, { accept: 'text/csv' });
      const byPath = await call(`/api/contributions.csv?${query}`);
      expect(byAccept.status).toBe(200);
      expect(byAccept.type).toBe('text/csv; charset=utf-8; header=present');
      expect(byPath.text).toBe(byAccept.text);
      const lines = byAccept.text.split('\r\n');
      expect(lines.at(-1)).toBe('');
      expect(lines[0]).toBe(
        'start,organization,seen,capped,evaluated,warninglistFalsePositives,reputationFalsePositives,falsePositives,confirmedMalicious,unknown,unchecked,valid,qualityRatio,days,daysCovered,coverage',
      );
      expect(lines.length - 2).toBe(80);
      expect(json.json.length).toBe(80);
      const csvRows = lines.slice(1, -1).map((l) => l.split(','));
      expect(csvRows.map((r) => [r[0], r[1], Number(r[11])])).toEqual(
        json.json.map((r: { start: string; organization: { alias: string }; valid: number }) => [r.start, r.organization.alias, r.valid]),
      );
      expect(csvRows[1]).toEqual(['2026-03-01', 'bravo', '3', '0', '3', '0', '2', '2', '1', '0', '0', '1', String(1 / 3), '1', '1', '1']);
      // granularity left to its default (DAY), and one community: the same rows.
      const defaults = await call('/api/contributions.csv?from=2026-03-01&to=2026-04-09&organizations=bravo');
      expect(defaults.text.split('\r\n').slice(1)).toEqual(lines.slice(1).filter((l) => l === '' || l.includes(',bravo,')));
      const weeks = await call('/api/contributions.csv?from=2026-03-01&to=2026-06-30&granularity=WEEK');
      const weeksJson = await call('/api/contributions?from=2026-03-01&to=2026-06-30&granularity=WEEK');
      expect(
        weeks.text
          .split('\r\n')
          .slice(1, -1)
          .map((l) => l.split(',').slice(0, 2).join(',')),
      ).toEqual(weeksJson.json.map((r: { start: string; organization: { alias: string } }) => `${r.start},${r.organization.alias}`));
    });

    it('exports the curation log whole, quoted, with formula-looking cells made inert', async () => {
      const csv = await call('/api/curation-logs.csv?organization=alpha');
      expect(csv.status).toBe(200);
      const [header, ...rest] = csv.text.split('\r\n');
      expect(header).toBe('id,day,organization,mispEventId,mispEventUuid,mispAttributeId,mispAttributeUuid,attributeType,value,reason,action,status,error,createdAt,actedAt,restoredAt,runId,evidence');
      const body = rest.join('\r\n');
      expect(body).toContain(`,"'=HYPERLINK(""http://x.example"",""a, b"")",WARNINGLIST,`);
      expect(body).toContain(',"line one\r\nline ""two""",');
      expect(body).toContain(",'-1+2,WARNINGLIST,SOFT_DELETE,FAILED,'@boom,");
      expect(body).toContain(`,${runId},"{""hits"":[{""list"":""l1""}]}"\r\n`);
      const capped = await call('/api/curation-logs.csv?first=2');
      expect(capped.text.match(/,2026-03-02,alpha,/g)).toHaveLength(2);
    });

    it('exports a curation log of many pages whole, newest first', async () => {
      const bravo = await db.prisma.organization.findUniqueOrThrow({ where: { alias: 'bravo' } });
      await db.prisma.curationLog.createMany({
        data: Array.from({ length: 450 }, (_, i) => ({
          organizationId: bravo.id,
          day: '2026-03-04',
          mispEventId: '8',
          mispAttributeId: String(1000 + i),
          mispAttributeUuid: `c0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          attributeType: 'domain',
          value: `host-${i}.example`,
          reason: 'REPUTATION' as const,
          action: 'TAG' as const,
          evidence: '{}',
        })),
      });
      const csv = await call('/api/curation-logs.csv?organization=bravo');
      const ids = csv.text
        .split('\r\n')
        .slice(1, -1)
        .map((line) => Number(line.split(',')[0]));
      const json = await call('/api/curation-logs?organization=bravo&first=1');
      expect(json.json.totalCount).toBe(450);
      expect(ids).toHaveLength(450);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(csv.text).toContain(',host-0.example,REPUTATION,TAG,PLANNED,');
    });

    it('exports the leaderboard, and says when a route has no CSV form', async () => {
      const csv = await call('/api/leaderboard.csv?from=2026-03-01&to=2026-03-31&metric=TOTAL');
      expect(csv.text.split('\r\n')[1]).toMatch(/^1,alpha,,/);
      expect((await call('/api/organizations.csv')).status).toBe(404);
      expect((await call('/api/organizations', { accept: 'text/csv' })).status).toBe(406);
      const refused = await call('/api/leaderboard.csv?from=2026-03-01&to=2026-03-31', { token: null });
      expect(refused.status).toBe(401);
      expect(refused.type).toMatch(/json/);
      const swapped = await call('/api/contributions.csv?from=2026-03-31&to=2026-03-01');
      expect(swapped.status).toBe(400);
      expect(swapped.json.errors[0]).toMatchObject({ message: expect.stringMatching(/swap them/), extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });
    });
  });

  describe('OpenAPI', () => {
    it("is a valid OpenAPI 3 document carrying the schema's descriptions", async () => {
      const { json } = await call('/api/openapi.json', { token: null });
      const result = await validate(structuredClone(json));
      expect(result.valid ? [] : result.errors).toEqual([]);
      const board = json.paths['/api/leaderboard'].get;
      expect(board.summary).toMatch(/^Communities ranked over a range of days/);
      expect(board.parameters.find((p: { name: string }) => p.name === 'limit')).toMatchObject({
        in: 'query',
        required: false,
        description: 'How many communities to return, 1 to 1000.',
        schema: { type: 'integer', default: 20 },
      });
      const valid = board.responses['200'].content['application/json'].schema.items.properties.valid;
      expect(valid.description).toBe('Quality IoCs: evaluated − falsePositives.');
    });

    it('lists routes that all answer', async () => {
      const { json } = (await call('/api/openapi.json', { token: null })) as { json: OpenApi };
      const values: Record<string, string> = {
        from: '2026-03-01',
        to: '2026-03-31',
        date: '2026-03-03',
        alias: 'alpha',
        id: String(runId),
        curationLogId: String(logId),
        type: 'url',
        value: 'http://x.example',
        email: 'sync@delta.example',
        organizationAlias: 'delta',
        newAlias: 'alpha2',
      };
      const answered: string[] = [];
      for (const [path, methods] of Object.entries(json.paths)) {
        for (const [method, operation] of Object.entries(methods)) {
          const params = operation.parameters ?? [];
          let url = path;
          const query = new URLSearchParams();
          for (const p of params) {
            if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(values[p.name]!));
            else if (p.required) query.set(p.name, values[p.name]!);
          }
          const body = operation.requestBody ? Object.fromEntries(Object.entries(values)) : undefined;
          const needed = (operation.requestBody as { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } | undefined)?.content['application/json']?.schema.properties ?? {};
          const response = await call(`${url}${query.size ? `?${query}` : ''}`, {
            method: method.toUpperCase(),
            token: api.adminToken,
            ...(body
              ? {
                  body: Object.fromEntries(
                    Object.keys(needed)
                      .filter((k) => k in values)
                      .map((k) => [k, values[k]]),
                  ),
                }
              : {}),
          });
          expect(Object.keys(operation.responses), `${method} ${path} answered ${response.status}: ${response.text.slice(0, 300)}`).toContain(String(response.status));
          expect(response.status, `${method} ${path}`).not.toBe(500);
          answered.push(`${method.toUpperCase()} ${path} ${response.status}`);
        }
      }
      // The services these need are absent here (no MISP): they say so with 503; the run asked to
      // cancel has finished; every other route succeeds.
      expect(answered.filter((a) => !a.endsWith(' 200'))).toEqual([
        'POST /api/curation-logs/{curationLogId}/restore 503',
        'GET /api/check-indicator 503',
        'POST /api/runs/{id}/cancel 409',
        'POST /api/warninglists/refresh 503',
      ]);
    });

    it('pins the public interface: paths and CSV columns', () => {
      expect(REST_ROUTES.map((r) => `${r.method} /api${r.path}`)).toEqual([
        'GET /api/leaderboard',
        'GET /api/contributions',
        'GET /api/organizations',
        'GET /api/organizations/{alias}',
        'GET /api/organizations/{alias}/totals',
        'GET /api/organizations/{alias}/series',
        'GET /api/sync-users',
        'GET /api/curation-logs',
        'POST /api/curation-logs/{curationLogId}/restore',
        'GET /api/check-indicator',
        'GET /api/runs',
        'GET /api/runs/{id}',
        'POST /api/runs/day',
        'POST /api/runs/backfill',
        'POST /api/runs/{id}/cancel',
        'POST /api/sync-users',
        'POST /api/sync-users/remove',
        'POST /api/organizations/{alias}/rename',
        'GET /api/warninglists',
        'POST /api/warninglists/refresh',
      ]);
      const counts = 'seen,capped,evaluated,warninglistFalsePositives,reputationFalsePositives,falsePositives,confirmedMalicious,unknown,unchecked,valid,qualityRatio';
      expect(Object.fromEntries(REST_ROUTES.filter((r) => r.csv).map((r) => [r.path, r.csv!.columns.map((c) => c.name).join(',')]))).toEqual({
        '/leaderboard': `rank,organization,mispOrgName,${counts},days,daysCovered,coverage`,
        '/contributions': `start,organization,${counts},days,daysCovered,coverage`,
        '/curation-logs': 'id,day,organization,mispEventId,mispEventUuid,mispAttributeId,mispAttributeUuid,attributeType,value,reason,action,status,error,createdAt,actedAt,restoredAt,runId,evidence',
      });
    });
  });
});
