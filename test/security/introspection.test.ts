// Finding 2: introspection answered without a token and was exempt from the cost and depth limits:
// 30 aliased __schema in one request returned 1.75 MB, and 40 such requests pushed /health to
// 4.3 s. Now introspection needs a token (or GRAPHQL_ALLOW_ANONYMOUS), and counts against the cost limit.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthWhile, inLanes, raw, securityWorld, type SecurityWorld } from './harness.js';

const FULL = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, schemaDescription: true, directiveIsRepeatable: true });
/** The finding's request: GraphiQL's introspection thirty times over, aliased. */
const SCHEMA = FULL.slice(FULL.indexOf('__schema'), FULL.lastIndexOf('}', FULL.indexOf('fragment FullType')));
const THIRTY = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: ${SCHEMA}`).join(' ')} } ${FULL.slice(FULL.indexOf('fragment FullType'))}`;

describe('introspection', () => {
  let w: SecurityWorld;
  let open: SecurityWorld;

  beforeAll(async () => {
    w = await securityWorld();
    open = await securityWorld({ GRAPHQL_ALLOW_ANONYMOUS: 'true' });
  });
  afterAll(async () => {
    await w?.close();
    await open?.close();
  });

  const post = (port: number, query: string, token?: string) =>
    raw(port, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });

  it('is refused without a token, with what to send', async () => {
    for (const query of [FULL, '{ __type(name: "Query") { name } }']) {
      const res = await post(w.port, query);
      expect(res.status).toBe(401);
      const body = JSON.parse(res.text) as { data?: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0]!.message).toMatch(/Authorization: Bearer/);
    }
    // __typename is not introspection: an anonymous query still gets the usual token error, nothing more.
    expect((await post(w.port, '{ __typename }')).status).toBe(200);
  });

  it("answers GraphiQL's full introspection for a token, and for anyone when anonymous reads are on", async () => {
    for (const [world, token] of [
      [w, w.api.readerToken],
      [open, undefined],
    ] as const) {
      const res = await post(world.port, FULL, token);
      expect(res.status).toBe(200);
      const body = JSON.parse(res.text) as { errors?: unknown; data: { __schema: { types: unknown[] } } };
      expect(body.errors).toBeUndefined();
      expect(body.data.__schema.types.length).toBeGreaterThan(30);
    }
  });

  it('counts introspection against the cost limit: thirty aliased __schema are refused, and /health stays fast under forty of them', async () => {
    const one = await post(w.port, FULL, w.api.readerToken);
    const refused = await post(w.port, THIRTY, w.api.readerToken);
    expect(refused.text).toMatch(/Cost limit of \d+ exceeded/);
    const load = inLanes(40, 8, (i) => post(i % 2 ? open.port : w.port, THIRTY, i % 2 ? undefined : w.api.readerToken));
    const health = await healthWhile(w.port, load);
    const answers = await load;
    for (const a of answers) expect(a.text).toMatch(/Cost limit of \d+ exceeded/);
    const bytes = answers.reduce((n, a) => n + a.text.length, 0);
    console.log(
      `[introspection] one full introspection ${one.text.length} B; 30 aliased __schema refused in ${refused.text.length} B (was 1.75 MB); ` +
        `40 such requests answered ${bytes} B in all; /health meanwhile: max ${health.max.toFixed(1)} ms, median ${health.median.toFixed(1)} ms over ${health.samples} samples (was 4.3 s)`,
    );
    // /health is printed, not asserted (the CPU is shared); the refusal itself is what is tested.
    expect(bytes).toBeLessThan(40 * 1024);
  });
});
