import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OpenTipProvider, ReputationAuthError, ReputationService, createReputationService, type ClassifyItem, type ReputationOptionsInput } from '../../src/reputation/index.js';
import { startOpenTipSimulator, type OpenTipSimulator, type OpenTipSimulatorOptions } from '../../src/reputation/simulator/index.js';
import { DAY_MS, FakeClock, MD5, SECRET_KEY, TINY_RETRY, openTempDb, type TempDb } from './helpers.js';

const RETRY = { ...TINY_RETRY, maxAttempts: 2 };

let db: TempDb;
let sim: OpenTipSimulator;
let clock: FakeClock;
const services: ReputationService[] = [];

async function setup(simOptions: OpenTipSimulatorOptions = {}) {
  db = await openTempDb();
  clock = new FakeClock();
  sim = await startOpenTipSimulator({ apiKey: SECRET_KEY, ...simOptions });
}

/** A service on the shared DB file; `prisma` defaults to the first client (a restart passes a new one). */
function service(options: ReputationOptionsInput = {}, apiKey = SECRET_KEY, prisma = db.prisma): ReputationService {
  const provider = new OpenTipProvider({ baseUrl: sim.url, apiKey, retry: RETRY }, clock);
  const created = new ReputationService({ db: prisma, provider, clock, options: { requestsPerMinute: 0, concurrency: 2, ...options } });
  services.push(created);
  return created;
}

const item = (type: string, value: string, toIds = true): ClassifyItem => ({ type, value, toIds });
const domains = (n: number, prefix = 'd') => Array.from({ length: n }, (_, i) => item('domain', `${prefix}${i}.example`));

afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
  await sim.close();
  await db.cleanup();
});

