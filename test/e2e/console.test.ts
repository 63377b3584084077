// The dashboard in Debian's Chromium against a seeded database and the MISP simulator: sign in,
// read the leaderboard, change range and granularity and see the chart's data change, open a
// community, run a dry-run backfill as admin and watch it advance, be refused, and never load
// anything from another address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeToken } from '../../src/auth/tokens.js';
import { addDays } from '../../src/pipeline/index.js';
import { openBrowser, screenshot, signIn, SIM_DAYS, SIM_FROM, startConsoleFixture, type BrowserSession, type ConsoleFixture } from './harness.js';

const COMMUNITIES = 6;

interface ChartFacts {
  points: number;
  series: number;
  total: number;
}

describe('web console', () => {
  let fx: ConsoleFixture;
  let b: BrowserSession;

  beforeAll(async () => {
    fx = await startConsoleFixture({ communities: COMMUNITIES, days: 100 });
    const org = await fx.service.prisma.organization.findUniqueOrThrow({ where: { alias: 'community-001' } });
    await fx.service.prisma.curationLog.create({
      data: {
        organizationId: org.id,
        day: fx.lastDay,
        mispAttributeId: '999001',
        mispAttributeUuid: 'b3f0c3de-0000-4000-8000-000000000001',
        mispEventId: '77',
        attributeType: 'ip-dst',
        value: '8.8.8.8',
        reason: 'WARNINGLIST',
        action: 'SOFT_DELETE',
        status: 'DONE',
        actedAt: new Date(),
        evidence: JSON.stringify({ warninglists: [{ id: 'public-dns-v4', name: 'List of known IPv4 public DNS resolvers', entry: '8.8.8.8', value: '8.8.8.8' }] }),
      },
    });
    b = await openBrowser(fx.url);
  });
  afterAll(async () => {
    await b?.close();
    await fx?.close();
  });

  const chartFacts = (title: string) =>
    b.page.$eval(`figure[data-chart^="${title}"]`, (f) => ({
      points: Number(f.getAttribute('data-points')),
      series: Number(f.getAttribute('data-series')),
      total: Number(f.getAttribute('data-total')),
    })) as Promise<ChartFacts>;
  const ready = (view: string) => b.page.waitForSelector(`body[data-ready="${view}"]`);

  it('says how to get a token, then shows the leaderboard with no-data communities as such', async () => {
    await b.page.goto(`${fx.url}/`);
    await ready('sign-in');
    expect(await b.page.textContent('main')).toContain('npx misp-topcontrib token create --role reader');
    await screenshot(b.page, 'sign-in');

    await signIn(b.page, fx.url, fx.readerToken);
    await ready('home');
    expect(b.page.url()).not.toContain(fx.readerToken);
    expect(await b.page.textContent('.who')).toContain('reader');
    const rows = await b.page.$$eval('table.sortable tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    // Six seeded communities (the last without data) and the simulator's two, not yet computed.
    expect(rows).toHaveLength(COMMUNITIES + 2);
    expect(rows[0]![0]).toBe('1');
    expect(Number(rows[0]![2]!.replace(/,/g, ''))).toBeGreaterThan(0);
    const empty = rows.find((r) => r[1] === `community-00${COMMUNITIES}`)!;
    expect(empty[2]).toBe('no data');
    expect(empty[7]).toBe('0/30 days');

    // Sorting by a column reorders the rows, most first; again, least first.
    await b.page.click('th button[data-sort="evaluated"]');
    const evaluated = await b.page.$$eval('td[data-column="evaluated"]', (tds) => tds.map((td) => td.textContent ?? ''));
    const numbers = evaluated.filter((v) => v !== 'no data').map((v) => Number(v.replace(/,/g, '')));
    expect(numbers).toEqual([...numbers].sort((x, y) => y - x));
    expect(evaluated.slice(numbers.length).every((v) => v === 'no data')).toBe(true);

    expect(await b.page.$('text=Start a run')).toBeNull();
    await screenshot(b.page, 'leaderboard');
  });

  it('redraws the chart for another range and granularity', async () => {
    const month = await chartFacts('Quality IoCs');
    expect(month).toMatchObject({ points: 30, series: 5 });
    expect(month.total).toBeGreaterThan(0);

    await b.page.click('button:has-text("Last 90 days")');
    await b.page.waitForSelector('figure[data-chart="Quality IoCs (valid) per day"][data-points="90"]');
    const quarter = await chartFacts('Quality IoCs');
    expect(quarter.points).toBe(90);
    expect(quarter.total).toBeGreaterThan(month.total);

    await b.page.selectOption('select[name="granularity"]', 'WEEK');
    await b.page.waitForSelector('figure[data-chart="Quality IoCs (valid) per week"]');
    const weeks = await chartFacts('Quality IoCs (valid) per week');
    expect(weeks.points).toBeGreaterThanOrEqual(13);
    expect(weeks.points).toBeLessThanOrEqual(14);
    // The same days summed another way.
    expect(weeks.total).toBe(quarter.total);

    await b.page.selectOption('select[name="metric"]', 'falsePositives');
    await b.page.waitForSelector('figure[data-chart="False positives per week"]');
    const falsePositives = await chartFacts('False positives per week');
    expect(falsePositives.total).toBeGreaterThan(0);
    expect(falsePositives.total).toBeLessThan(weeks.total);
    await screenshot(b.page, 'chart-weeks');
  });

  it('opens a community: series, breakdowns and its curation log with the evidence', async () => {
    await b.page.click('a:has-text("community-001")');
    await ready('community');
    expect(await b.page.textContent('h1')).toContain('community-001');
    expect((await chartFacts('community-001: counts per week')).series).toBe(3);
    expect((await chartFacts('By attribute type')).series).toBe(2);
    expect((await chartFacts('By creator organisation')).series).toBe(2);
    const log = await b.page.textContent('table.log');
    expect(log).toContain('8.8.8.8');
    expect(log).toContain('List of known IPv4 public DNS resolvers');
    // A reader gets no restore button.
    expect(await b.page.$('table.log button')).toBeNull();
    await screenshot(b.page, 'community');
  });

  it('fits a phone: nothing wider than the screen but the tables, which scroll', async () => {
    await b.page.setViewportSize({ width: 390, height: 844 });
    await b.page.goto(`${fx.url}/#/`);
    await ready('home');
    const overflow = await b.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(b.page, 'leaderboard-phone');
    await b.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('is reachable with the keyboard alone', async () => {
    await b.page.goto(`${fx.url}/#/`);
    await b.page.reload();
    await ready('home');
    const reached: string[] = [];
    for (let i = 0; i < 15 && !reached.includes('Last 7 days'); i++) {
      await b.page.keyboard.press('Tab');
      reached.push(await b.page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached.slice(0, 2)).toEqual(['Skip to content', 'misp-topcontrib']);
    expect(reached).toContain('Runs');
    expect(reached.at(-1)).toBe('Last 7 days');
    await b.page.keyboard.press('Enter');
    await b.page.waitForSelector('figure[data-chart="Quality IoCs (valid) per day"][data-points="7"]');
  });

  it('serves "/" under a same-origin Content-Security-Policy without inline styles', async () => {
    const response = await fetch(`${fx.url}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe/);
  });

  it("lets an admin restore, run a dry-run backfill and watch it advance; refusals show the API's message", async () => {
    await b.page.click('text=Forget token');
    await signIn(b.page, fx.url, fx.adminToken);
    expect(await b.page.textContent('.who')).toContain('admin');

    // Restore: the simulated MISP has no attribute 999001, and the page says what MISP answered.
    await b.page.goto(`${fx.url}/#/community/community-001`);
    await ready('community');
    await b.page.click('table.log button:has-text("Restore")');
    const refusal = await b.page.waitForSelector('table.log [role="alert"]');
    expect(await refusal.textContent()).toMatch(/MISP/);

    await b.page.goto(`${fx.url}/#/runs`);
    await ready('runs');
    expect(await b.page.isChecked('form[aria-labelledby="backfill-title"] input[name="dryRun"]')).toBe(true);
    await b.page.fill('form[aria-labelledby="backfill-title"] input[name="from"]', SIM_FROM);
    await b.page.fill('form[aria-labelledby="backfill-title"] input[name="to"]', addDays(SIM_FROM, SIM_DAYS - 1));
    // Record every state the run's row shows, without reloading: the subscription updates it.
    await b.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const row = document.querySelector('tr[data-run]');
        const text = row ? `${row.getAttribute('data-status')} ${row.querySelector('.run-progress')?.textContent?.trim()}` : '';
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.querySelector('main')!, { subtree: true, childList: true });
    });
    await b.page.click('text=Queue the backfill');
    await b.page.waitForSelector('text=Queued run #');
    await b.page.waitForSelector('tr[data-run][data-status="SUCCEEDED"]', { timeout: 60_000 });
    const seen = await b.page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen[0]).toBe(`QUEUED 0/${SIM_DAYS} days`);
    expect(seen.at(-1)).toBe(`SUCCEEDED ${SIM_DAYS}/${SIM_DAYS} days`);
    expect(await b.page.textContent('tr[data-run]')).toContain('(dry run)');
    const run = await fx.service.prisma.pipelineRun.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(run).toMatchObject({ kind: 'BACKFILL', dryRun: true, status: 'SUCCEEDED' });
    // Dry run: nothing changed in MISP (the one mutation is the refused restore above).
    expect(fx.misp.mutations.filter((m) => m.action !== 'restore')).toEqual([]);
    await screenshot(b.page, 'runs');

    // A range that ends before it starts: the API refuses and the form shows its words.
    await b.page.fill('form[aria-labelledby="backfill-title"] input[name="from"]', addDays(SIM_FROM, 2));
    await b.page.fill('form[aria-labelledby="backfill-title"] input[name="to"]', SIM_FROM);
    await b.page.click('text=Queue the backfill');
    expect(await (await b.page.waitForSelector('.form-outcome [role="alert"]')).textContent()).toContain('swap the dates');

    // The token revoked while the page is open: the next action is refused, in the API's words.
    const admin = await fx.service.prisma.apiToken.findFirstOrThrow({ where: { name: 'e2e-admin' } });
    await revokeToken(fx.service.prisma, admin.id);
    await b.page.click('text=Queue the run');
    await b.page.waitForSelector('.form-outcome [role="alert"]:has-text("was revoked on")');
  });

  it('shows the warninglists to a reader, without admin controls', async () => {
    await b.page.click('text=Forget token');
    await signIn(b.page, fx.url, fx.readerToken);
    await b.page.goto(`${fx.url}/#/runs`);
    await ready('runs');
    expect(await b.page.$('form.run-form')).toBeNull();
    expect(await b.page.$('text=Cancel run')).toBeNull();
    await b.page.goto(`${fx.url}/#/warninglists?all=1`);
    await ready('warninglists');
    // The backfill loaded the simulator's lists.
    expect(await b.page.$$eval('table.sortable tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
    expect(await b.page.$('text=Reload the lists from MISP now')).toBeNull();
    await screenshot(b.page, 'warninglists');
  });

  it('requested nothing but the service, and logged no error', () => {
    expect(b.foreign).toEqual([]);
    // The refusals above are answers shown on the page, not script errors; 401s show as failed loads.
    expect(b.pageErrors.filter((e) => !/status of 40[13]/.test(e))).toEqual([]);
  });
});
