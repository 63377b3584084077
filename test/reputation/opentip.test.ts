import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OpenTipProvider, QuotaExhaustedError, ReputationAuthError, ReputationUnavailableError, type LookupKind } from '../../src/reputation/index.js';
import { startOpenTipSimulator, type OpenTipSimulator, type Zone } from '../../src/reputation/simulator/index.js';
import { FakeClock, MD5, SECRET_KEY, TINY_RETRY } from './helpers.js';

let sim: OpenTipSimulator;
let provider: OpenTipProvider;
/** Every error thrown in this file, checked at the end for the key. */
const thrown: unknown[] = [];

async function lookupError(kind: LookupKind, value: string, client = provider): Promise<unknown> {
  const error = await client.lookup(kind, value).then(
    () => expect.unreachable('the lookup should have failed'),
    (e: unknown) => e,
  );
  thrown.push(error);
  return error;
}

beforeAll(async () => {
  sim = await startOpenTipSimulator({ apiKey: SECRET_KEY });
  provider = new OpenTipProvider({ baseUrl: sim.url, apiKey: SECRET_KEY, timeoutMs: 2000, retry: TINY_RETRY }, new FakeClock());
});

afterEach(() => {
  sim.overrides.clear();
  sim.faults.configure({});
  sim.setQuota(Number.POSITIVE_INFINITY);
  sim.resetCounters();
});

afterAll(async () => {
  await provider.close();
  await sim.close();
});

