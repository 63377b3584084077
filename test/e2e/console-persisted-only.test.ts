// The dashboard on a server with GRAPHQL_PERSISTED_ONLY=true, in Debian's Chromium: the console
// sends every operation by its registered hash, so a reader still gets the leaderboard, a
// community, the runs and the warninglists, and an admin still queues a backfill and watches it
// advance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/pipeline/index.js';
import { openBrowser, signIn, SIM_DAYS, SIM_FROM, startConsoleFixture, type BrowserSession, type ConsoleFixture } from './harness.js';

describe('web console with GRAPHQL_PERSISTED_ONLY=true', () => {
  let fx: ConsoleFixture;
  let b: BrowserSession;
  /** The body of every GraphQL request the page sent. */
  const sent: Record<string, unknown>[] = [];

  beforeAll(async () => {
    fx = await startConsoleFixture({ communities: 3, days: 35, env: { GRAPHQL_PERSISTED_ONLY: 'true' } });
    b = await openBrowser(fx.url);
    b.page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql' && request.method() === 'POST') sent.push(JSON.parse(request.postData() ?? '{}') as Record<string, unknown>);
    });
  });
  afterAll(async () => {
    await b?.close();
    await fx?.close();
  });

  const ready = (view: string) => b.page.waitForSelector(`body[data-ready="${view}"]`);
  const errorsShown = () => b.page.$$eval('[role="alert"]', (alerts) => alerts.map((a) => a.textContent ?? ''));

  it('shows a reader the leaderboard, a community, the runs and the warninglists, with no error', async () => {
    await signIn(b.page, fx.url, fx.readerToken);
    await ready('home');
    expect(await b.page.textContent('.who')).toContain('reader');
    expect(await b.page.$$eval('table.sortable tbody tr', (rows) => rows.length)).toBe(3 + 2);
    expect(await errorsShown()).toEqual([]);

    await b.page.click('a:has-text("community-001")');
    await ready('community');
    expect(await b.page.textContent('h1')).toContain('community-001');
    expect(await b.page.$('figure[data-chart^="community-001"]')).not.toBeNull();
    expect(await errorsShown()).toEqual([]);

    await b.page.goto(`${fx.url}/#/runs`);
    await ready('runs');
    expect(await errorsShown()).toEqual([]);

    await b.page.goto(`${fx.url}/#/warninglists?all=1`);
    await ready('warninglists');
    expect(await errorsShown()).toEqual([]);
  });

  it('lets an admin queue a dry-run backfill and follow its progress', async () => {
    await b.page.click('text=Forget token');
    await signIn(b.page, fx.url, fx.adminToken);
    await b.page.goto(`${fx.url}/#/runs`);
    await ready('runs');
    await b.page.fill('form[aria-labelledby="backfill-title"] input[name="from"]', SIM_FROM);
    await b.page.fill('form[aria-labelledby="backfill-title"] input[name="to"]', addDays(SIM_FROM, SIM_DAYS - 1));
    await b.page.click('text=Queue the backfill');
    await b.page.waitForSelector('text=Queued run #');
    // The row changes through the progress subscription, itself sent by hash.
    await b.page.waitForSelector('tr[data-run][data-status="SUCCEEDED"]', { timeout: 60_000 });
    expect(await errorsShown()).toEqual([]);
  });

  it('sent every operation by hash, never as a document, and logged no error', () => {
    expect(sent.length).toBeGreaterThan(5);
    for (const body of sent) {
      expect(body.query).toBeUndefined();
      expect(body.documentId).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(b.foreign).toEqual([]);
    // Before a token is given, the page's session check is answered 401: a failed load, not an error.
    expect(b.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