describe('ReputationService.classify', () => {
  beforeEach(() => setup({ overrides: { 'green.example': 'Green', 'red.example': 'Red', 'grey.example': 'Grey', '198.51.100.1': 'Green', '198.51.100.66': 'Red' } }));

  it('maps each attribute to an outcome with its evidence, and counts per distinct value', async () => {
    const { results, stats } = await service().classify([
      item('domain', 'green.example'),
      item('hostname', 'red.example'),
      item('domain', 'grey.example'),
      item('email-src', 'someone@example.com'),
      item('ip-dst', '10.0.0.0/8'),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['benign', 'malicious', 'unknown', 'unknown', 'unknown']);
    expect(results[0]!.evidence).toEqual([expect.objectContaining({ provider: 'opentip', kind: 'domain', value: 'green.example', outcome: 'benign', zone: 'Green', source: 'lookup' })]);
    expect(results[3]!.evidence).toEqual([]);
    expect(stats).toEqual({ lookups: 3, cacheHits: 0, unchecked: 0, errors: 0 });
    expect(sim.counters.requests).toBe(3);
  });

  it('normalises before de-duplicating: EXAMPLE.com, example.com. and a hostname are one lookup', async () => {
    const { results, stats } = await service().classify([
      item('domain', 'GREEN.example'),
      item('domain', 'green.example.'),
      item('hostname', ' Green.Example '),
      item('domain|ip', 'green.example|198.51.100.1'),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['benign', 'benign', 'benign', 'benign']);
    expect(sim.counters.byValue).toEqual({ 'domain:green.example': 1, 'ip:198.51.100.1': 1 });
    expect(stats.lookups).toBe(2);
  });

  it('combines composite halves: benign only when every half is benign', async () => {
    const { results } = await service().classify([
      item('domain|ip', 'green.example|198.51.100.1'),
      item('domain|ip', 'green.example|198.51.100.66'),
      item('domain|ip', 'grey.example|198.51.100.1'),
      item('domain|ip', 'green.example|not-an-ip'),
      item('ip-dst|port', '198.51.100.66|443'),
      item('hostname|port', 'green.example|80'),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['benign', 'malicious', 'unknown', 'unknown', 'malicious', 'benign']);
    expect(results[1]!.evidence.map((e) => [e.kind, e.outcome])).toEqual([
      ['domain', 'benign'],
      ['ip', 'malicious'],
    ]);
  });

  it('looks the hash half up for filename|hash and malware-sample', async () => {
    sim.overrides.set(MD5, 'Yellow');
    const { results } = await service().classify([item('filename|md5', `a.exe|${MD5.toUpperCase()}`), item('malware-sample', `b.zip|${MD5}`)]);
    expect(results.map((r) => r.outcome)).toEqual(['malicious', 'malicious']);
    expect(sim.counters.byValue).toEqual({ [`hash:${MD5}`]: 1 });
  });

  it('a composite half left unchecked keeps the attribute unchecked, never benign', async () => {
    const { results } = await service({ dailyBudget: 1, concurrency: 1 }).classify([item('domain', 'green.example'), item('domain|ip', 'green.example|198.51.100.1')]);
    expect(results.map((r) => r.outcome)).toEqual(['benign', 'unchecked']);
  });

  it('cache hits spend no budget', async () => {
    const reputation = service();
    const items = [item('domain', 'green.example'), item('domain', 'red.example'), item('ip-src', '198.51.100.1')];
    await reputation.classify(items);
    const spent = (await reputation.usage())!.lookups;
    sim.resetCounters();

    const again = await reputation.classify(items);
    expect(again.results.map((r) => r.outcome)).toEqual(['benign', 'malicious', 'benign']);
    expect(again.results.flatMap((r) => r.evidence.map((e) => e.source))).toEqual(['cache', 'cache', 'cache']);
    expect(again.stats).toEqual({ lookups: 0, cacheHits: 3, unchecked: 0, errors: 0 });
    expect(sim.counters.requests).toBe(0);
    expect((await reputation.usage())!.lookups).toBe(spent);
  });

  it('looks a value up again once its verdict has expired (unknown after 7 days, benign after 30)', async () => {
    const reputation = service();
    const items = [item('domain', 'green.example'), item('domain', 'grey.example')];
    await reputation.classify(items);
    sim.resetCounters();

    clock.advance(7 * DAY_MS + 1);
    await reputation.classify(items);
    expect(sim.counters.byValue).toEqual({ 'domain:grey.example': 1 });

    // Day 29: the benign verdict is still fresh, the unknown one (checked on day 7) is not.
    sim.resetCounters();
    clock.advance(22 * DAY_MS);
    await reputation.classify(items);
    expect(sim.counters.byValue).toEqual({ 'domain:grey.example': 1 });

    sim.resetCounters();
    clock.advance(DAY_MS);
    const late = await reputation.classify(items);
    expect(sim.counters.byValue).toEqual({ 'domain:green.example': 1 });
    expect(late.stats).toMatchObject({ lookups: 1, cacheHits: 1 });
  });

  it('a shorter freshness configured later applies to verdicts already cached', async () => {
    await service().classify([item('domain', 'green.example')]);
    sim.resetCounters();
    clock.advance(2 * DAY_MS);
    await service({ freshnessDays: { benign: 1 } }).classify([item('domain', 'green.example')]);
    expect(sim.counters.requests).toBe(1);
  });

  it('5xx on every attempt: unknown, counted as an error, and not cached', async () => {
    sim.overrides.set('down.example', { status: 503 });
    const reputation = service();
    const first = await reputation.classify([item('domain', 'down.example')]);
    expect(first.results[0]).toMatchObject({ outcome: 'unknown', evidence: [{ source: 'failed', outcome: 'unknown' }] });
    expect(first.stats).toEqual({ lookups: 1, cacheHits: 0, unchecked: 0, errors: 1 });
    expect(sim.counters.requests).toBe(RETRY.maxAttempts);

    sim.overrides.delete('down.example');
    const second = await reputation.classify([item('domain', 'down.example')]);
    expect(second.results[0]!.evidence[0]!.source).toBe('lookup');
  });

  it('retries spend the daily budget too: it counts requests the provider receives', async () => {
    sim.overrides.set('flaky.example', { status: 500, times: 1 });
    const reputation = service();
    await reputation.classify([item('domain', 'flaky.example')]);
    expect((await reputation.usage())!.lookups).toBe(2);
  });

  it('without a provider, everything with a lookup kind is unknown and nothing is sent', async () => {
    const reputation = createReputationService({ db: db.prisma, opentip: { baseUrl: sim.url, apiKey: '  ' }, clock });
    const { results, stats } = await reputation.classify([item('domain', 'red.example'), item('mutex', 'Global\\x')]);
    expect(results).toEqual([
      { outcome: 'unknown', evidence: [expect.objectContaining({ provider: null, source: 'no-provider', outcome: 'unknown' })] },
      { outcome: 'unknown', evidence: [] },
    ]);
    expect(stats).toEqual({ lookups: 0, cacheHits: 0, unchecked: 0, errors: 0 });
    expect(reputation.providerName).toBeNull();
    expect(await reputation.usage()).toBeNull();
    expect(sim.counters.requests).toBe(0);
  });

  it('createReputationService uses OpenTIP when a key is given', async () => {
    const reputation = createReputationService({
      db: db.prisma,
      opentip: { baseUrl: sim.url, apiKey: SECRET_KEY, retry: RETRY },
      options: { requestsPerMinute: 0 },
      clock,
    });
    services.push(reputation);
    const { results } = await reputation.classify([item('domain', 'red.example')]);
    expect(results[0]!.outcome).toBe('malicious');
    expect(reputation.providerName).toBe('opentip');
  });

  it('an aborted run rejects with the abort reason', async () => {
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    await expect(service().classify(domains(3), controller.signal)).rejects.toThrow('shutting down');
    expect(sim.counters.requests).toBe(0);
  });
});

describe('quota, budget and restarts', () => {
  beforeEach(() => setup({ zoneMix: { Green: 1 } }));

  it('a 403 mid-run leaves the rest unchecked (never benign), and closes the day', async () => {
    sim.setQuota(3);
    const reputation = service({ concurrency: 1 });
    const { results, stats } = await reputation.classify(domains(6));
    expect(results.map((r) => r.outcome)).toEqual(['benign', 'benign', 'benign', 'unchecked', 'unchecked', 'unchecked']);
    expect(results[4]!.evidence[0]).toMatchObject({ source: 'unchecked', zone: null });
    expect(stats).toEqual({ lookups: 3, cacheHits: 0, unchecked: 3, errors: 0 });
    // One 403, then nothing more is sent.
    expect(sim.counters.byStatus).toEqual({ 200: 3, 403: 1 });
    expect((await reputation.usage())!.quotaExhaustedAt).toEqual(new Date(clock.now()));
  });

  it('a 403 with several lookups in flight: every value is either looked up or unchecked', async () => {
    sim.setQuota(5);
    const { results, stats } = await service({ concurrency: 4 }).classify(domains(20));
    expect(results.filter((r) => r.outcome === 'benign')).toHaveLength(5);
    expect(results.filter((r) => r.outcome === 'unchecked')).toHaveLength(15);
    expect(stats.unchecked).toBe(15);
  });

  it('a restart the same day after a 403 sends nothing; the next UTC day it tries again', async () => {
    sim.setQuota(1);
    await service({ concurrency: 1 }).classify(domains(2));
    sim.setQuota(100);
    sim.resetCounters();

    const restarted = service({ concurrency: 1 }, SECRET_KEY, await db.reopen());
    const sameDay = await restarted.classify(domains(3, 'other'));
    expect(sameDay.results.map((r) => r.outcome)).toEqual(['unchecked', 'unchecked', 'unchecked']);
    expect(sim.counters.requests).toBe(0);

    clock.advance(DAY_MS);
    const nextDay = await restarted.classify(domains(3, 'other'));
    expect(nextDay.results.map((r) => r.outcome)).toEqual(['benign', 'benign', 'benign']);
  });

  it('the daily budget survives a restart (new service, new client, same file)', async () => {
    const first = service({ dailyBudget: 5 });
    const before = await first.classify(domains(3));
    expect(before.stats.lookups).toBe(3);

    const restarted = service({ dailyBudget: 5 }, SECRET_KEY, await db.reopen());
    const after = await restarted.classify(domains(4, 'more'));
    expect(after.results.map((r) => r.outcome)).toEqual(['benign', 'benign', 'unchecked', 'unchecked']);
    expect(sim.counters.requests).toBe(5);
    expect(await restarted.usage()).toMatchObject({ provider: 'opentip', day: '2026-01-15', lookups: 5, dailyBudget: 5, quotaExhaustedAt: null });
  });

  it('to_ids attributes get the budget first, whatever their position', async () => {
    const items = [item('domain', 'a.example', false), item('domain', 'b.example', false), item('domain', 'c.example', true), item('domain', 'd.example', false), item('domain', 'e.example', true)];
    const { results } = await service({ dailyBudget: 2, concurrency: 3 }).classify(items);
    expect(results.map((r) => r.outcome)).toEqual(['unchecked', 'unchecked', 'benign', 'unchecked', 'benign']);
    expect(Object.keys(sim.counters.byValue).sort()).toEqual(['domain:c.example', 'domain:e.example']);
  });

  it('a value shared by a to_ids attribute and another one gets the to_ids priority', async () => {
    const items = [item('domain', 'a.example', false), item('domain', 'b.example', false), item('hostname', 'B.example.', true)];
    const { results } = await service({ dailyBudget: 1, concurrency: 1 }).classify(items);
    expect(results.map((r) => r.outcome)).toEqual(['unchecked', 'benign', 'benign']);
  });

  it('401 stops the run with the clear error, and the key is in no message', async () => {
    const reputation = service({ concurrency: 2 }, `${SECRET_KEY}-expired`);
    const error = await reputation.classify(domains(10)).then(
      () => expect.unreachable('classify should have thrown'),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ReputationAuthError);
    expect(error.message).toContain('The OpenTIP API key was refused (401)');
    expect(`${error.message}\n${error.stack}\n${JSON.stringify(error)}`).not.toContain(SECRET_KEY);
    // The run stopped: at most the lookups already in flight reached OpenTIP.
    expect(sim.counters.requests).toBeLessThanOrEqual(2);
    expect(await db.prisma.reputationVerdict.count()).toBe(0);
  });
});

describe('ReputationService.classifyCached', () => {
  beforeEach(() => setup({ overrides: { 'green.example': 'Green', 'red.example': 'Red', 'grey.example': 'Grey', '198.51.100.1': 'Green', '198.51.100.66': 'Red' } }));

  it('decides what the cache answers, leaves the rest to classify, and spends nothing', async () => {
    const reputation = service();
    await reputation.classify([item('domain', 'green.example'), item('domain', 'red.example')]);
    sim.resetCounters();
    const usage = (await reputation.usage())!.lookups;

    const items = [
      item('domain', 'GREEN.example.'),
      item('domain|ip', 'red.example|198.51.100.1'),
      item('domain|ip', 'green.example|198.51.100.1'),
      item('domain', 'grey.example'),
      item('ip-dst', '10.0.0.0/8'),
      item('mutex', 'Global\\x'),
    ];
    const cached = await reputation.classifyCached(items);
    expect(cached.map((r) => r?.outcome ?? null)).toEqual(['benign', null, null, null, 'unknown', 'unknown']);
    expect(cached[0]!.evidence).toEqual([expect.objectContaining({ kind: 'domain', value: 'green.example', zone: 'Green', source: 'cache' })]);
    expect(sim.counters.requests).toBe(0);
    expect((await reputation.usage())!.lookups).toBe(usage);

    // Together with classify for the undecided ones, the same outcomes as classify for all.
    const rest = items.filter((_, i) => cached[i] === null);
    const { results } = await reputation.classify(rest);
    expect(results.map((r) => r.outcome)).toEqual(['malicious', 'benign', 'unknown']);
    expect(sim.counters.byValue).toEqual({ 'ip:198.51.100.1': 1, 'domain:grey.example': 1 });
    const all = await reputation.classify(items);
    expect(all.results.map((r) => r.outcome)).toEqual(['benign', 'malicious', 'benign', 'unknown', 'unknown', 'unknown']);
  });

  it('a stale verdict is no answer', async () => {
    const reputation = service();
    await reputation.classify([item('domain', 'grey.example')]);
    clock.advance(7 * DAY_MS + 1);
    expect(await reputation.classifyCached([item('domain', 'grey.example')])).toEqual([null]);
  });

  it('without a provider, the cache is not needed: every item is decided, unknown', async () => {
    const reputation = createReputationService({ db: db.prisma, opentip: { baseUrl: sim.url, apiKey: '' }, clock });
    const cached = await reputation.classifyCached([item('domain', 'red.example'), item('mutex', 'x')]);
    expect(cached).toEqual([
      { outcome: 'unknown', evidence: [expect.objectContaining({ provider: null, source: 'no-provider' })] },
      { outcome: 'unknown', evidence: [] },
    ]);
  });
});

describe('ReputationService.explain', () => {
  beforeEach(() => setup({ overrides: { 'green.example': 'Green', '198.51.100.66': 'Red' } }));

  it('answers from the cache only, spending nothing', async () => {
    const reputation = service();
    await reputation.classify([item('domain', 'green.example')]);
    sim.resetCounters();
    const usage = (await reputation.usage())!.lookups;

    const explained = await reputation.explain('domain|ip', 'GREEN.example.|198.51.100.66');
    expect(explained).toMatchObject({
      type: 'domain|ip',
      value: 'GREEN.example.|198.51.100.66',
      hasLookupKind: true,
      outcome: 'unchecked',
      evidence: [
        { kind: 'domain', value: 'green.example', outcome: 'benign', zone: 'Green', source: 'cache' },
        { kind: 'ip', value: '198.51.100.66', outcome: 'unchecked', source: 'unchecked' },
      ],
    });
    expect(explained.evidence[0]!.checkedAt).toEqual(new Date(clock.now()));
    expect(await reputation.explain('mutex', 'x')).toMatchObject({ hasLookupKind: false, outcome: 'unknown', evidence: [] });
    expect(sim.counters.requests).toBe(0);
    expect((await reputation.usage())!.lookups).toBe(usage);
  });

  it('still shows a stale verdict, with its dates', async () => {
    const reputation = service();
    await reputation.classify([item('domain', 'green.example')]);
    clock.advance(40 * DAY_MS);
    const explained = await reputation.explain('domain', 'green.example');
    expect(explained.outcome).toBe('benign');
    expect(explained.evidence[0]!.expiresAt!.getTime()).toBeLessThan(clock.now());
  });
});
