// Swagger UI (/docs) and Redoc (/redoc) in a real browser (Debian's Chromium): they render the
// API from /api/openapi.json with nothing loaded from outside this service and no CSP violation.
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDocsContentSecurityPolicy } from '../../src/http/api-docs.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness } from '../helpers/graphql.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('API docs in a browser', () => {
  let db: TempDb;
  let server: Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    db = await tempDb();
    const api = await graphqlHarness(db.prisma, testConfig());
    server = createHttpServer({ yoga: api.yoga, prisma: db.prisma });
    base = (await listen(server, 0, '127.0.0.1')).url;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await db?.close();
  });

  /** Opens `path`, recording requests that leave this service, CSP violations and page errors. */
  async function open(path: string): Promise<{ page: Page; outside: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(apiDocsContentSecurityPolicy());
    return { page, outside, errors };
  }

  const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

  it('renders Swagger UI from the service alone', async () => {
    const { page, outside, errors } = await open('/docs');
    await page.getByText('/api/leaderboard', { exact: true }).first().waitFor({ timeout: 30_000 });
    await expect(page.locator('.opblock').count()).resolves.toBeGreaterThan(20);
    // Try it out needs a token: the Authorize button is there.
    await expect(page.locator('button.authorize').count()).resolves.toBe(1);
    expect(await violationsOf(page)).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('renders Redoc from the service alone', async () => {
    const { page, outside, errors } = await open('/redoc');
    await page.getByText('misp-topcontrib REST API').first().waitFor({ timeout: 30_000 });
    await page.locator('h2', { hasText: 'Communities ranked over a range of days' }).first().waitFor({ timeout: 30_000 });
    await expect(page.getByText('Quality IoCs: evaluated − falsePositives.').count()).resolves.toBeGreaterThan(0);
    expect(await violationsOf(page)).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
