// Attributes with odd values, as MISP instances fed by many communities hold: empty, very long,
// broken Unicode, IPv6 with zone ids, '|' where the type is not composite, composite values with a
// half missing. A run never crashes on them, counts each exactly once as the ground truth says,
// curates only real false positives, and the API shows the curation rows that hold them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNow } from '../pipeline/helpers.js';
import { graphqlHarness } from '../helpers/graphql.js';
import { createApiServices } from '../../src/pipeline/api-services.js';
import { faultWorld, groundTruth, type FaultWorld, type FaultWorldOptions } from './fault-harness.js';
import { expectConsistent, outcomeOf } from './outcome.js';

const DAY = '2026-09-14';
const ODD: Array<[type: string, value: string]> = [
  // Empty.
  ['ip-dst', ''],
  ['domain', ''],
  ['md5', ''],
  ['url', ''],
  ['filename|md5', ''],
  ['domain|ip', ''],
  // Very long.
  ['domain', `${'a'.repeat(100_000)}.com`],
  ['url', `http://x.example/${'a'.repeat(200_000)}`],
  ['hostname', `${'a.'.repeat(5000)}google.com`],
  ['sha256', 'f'.repeat(10_000)],
  // Broken Unicode: lone surrogates (JSON "\ud800" escapes), NUL, replacement characters, non-ASCII names.
  ['domain', 'ex\ud800ample.com'],
  ['url', 'http://\udfff.example/'],
  ['ip-dst', '1.2.3.4\ud83d'],
  ['domain', 'bad\u0000byte.com'],
  ['email-src', '\ufffd@\ufffd.example'],
  ['hostname', 'café.example'],
  ['url', 'http://bücher.example/straße'],
  // IPv6 with zone ids, and IPv4 in odd spellings.
  ['ip-dst', 'fe80::1%eth0'],
  ['ip-src', 'fe80::1%25eth0'],
  ['ip-dst|port', 'fe80::1%eth0|443'],
  ['domain|ip', 'evil.example|fe80::1%lo'],
  ['ip-dst', '[fe80::1%eth0]'],
  ['ip-dst', '8.8.8.8%eth0'],
  ['ip-dst', '::ffff:8.8.8.8'],
  ['ip-dst', '2001:4860:4860::8888'],
  ['ip-src', '010.010.010.010'],
  // '|' where the type is not composite.
  ['domain', 'evil.example|8.8.8.8'],
  ['ip-dst', '8.8.8.8|53'],
  ['md5', 'd41d8cd98f00b204e9800998ecf8427e|x'],
  ['url', 'http://a.example/?q=a|b'],
  ['hostname', '|'],
  ['ip-src', '||'],
  // Composite values with a half missing or too many halves.
  ['domain|ip', 'google.com'],
  ['filename|md5', '|'],
  ['ip-dst|port', '8.8.8.8|53|53'],
  ['filename|md5', 'x.exe|D41D8CD98F00B204E9800998ECF8427E'],
  ['domain|ip', '|8.8.8.8'],
  // Whitespace and a trailing dot around values a list holds.
  ['domain', ' google.com '],
  ['ip-dst', '8.8.8.8\n'],
  ['domain', 'google.com.'],
  ['hostname', 'GOOGLE.COM'],
  // Types MISP would not send, but a broken sync might.
  ['', 'x'],
  ['no-such-type', 'google.com'],
  ['DOMAIN', 'google.com'],
];

const WORLD: FaultWorldOptions = {
  sim: { seed: 71, communities: 2, creatorsPerCommunity: 1, startDate: DAY, days: 1, perDay: 60, maxEventSize: 10, falsePositiveShare: 0.1 },
  register: [1, 2],
};

/** One event of community 1 holding every odd attribute, timestamped inside the day. */
function loadOddEvent(w: FaultWorld): number[] {
  const ts = Date.parse(`${DAY}T06:00:00Z`) / 1000;
  const first = w.misp.dataset.generatedCount + 1;
  w.misp.dataset.loadEvent({
    Event: {
      info: 'odd values',
      timestamp: String(ts),
      Org: { name: 'Community 01' },
      Orgc: { name: 'Community 01 Author 1' },
      Attribute: ODD.map(([type, value], i) => ({ type, value, category: 'Network activity', to_ids: i % 2 === 0, timestamp: String(ts + i) })),
    },
  });
  return ODD.map((_, i) => first + i);
}

describe('odd attribute values from MISP', () => {
  let w: FaultWorld;
  let truth: ReturnType<typeof groundTruth>;
  let ids: number[];

  beforeAll(async () => {
    w = await faultWorld(WORLD);
    ids = loadOddEvent(w);
    truth = groundTruth(w, DAY, 5000);
  });
  afterAll(() => w?.close());

  it('counts and curates a day holding them exactly as the ground truth says', async () => {
    const { run } = await runNow(w.deps, DAY, DAY);
    expect(run.error).toBeNull();
    expect(run.status).toBe('SUCCEEDED');
    const outcome = await outcomeOf(w);
    for (const [n, counts] of truth.counts) expect(outcome.counts[`${DAY} community-${n}`], `community ${n}`).toEqual(counts);
    expect(outcome.changed).toEqual([...truth.falsePositiveIds].map((id) => `soft-delete ${id}`).sort());
    await expectConsistent(w);
    // Every odd attribute was seen once; the ones a warninglist holds were curated.
    const odd = new Set(ids.map(String));
    const curatedOdd = outcome.changed.map((c) => c.split(' ')[1]!).filter((id) => odd.has(id));
    expect(curatedOdd.length).toBeGreaterThan(0);
    const types = outcome.breakdowns;
    expect(Object.keys(types).some((k) => k.endsWith(' type:no-such-type'))).toBe(true);
  });

  it('shows the curation rows and explains the odd values over GraphQL', async () => {
    const api = await graphqlHarness(
      w.db.prisma,
      w.config,
      createApiServices(w.deps, () => undefined),
    );
    const logs = await api.run('{ curationLogs(first: 200) { totalCount edges { node { value attributeType reason status evidence } } } }');
    expect(logs.errors).toBeUndefined();
    const values = (logs.data as { curationLogs: { edges: Array<{ node: { value: string } }> } }).curationLogs.edges.map((e) => e.node.value);
    expect(values).toContain('google.com.');
    for (const [type, value] of ODD) {
      const check = await api.run('query($t: String!, $v: String!) { checkIndicator(type: $t, value: $v) { decision warninglistHits { listName } } }', { t: type, v: value });
      if (check.errors) expect(check.errors[0]!.message, `${type} ${JSON.stringify(value.slice(0, 40))}`).toMatch(/^Give the (MISP attribute type|value to check)/);
    }
  });

  it('runs the day again without error once its false positives are gone from MISP', async () => {
    const { run } = await runNow(w.deps, DAY, DAY);
    expect(run.status).toBe('SUCCEEDED');
    await expectConsistent(w);
  });
});
