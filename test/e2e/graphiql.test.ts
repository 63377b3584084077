// GraphiQL as an analyst on an air-gapped host meets it: every file from the service under a
// same-origin CSP, no error before a token is given, the schema and Docs at once with one, the
// example query answered, and the token never stored past the tab nor put in a URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, startConsoleFixture, type BrowserSession, type ConsoleFixture } from './harness.js';

describe('GraphiQL', () => {
  let fx: ConsoleFixture;
  let b: BrowserSession;

  beforeAll(async () => {
    fx = await startConsoleFixture({ communities: 2, days: 3 });
    b = await openBrowser(fx.url);
  });
  afterAll(async () => {
    await b?.close();
    await fx?.close();
  });

  it('is served with a same-origin Content-Security-Policy', async () => {
    const response = await fetch(`${fx.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    // No script in the page itself: everything runs from the service's files.
    expect(await response.text()).not.toMatch(/<script>|<script type="module">/);
  });

  it('without a token: says how to get one, and shows no error', async () => {
    await b.page.goto(`${fx.url}/graphql`);
    await b.page.waitForSelector('.without-token:not([hidden])');
    expect(await b.page.textContent('.without-token')).toContain('npx misp-topcontrib token create');
    await b.page.waitForSelector('.graphiql-container');
    await b.page.click('[aria-label="Show Documentation Explorer"]');
    await b.page.waitForSelector('.graphiql-doc-explorer');
    expect(await b.page.textContent('body')).not.toMatch(/UNAUTHENTICATED|Error fetching schema|needs a token/);
  });

  it('with a token pasted in the banner: runs the example query', async () => {
    await b.page.fill('#token-banner input[name="token"]', fx.readerToken);
    await b.page.click('#token-banner button[type="submit"]');
    await b.page.waitForSelector('.with-token:not([hidden])');
    await b.page.waitForSelector('.graphiql-container');
    // With a token, the schema and Docs load at once (GraphiQL keeps Docs open from the last visit).
    if (!(await b.page.$('.graphiql-doc-explorer'))) await b.page.click('[aria-label="Show Documentation Explorer"]');
    await b.page.waitForSelector('.graphiql-doc-explorer >> text=Query');
    await b.page.click('.graphiql-execute-button');
    await b.page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('community-001'));
    const response = await b.page.textContent('.graphiql-response');
    expect(response).toContain('"organizations"');
    expect(response).not.toContain('errors');
    await screenshot(b.page, 'graphiql');

    expect(b.page.url()).not.toContain(fx.readerToken);
    const stored = await b.page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: sessionStorage.getItem('misp-topcontrib.token') }));
    expect(stored.session).toBe(fx.readerToken);
    expect(stored.local).not.toContain(fx.readerToken);
  });

  it('requested nothing but the service, and the CSP refused nothing', () => {
    expect(b.foreign).toEqual([]);
    expect(b.pageErrors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  });
});