describe('OpenTIP client against the simulator', () => {
  it.each<[Zone, string]>([
    ['Green', 'benign'],
    ['Red', 'malicious'],
    ['Orange', 'malicious'],
    ['Yellow', 'malicious'],
    ['Grey', 'unknown'],
  ])('zone %s → %s', async (zone, verdict) => {
    sim.overrides.set('zone.example', zone);
    const result = await provider.lookup('domain', 'zone.example');
    expect(result).toMatchObject({ verdict, raw: zone, detail: { Zone: zone, DomainGeneralInfo: { Domain: 'zone.example' } } });
  });

  it.each<[LookupKind, string, string]>([
    ['ip', '203.0.113.9', 'IpGeneralInfo'],
    ['domain', 'example.org', 'DomainGeneralInfo'],
    ['url', 'http://example.io/x', 'UrlGeneralInfo'],
    ['hash', MD5, 'FileGeneralInfo'],
  ])('%s: GET /search/%s with the documented body', async (kind, value, section) => {
    const result = await provider.lookup(kind, value);
    expect(result.raw).toBe(sim.zoneOf(kind, value));
    expect(result.detail).toHaveProperty(section);
    expect(sim.counters.byPath).toEqual({ [`/api/v1/search/${kind}`]: 1 });
  });

  it('sends the value URL-encoded, so the server sees it exactly', async () => {
    const value = 'http://x.example/a?b=1&c=%2F#frag';
    await provider.lookup('url', value);
    expect(sim.counters.byValue).toEqual({ [`url:${value}`]: 1 });
  });

  it('400 (incorrect query) and 404 are unknown, and not retried', async () => {
    expect(await provider.lookup('ip', 'not-an-ip')).toEqual({ verdict: 'unknown', raw: 'HTTP 400' });
    sim.overrides.set('gone.example', { status: 404 });
    expect(await provider.lookup('domain', 'gone.example')).toEqual({ verdict: 'unknown', raw: 'HTTP 404' });
    expect(sim.counters.requests).toBe(2);
    expect(sim.counters.byStatus).toEqual({ 400: 1, 404: 1 });
  });

  it('401 is a fatal, clear error that never repeats the key', async () => {
    const wrong = new OpenTipProvider({ baseUrl: sim.url, apiKey: `${SECRET_KEY}-wrong`, retry: TINY_RETRY });
    const error = await lookupError('ip', '192.0.2.1', wrong);
    await wrong.close();
    expect(error).toBeInstanceOf(ReputationAuthError);
    expect((error as Error).message).toMatch(/^The OpenTIP API key was refused \(401\): it is wrong or expired\. Create a new key at .+ and set OPENTIP_KEY\.$/);
    expect(sim.counters.requests).toBe(1);
  });

  it('403 means the quota is spent: QuotaExhaustedError from the provider, no retry', async () => {
    sim.setQuota(1);
    await provider.lookup('ip', '192.0.2.1');
    const error = await lookupError('ip', '192.0.2.2');
    expect(error).toBeInstanceOf(QuotaExhaustedError);
    expect((error as QuotaExhaustedError).origin).toBe('provider');
    expect(sim.counters.byStatus).toEqual({ 200: 1, 403: 1 });
  });

  it('5xx is retried, and a later success counts', async () => {
    sim.overrides.set('flaky.example', { status: 503, times: 2 });
    const result = await provider.lookup('domain', 'flaky.example');
    expect(result.raw).toBe(sim.zoneOf('domain', 'flaky.example'));
    expect(sim.counters.byStatus).toEqual({ 503: 2, 200: 1 });
  });

  it('5xx on every attempt ends as ReputationUnavailableError after maxAttempts requests', async () => {
    sim.overrides.set('down.example', { status: 500 });
    const error = await lookupError('domain', 'down.example');
    expect(error).toBeInstanceOf(ReputationUnavailableError);
    expect((error as Error).message).toMatch(/after 3 attempt\(s\): HTTP 500/);
    expect(sim.counters.requests).toBe(3);
  });

  it.each([
    ['429', { rateLimitRate: 1, maxFaults: 2 }],
    ['dropped connections', { dropRate: 1, maxFaults: 2 }],
    ['truncated JSON', { truncateRate: 1, maxFaults: 2 }],
  ])('%s are retried', async (_name, faults) => {
    sim.faults.configure(faults);
    const result = await provider.lookup('ip', '192.0.2.77');
    expect(result.raw).toBe(sim.zoneOf('ip', '192.0.2.77'));
    expect(sim.counters.requests).toBe(3);
  });

  it('a timeout is retried, then unknown (ReputationUnavailableError)', async () => {
    const impatient = new OpenTipProvider({ baseUrl: sim.url, apiKey: SECRET_KEY, timeoutMs: 50, retry: { ...TINY_RETRY, maxAttempts: 2 } });
    sim.faults.configure({ latencyMs: 300 });
    const error = await lookupError('ip', '192.0.2.8', impatient);
    await impatient.close();
    expect(error).toBeInstanceOf(ReputationUnavailableError);
    expect((error as Error).message).toMatch(/no complete answer within 50 ms/);
    expect(sim.counters.requests).toBe(2);
  });

  it('a slow body past the timeout is a timeout too', async () => {
    const impatient = new OpenTipProvider({ baseUrl: sim.url, apiKey: SECRET_KEY, timeoutMs: 80, retry: { ...TINY_RETRY, maxAttempts: 1 } });
    sim.faults.configure({ slowBodyMs: 400 });
    expect(await lookupError('ip', '192.0.2.9', impatient)).toBeInstanceOf(ReputationUnavailableError);
    await impatient.close();
  });

  it('calls beforeRequest before every attempt, retries included', async () => {
    sim.overrides.set('twice.example', { status: 502, times: 1 });
    let calls = 0;
    await provider.lookup('domain', 'twice.example', undefined, async () => {
      calls++;
    });
    expect(calls).toBe(2);
  });

  it('an aborted signal stops the lookup with its reason', async () => {
    sim.faults.configure({ latencyMs: 300 });
    const controller = new AbortController();
    const pending = provider.lookup('ip', '192.0.2.10', controller.signal);
    // Abort while the simulator holds the request, whatever the machine's speed.
    await vi.waitFor(() => expect(sim.counters.inFlight).toBe(1));
    controller.abort(new Error('run cancelled'));
    await expect(pending).rejects.toThrow('run cancelled');
    expect(sim.counters.requests).toBe(1);
  });

  it('never shows the key: not in errors, nor in the provider when logged', () => {
    expect(thrown.length).toBeGreaterThanOrEqual(5);
    for (const error of thrown) {
      const e = error as Error;
      for (const text of [e.message, String(e), e.stack ?? '', inspect(e, { depth: 5 }), JSON.stringify(e)]) {
        expect(text).not.toContain(SECRET_KEY);
      }
    }
    expect(inspect(provider, { depth: 5, showHidden: true })).not.toContain(SECRET_KEY);
    expect(JSON.stringify(provider)).not.toContain(SECRET_KEY);
  });
});
