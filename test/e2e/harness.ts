// The service as a browser meets it: a real server on loopback over a seeded database and the MISP
// simulator, driven by Debian's Chromium through playwright-core (never a downloaded browser).
// Every request the page makes is recorded, so a test fails if anything leaves the service.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildConsole } from '../../scripts/build-console.mjs';
import { createToken } from '../../src/auth/tokens.js';
import { addSyncUser } from '../../src/communities/sync-users.js';
import { loadConfig } from '../../src/config/load.js';
import type { Db } from '../../src/db/client.js';
import { silentLogger } from '../../src/log/logger.js';
import { MispSimulator } from '../../src/misp/simulator/index.js';
import { addDays, dayOfInstant } from '../../src/pipeline/index.js';
import { startService, type RunningService } from '../../src/service.js';
import { tempDir } from '../helpers/db.js';
import { organization, seedDay } from '../graphql/seed.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/** The simulated MISP's days: long before the seeded ones, so a backfill changes no seeded count. */
export const SIM_FROM = '2025-01-01';
export const SIM_DAYS = 4;

export interface ConsoleFixture {
  service: RunningService;
  misp: MispSimulator;
  url: string;
  adminToken: string;
  readerToken: string;
  /** Yesterday, the last seeded day. */
  lastDay: string;
  close(): Promise<void>;
}

let built: Promise<unknown> | null = null;

/** Builds the console's assets once per test file, so the browser sees the code under test. */
export function ensureConsoleBuilt(): Promise<unknown> {
  built ??= buildConsole({ quiet: true });
  return built;
}

/**
 * Seeds `days` days ending yesterday for `communities` communities (the last one with no data at
 * all), with counts that differ by community and by day.
 */
export async function seedCommunities(prisma: Db, communities: number, days: number, lastDay: string): Promise<void> {
  // One transaction: one commit instead of one per day.
  await prisma.$transaction(
    async (tx) => {
      for (let c = 0; c < communities; c++) {
        const org = await organization(tx as Db, `community-${String(c + 1).padStart(3, '0')}`);
        if (c === communities - 1) continue;
        for (let d = 0; d < days; d++) {
          const n = (c * 7 + d * 3) % 11;
          await seedDay(tx as Db, org.id, addDays(lastDay, -d), { mal: 10 + n + c, wl: 1 + (n % 3), rep: n % 2, unk: 5 + ((d + c) % 4), unch: c % 2, capped: d % 5 === 0 ? 2 : 0 });
        }
      }
    },
    { timeout: 120_000 },
  );
}

/** `env`: settings beyond the fixture's, as environment variables would set them. */
export async function startConsoleFixture({ communities = 6, days = 100, env = {} }: { communities?: number; days?: number; env?: Record<string, string> } = {}): Promise<ConsoleFixture> {
  await ensureConsoleBuilt();
  const dir = tempDir('mtc-e2e-');
  const misp = await MispSimulator.start({ seed: 16, communities: 2, startDate: SIM_FROM, days: SIM_DAYS, perDay: 150, warninglistsDir: false });
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATABASE_PATH: join(dir, 'e2e.db'),
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
    MISP_URL: misp.url,
    MISP_KEY: misp.keys.admin,
    SCHEDULE: '',
    CATCH_UP_DAYS: '0',
    WARNINGLISTS_DIR: '',
    ...env,
  });
  const service = await startService(config, silentLogger);
  const lastDay = addDays(dayOfInstant(new Date(), 'UTC'), -1);
  await seedCommunities(service.prisma, communities, days, lastDay);
  for (const [i, email] of misp.keys.syncEmails.entries()) await addSyncUser(service.prisma, email, `sim-${i + 1}`);
  const adminToken = (await createToken(service.prisma, 'e2e-admin', 'ADMIN')).token;
  const readerToken = (await createToken(service.prisma, 'e2e-reader', 'READER')).token;
  return {
    service,
    misp,
    url: service.url,
    adminToken,
    readerToken,
    lastDay,
    async close() {
      await service.close();
      await misp.stop();
    },
  };
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for that is not the service's (nor data:/blob:). */
  foreign: string[];
  /** Messages the page logged as errors, and uncaught exceptions. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(origin: string, viewport = { width: 1280, height: 900 }): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's "chromium" package (apt-get install chromium) or set CHROMIUM_PATH.`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const context = await browser.newContext({ viewport });
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return { browser, context, page, foreign, pageErrors, close: () => browser.close() };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Puts a token in the tab's sessionStorage, as the sign-in form does. */
export async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.waitForSelector('#token');
  await page.fill('#token', token);
  await page.click('text=Use this token');
  await page.waitForSelector('body[data-ready]:not([data-ready="sign-in"])');
}
