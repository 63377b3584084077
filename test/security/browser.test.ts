// Finding 1: a page on another site read curation-log values and sync-user e-mails (CORS reflected
// any Origin, with credentials), form-encoded admin mutations were accepted, and any Host header
// was answered (DNS rebinding). Now: no CORS unless listed (never with credentials), JSON POSTs
// only, GET needs the CSRF header, and HTTP_ALLOWED_HOSTS refuses foreign Host headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, securityWorld, type SecurityWorld } from './harness.js';

const EVIL = 'https://evil.example';
const STEAL = JSON.stringify({ query: '{ curationLogs { edges { node { value } } } syncUsers { email } }' });

describe('browsers of other sites (CORS, CSRF, Host)', () => {
  let w: SecurityWorld;
  let listed: SecurityWorld;

  beforeAll(async () => {
    w = await securityWorld({ GRAPHQL_ALLOW_ANONYMOUS: 'true', HTTP_ALLOWED_HOSTS: '127.0.0.1,localhost' });
    listed = await securityWorld({ GRAPHQL_ALLOW_ANONYMOUS: 'true', HTTP_CORS_ORIGINS: 'https://dash.example,https://grafana.example' });
  });
  afterAll(async () => {
    await w?.close();
    await listed?.close();
  });

  it('gives a page of another origin no CORS header, so its browser keeps the answer from it', async () => {
    const res = await raw(w.port, { method: 'POST', headers: { origin: EVIL, 'content-type': 'application/json' }, body: STEAL });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await raw(w.port, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('allows the origins of HTTP_CORS_ORIGINS only, never with credentials', async () => {
    const ok = await raw(listed.port, { method: 'POST', headers: { origin: 'https://dash.example', 'content-type': 'application/json' }, body: STEAL });
    expect(ok.status).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://dash.example');
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await raw(listed.port, { method: 'OPTIONS', headers: { origin: 'https://grafana.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers['access-control-allow-origin']).toBe('https://grafana.example');
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/authorization/);
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const evil = await raw(listed.port, { method: 'POST', headers: { origin: EVIL, 'content-type': 'application/json' }, body: STEAL });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses form-encoded, multipart and text/plain POSTs (CSRF shapes), before running anything', async () => {
    const runsBefore = await w.db.prisma.pipelineRun.count();
    const mutation = `mutation { runDay(date: "2026-03-02") { __typename } }`;
    const bodies: Array<[string, string]> = [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(mutation)}`],
      ['multipart/form-data; boundary=x', `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: mutation })}\r\n--x--\r\n`],
      ['text/plain', JSON.stringify({ query: mutation })],
    ];
    for (const [type, body] of bodies) {
      const res = await raw(w.port, { method: 'POST', headers: { origin: EVIL, 'content-type': type, authorization: `Bearer ${w.api.adminToken}` }, body });
      expect(res.status, type).toBe(415);
      expect(res.text).toMatch(/Content-Type: application\/json/);
    }
    expect(await w.db.prisma.pipelineRun.count()).toBe(runsBefore);
  });

  it('takes a GraphQL GET only with the CSRF header, and never a mutation by GET', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ organizations { alias } }')}`;
    const bare = await raw(w.port, { path, headers: { accept: 'application/json' } });
    expect(bare.status).toBe(403);
    expect(bare.text).toMatch(/x-graphql-yoga-csrf/);
    const withHeader = await raw(w.port, { path, headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(200);
    expect(JSON.parse(withHeader.text)).toEqual({ data: { organizations: [{ alias: 'alpha' }, { alias: 'bravo' }] } });
    const mutation = await raw(w.port, {
      path: `/graphql?query=${encodeURIComponent('mutation { runDay(date: "2026-03-02") { __typename } }')}`,
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${w.api.adminToken}` },
    });
    expect(mutation.status).toBe(405);
  });

  it("still serves GraphiQL to a browser and the same-origin console's JSON POST with a Bearer token", async () => {
    const page = await raw(w.port, { path: '/graphql', headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/i);
    const own = `http://127.0.0.1:${w.port}`;
    const console = await raw(w.port, {
      method: 'POST',
      headers: { origin: own, 'content-type': 'application/json', authorization: `Bearer ${w.api.readerToken}` },
      body: JSON.stringify({ query: '{ organizations { alias } }' }),
    });
    expect(console.status).toBe(200);
    expect(JSON.parse(console.text)).toEqual({ data: { organizations: [{ alias: 'alpha' }, { alias: 'bravo' }] } });
  });

  it('refuses a Host header outside HTTP_ALLOWED_HOSTS (DNS rebinding), but always answers /health', async () => {
    const rebound = await raw(w.port, { method: 'POST', headers: { host: 'evil.example', 'content-type': 'application/json' }, body: STEAL });
    expect(rebound.status).toBe(421);
    expect(rebound.text).toMatch(/HTTP_ALLOWED_HOSTS/);
    expect(rebound.text).not.toMatch(/secret-curated|sync@alpha/);
    for (const host of [`127.0.0.1:${w.port}`, `LOCALHOST:${w.port}`, 'localhost']) {
      const ok = await raw(w.port, { method: 'POST', headers: { host, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ organizations { alias } }' }) });
      expect(ok.status, host).toBe(200);
    }
    expect((await raw(w.port, { path: '/health', headers: { host: 'evil.example' } })).status).toBe(200);
  });
});
