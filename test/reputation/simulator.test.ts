import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { startOpenTipSimulator, zoneFor, ZONES, type OpenTipSimulator } from '../../src/reputation/simulator/index.js';

let sim: OpenTipSimulator | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function get(path: string, key: string | null = sim!.apiKey, method = 'GET') {
  const origin = new URL(sim!.url).origin;
  const response = await request(`${origin}${path}`, { method, headers: key === null ? {} : { 'x-api-key': key } });
  return { status: response.statusCode, body: (await response.body.json()) as Record<string, unknown> };
}

describe('zones', () => {
  it('are a function of (seed, kind, value), with the configured mix', () => {
    const values = Array.from({ length: 2000 }, (_, i) => `host${i}.example`);
    const zones = values.map((v) => zoneFor('domain', v));
    expect(values.map((v) => zoneFor('domain', v))).toEqual(zones);
    for (const zone of ZONES) expect(zones.filter((z) => z === zone).length, zone).toBeGreaterThan(50);
    expect(values.some((v) => zoneFor('domain', v, undefined, 2) !== zoneFor('domain', v))).toBe(true);
    expect(new Set(values.map((v) => zoneFor('domain', v, { Green: 3, Red: 0 })))).toEqual(new Set(['Green']));
  });

  it('never puts a file in Orange', () => {
    const hashes = Array.from({ length: 500 }, (_, i) => i.toString(16).padStart(32, '0'));
    expect(hashes.map((h) => zoneFor('hash', h, { Orange: 1, Red: 1 }))).not.toContain('Orange');
  });
});

describe('OpenTIP simulator over HTTP', () => {
  it('answers a search with the documented body, and counts it', async () => {
    sim = await startOpenTipSimulator({ overrides: { '203.0.113.5': 'Red' } });
    const { status, body } = await get('/api/v1/search/ip?request=203.0.113.5');
    expect(status).toBe(200);
    expect(body).toMatchObject({ Zone: 'Red', IpGeneralInfo: { Ip: '203.0.113.5', Status: 'known', Categories: ['CATEGORY_MALWARE'] } });
    expect(sim.counters).toMatchObject({
      requests: 1,
      byKind: { ip: 1, domain: 0, url: 0, hash: 0 },
      byPath: { '/api/v1/search/ip': 1 },
      byValue: { 'ip:203.0.113.5': 1 },
      byStatus: { 200: 1 },
      quotaUsed: 1,
      maxInFlight: 1,
      inFlight: 0,
    });
    expect(sim.counters.timestamps).toHaveLength(1);
  });

  it('401 without the right key, 400 for an incorrect query, 404 elsewhere, 405 for other methods', async () => {
    sim = await startOpenTipSimulator({ apiKey: 'right' });
    expect((await get('/api/v1/search/domain?request=example.com', 'wrong')).status).toBe(401);
    expect((await get('/api/v1/search/domain?request=example.com', null)).status).toBe(401);
    expect((await get('/api/v1/search/hash?request=abc')).status).toBe(400);
    expect((await get('/api/v1/search/domain')).status).toBe(400);
    expect((await get('/api/v1/search/email?request=a@b.c')).status).toBe(404);
    expect((await get('/api/v1/search/ip?request=192.0.2.1', 'right', 'POST')).status).toBe(405);
    expect(sim.counters.byStatus).toEqual({ 401: 2, 400: 2, 404: 1, 405: 1 });
  });

  it('answers 403 once the quota is spent; setQuota allows more', async () => {
    sim = await startOpenTipSimulator({ quota: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(`/api/v1/search/ip?request=192.0.2.${i}`)).status);
    expect(statuses).toEqual([200, 200, 403, 403]);
    sim.setQuota(1);
    expect((await get('/api/v1/search/ip?request=192.0.2.9')).status).toBe(200);
  });

  it('status overrides apply for `times` requests, then the zone answers', async () => {
    sim = await startOpenTipSimulator({ overrides: { 'x.example': { status: 502, times: 1 } } });
    expect((await get('/api/v1/search/domain?request=x.example')).status).toBe(502);
    expect((await get('/api/v1/search/domain?request=x.example')).status).toBe(200);
  });

  it('applies the shared fault injection, configurable over HTTP', async () => {
    sim = await startOpenTipSimulator();
    const admin = await request(`${new URL(sim.url).origin}/__sim/faults`, { method: 'POST', body: JSON.stringify({ errorRate: 1, maxFaults: 1 }) });
    expect(admin.statusCode).toBe(200);
    await admin.body.dump();
    expect((await get('/api/v1/search/ip?request=192.0.2.1')).status).toBe(500);
    expect((await get('/api/v1/search/ip?request=192.0.2.1')).status).toBe(200);
    const counters = await get('/__sim/counters');
    expect(counters.body).toMatchObject({ requests: 2 });
    expect(sim.faults.counters.errors).toBe(1);
  });
});
