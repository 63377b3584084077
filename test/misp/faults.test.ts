import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MispClient, MispRateLimitError, MispUnreachableError, type MispAttribute } from '../../src/misp/index.js';
import { MispSimulator, SKIPPED_TYPES } from '../../src/misp/simulator/index.js';
import { FAST_RETRY, clientFor, rejectionOf } from './helpers.js';

let sim: MispSimulator;
const DAY = '2025-05-10';

beforeAll(async () => {
  sim = await MispSimulator.start({ seed: 3, startDate: DAY, days: 1, perDay: 500, warninglistsDir: false });
});
afterAll(() => sim.stop());
beforeEach(() => sim.setFaults({}));

const expectedIds = () => [...sim.dataset.attributesOfDay(DAY)].filter((a) => !a.deleted && !SKIPPED_TYPES.includes(a.type)).map((a) => String(a.id));

async function ids(client: MispClient, pageSize = 50): Promise<string[]> {
  const { from, to } = sim.dataset.dayRange(DAY);
  const out: string[] = [];
  for await (const page of client.searchAttributes({ from, to, notTypes: SKIPPED_TYPES, pageSize })) out.push(...page.map((a: MispAttribute) => a.id));
  return out;
}

describe('MispClient under injected faults', () => {
  it('recovers from a burst of 500s', async () => {
    sim.setFaults({ errorRate: 1, maxFaults: 3, onlyPaths: /restSearch/ });
    expect(await ids(clientFor(sim, sim.keys.admin))).toEqual(expectedIds());
    expect(sim.faults.counters.errors).toBe(3);
  });

  it('gives up on a 500 storm with a server error after maxAttempts', async () => {
    sim.setFaults({ errorRate: 1 });
    const e = await rejectionOf(clientFor(sim, sim.keys.admin).getVersion());
    expect(e.name).toBe('MispServerError');
    expect(sim.faults.counters.errors).toBe(FAST_RETRY.maxAttempts);
  });

  it('retries dropped connections', async () => {
    sim.setFaults({ dropRate: 1, maxFaults: 2, onlyPaths: /restSearch/ });
    expect(await ids(clientFor(sim, sim.keys.admin))).toEqual(expectedIds());
    expect(sim.faults.counters.dropped).toBe(2);
  });

  it('retries truncated JSON bodies', async () => {
    sim.setFaults({ truncateRate: 0.5, maxFaults: 3, seed: 11, onlyPaths: /restSearch/ });
    expect(await ids(clientFor(sim, sim.keys.admin))).toEqual(expectedIds());
    expect(sim.faults.counters.truncated).toBe(3);
  });

  it('honours X-Rate-Limit-Reset of an injected 429', async () => {
    sim.setFaults({ rateLimitRate: 1, maxFaults: 1, rateLimitResetSeconds: 1 });
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    expect((await clientFor(sim, sim.keys.admin, { sleep }).getVersion()).version).toBe('2.5.1');
    expect(waits).toEqual([1000]);
  });

  it("honours MISP's own restSearch rate limit for a rate-limited user, and reports it when the budget runs out", async () => {
    const limited = await MispSimulator.start({ seed: 3, startDate: DAY, days: 1, perDay: 500, warninglistsDir: false, rateLimit: { limit: 3, windowSeconds: 1 } });
    try {
      const { from, to } = limited.dataset.dayRange(DAY);
      // The simulator's window is real time, so the waits are real; they are recorded, not timed.
      const waits: number[] = [];
      const sleep = (ms: number) => {
        waits.push(ms);
        return new Promise<void>((r) => setTimeout(r, ms));
      };
      const c = new MispClient({ baseUrl: limited.url, apiKey: limited.keys.sync[0]!, retry: { ...FAST_RETRY, maxTotalMs: 10_000 }, sleep });
      let n = 0;
      for await (const page of c.searchAttributes({ from, to, notTypes: [], pageSize: 100 })) n += page.length;
      expect(n).toBe(500);
      // 6 requests (5 full pages + the empty one) at 3 per second: at least one wait for the reset
      // the simulator announced (X-Rate-Limit-Reset, whole seconds, at least 1).
      expect(waits.length).toBeGreaterThan(0);
      expect(waits.every((ms) => ms >= 1000 && ms % 1000 === 0)).toBe(true);
      // The site admin is not rate limited; a budget shorter than the reset ends in a clear error.
      const impatient = new MispClient({ baseUrl: limited.url, apiKey: limited.keys.sync[1]!, retry: { ...FAST_RETRY, maxTotalMs: 200 } });
      const e = await rejectionOf(
        (async () => {
          for await (const p of impatient.searchAttributes({ from, to, notTypes: [], pageSize: 10 })) void p;
        })(),
      );
      expect(e).toBeInstanceOf(MispRateLimitError);
      expect(e.message).toMatch(/rate limit/i);
    } finally {
      await limited.stop();
    }
  });

  it('a page whose body stalls past the timeout ends in a clear unreachable error', async () => {
    sim.setFaults({ slowBodyMs: 4000, onlyPaths: /restSearch/ });
    const c = clientFor(sim, sim.keys.admin, { timeoutMs: 200, retry: { ...FAST_RETRY, maxAttempts: 2 } });
    const e = await rejectionOf(ids(c));
    expect(e).toBeInstanceOf(MispUnreachableError);
    expect(e.message).toMatch(/the answer did not finish within 200 ms/);
    expect((e as MispUnreachableError).attempts).toBe(2);
  });

  it('MISP down: unreachable error after retries, without the key anywhere', async () => {
    // Reserve a port, then free it so nothing listens there.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const key = 'super-secret-api-key-0123456789abcdefabcd';
    const warnings: unknown[] = [];
    const c = new MispClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: key, retry: FAST_RETRY, logger: { warn: (o, m) => warnings.push([o, m]) } });
    const e = await rejectionOf(c.getVersion());
    expect(e).toBeInstanceOf(MispUnreachableError);
    expect(e.message).toMatch(/connection refused/);
    expect((e as MispUnreachableError).attempts).toBe(FAST_RETRY.maxAttempts);
    expect(warnings).toHaveLength(FAST_RETRY.maxAttempts - 1);
    expect(JSON.stringify([e, e.message, e.stack, warnings])).not.toContain(key);
  });

  it('warns loudly when TLS verification is off', () => {
    const warnings: string[] = [];
    new MispClient({ baseUrl: 'https://misp.example', apiKey: 'k', rejectUnauthorized: false, logger: { warn: (_o, m) => warnings.push(m) } });
    expect(warnings.join()).toMatch(/TLS certificate verification of MISP is OFF/);
  });

  it('fault config can be changed over HTTP and reports counters', async () => {
    const res = await fetch(`${sim.url}/__sim/faults`, { method: 'POST', body: JSON.stringify({ errorRate: 1, maxFaults: 1, onlyPaths: 'getVersion' }) });
    expect(res.status).toBe(200);
    await clientFor(sim, sim.keys.admin).getVersion();
    const state = (await (await fetch(`${sim.url}/__sim/faults`)).json()) as { config: { onlyPaths: string }; counters: { errors: number } };
    expect(state).toMatchObject({ config: { onlyPaths: 'getVersion' }, counters: { errors: 1 } });
    expect((await fetch(`${sim.url}/__sim/faults`, { method: 'POST', body: '{"errorRat":1}' })).status).toBe(400);
  });
});
