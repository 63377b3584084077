// Finding 3: 30 aliases of contributions(1096 days, DAY) held the process for 9 s and 13 MB: the
// cost limit ignored ranges and communities. Now the rows a query would build are estimated
// before it runs (days x granularity x communities x aliases x breakdowns) and a query over
// GRAPHQL_MAX_ROWS is refused with what to narrow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organization } from '../graphql/seed.js';
import { healthWhile, inLanes, raw, securityWorld, type SecurityWorld } from './harness.js';

const THREE_YEARS = { from: '2024-01-01', to: '2026-12-31' }; // 1,096 days
const series = (alias: string, extra = '') => `${alias}: contributions(from: $from, to: $to, granularity: DAY) { start organization { alias } seen valid ${extra} }`;
const THIRTY = `query($from: Date!, $to: Date!) { ${Array.from({ length: 30 }, (_, i) => series(`c${i}`)).join(' ')} }`;

type Body = { data?: Record<string, unknown[]>; errors?: Array<{ message: string; extensions: { code: string; rows?: number } }> };

describe('cost of ranges', () => {
  let w: SecurityWorld;

  beforeAll(async () => {
    w = await securityWorld();
    // Twelve communities, as in the demo and the finding.
    for (let i = 3; i <= 12; i++) await organization(w.db.prisma, `community-${i}`);
  });
  afterAll(() => w?.close());

  async function post(query: string, variables: Record<string, unknown> = THREE_YEARS) {
    const started = performance.now();
    const res = await raw(w.port, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${w.api.readerToken}` }, body: JSON.stringify({ query, variables }) });
    return { ms: performance.now() - started, bytes: res.text.length, body: JSON.parse(res.text) as Body };
  }

  it('answers one three-year daily series for every community', async () => {
    const one = await post(`query($from: Date!, $to: Date!) { ${series('c0')} }`);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data!.c0).toHaveLength(1096 * 12);
    console.log(`[range cost] one contributions(1096 days, DAY) x 12 communities: ${one.bytes} B in ${one.ms.toFixed(0)} ms`);
  });

  it('refuses thirty aliases of it before running, saying what to narrow, and /health stays fast under twenty more', async () => {
    const refused = await post(THIRTY);
    const error = refused.body.errors![0]!;
    expect(refused.body.data).toBeUndefined();
    expect(error.extensions.code).toBe('QUERY_TOO_LARGE');
    expect(error.extensions.rows).toBe(30 * 1096 * 12);
    expect(error.message).toMatch(/394,560 rows; at most 50,000 are allowed \(GRAPHQL_MAX_ROWS\)/);
    expect(error.message).toMatch(/1096 days by DAY = 1096 buckets x 12 communities/);
    expect(error.message).toMatch(/shorter range.*WEEK or MONTH.*fewer communities.*fewer aliases/);
    const load = inLanes(20, 4, () => post(THIRTY));
    const health = await healthWhile(w.port, load);
    const answers = await load;
    for (const a of answers) expect(a.body.errors![0]!.extensions.code).toBe('QUERY_TOO_LARGE');
    const slowest = Math.max(...answers.map((a) => a.ms));
    console.log(
      `[range cost] 30 aliases x 1096 days x 12 communities refused in ${refused.ms.toFixed(0)} ms, ${refused.bytes} B (was 9 s, 13 MB); ` +
        `20 more, 4 at a time: slowest answer ${slowest.toFixed(0)} ms; /health meanwhile max ${health.max.toFixed(1)} ms, median ${health.median.toFixed(1)} ms (${health.samples} samples)`,
    );
    expect(Math.max(...answers.map((a) => a.bytes))).toBeLessThan(2048);
  });

  it('weights breakdowns, nested series and the organizations filter', async () => {
    const withTypes = await post(`query($from: Date!, $to: Date!) { ${series('c0', 'types { attributeType valid }')} }`);
    expect(withTypes.body.errors![0]!.message).toMatch(/leave out types\/creators/);
    const nested = await post(
      `query($from: Date!, $to: Date!) { a: organizations { series(from: $from, to: $to) { valid } } b: organizations { series(from: $from, to: $to) { valid } } c: organizations { series(from: $from, to: $to) { valid } } d: organizations { series(from: $from, to: $to) { valid } } }`,
    );
    expect(nested.body.errors![0]!.extensions.code).toBe('QUERY_TOO_LARGE');
    expect(nested.body.errors![0]!.message).toMatch(/a:organizations\.series: 13,152 rows \(1096 days by DAY = 1096 buckets per community, under 12 parents\)/);
    // The same by WEEK, or for two communities, fits.
    const weekly = await post(`query($from: Date!, $to: Date!) { ${Array.from({ length: 20 }, (_, i) => `w${i}: contributions(from: $from, to: $to, granularity: WEEK) { start valid }`).join(' ')} }`);
    expect(weekly.body.errors).toBeUndefined();
    const two = await post(
      `query($from: Date!, $to: Date!) { ${Array.from({ length: 10 }, (_, i) => `t${i}: contributions(from: $from, to: $to, organizations: ["alpha", "bravo"]) { start valid }`).join(' ')} }`,
    );
    expect(two.body.errors).toBeUndefined();
  });
});
