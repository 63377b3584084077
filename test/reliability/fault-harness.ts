// A pipeline world for fault injection: the simulators on loopback, a migrated SQLite file and the
// real pipeline, with the simulators' small built-in warninglists (fast to compile, no checkout
// needed) and retry back-off shortened so that bursts of faults cost milliseconds, not seconds.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { addSyncUser } from '../../src/communities/sync-users.js';
import type { Config } from '../../src/config/settings.js';
import { openDatabase } from '../../src/db/client.js';
import { silentLogger } from '../../src/log/logger.js';
import { MispClient } from '../../src/misp/index.js';
import { BUILTIN_WARNINGLISTS, MispSimulator, type MispSimulatorOptions } from '../../src/misp/simulator/index.js';
import { WarninglistProvider, type PipelineDeps } from '../../src/pipeline/index.js';
import { OpenTipProvider, ReputationService, type Clock } from '../../src/reputation/index.js';
import { startOpenTipSimulator, type OpenTipSimulatorOptions } from '../../src/reputation/simulator/index.js';
import { parseListJson } from '../../src/warninglists/index.js';
import { ReferenceMatcher } from '../warninglists/reference.js';
import { testConfig } from '../helpers/config.js';
import { tempDir, type TempDb } from '../helpers/db.js';
import { expectedDay } from '../pipeline/expected.js';
import type { PipelineWorld } from '../pipeline/helpers.js';

/** The simulators' built-in lists are all named "Sim: ...". */
export const SIM_LIST_FILTER = 'sim';

/** Same attempts as configured, back-off in milliseconds. */
const MISP_BACKOFF = { baseDelayMs: 5, maxDelayMs: 40, maxTotalMs: 20_000 };
const OPENTIP_RETRY = { maxAttempts: 5, baseDelayMs: 5, maxDelayMs: 20 };

export interface FaultWorldOptions {
  sim: MispSimulatorOptions;
  /** Simulator community numbers registered as communities (alias `community-N`). */
  register: number[];
  env?: Record<string, string>;
  opentip?: OpenTipSimulatorOptions;
  /** How long a writer waits for another connection's lock (default 5000 ms, as the service). */
  busyTimeoutMs?: number;
  /** Attempts of one OpenTIP lookup (default 5). */
  opentipAttempts?: number;
}

export interface FaultWorld extends PipelineWorld {
  aliases: Map<number, string>;
}

export async function faultWorld(options: FaultWorldOptions): Promise<FaultWorld> {
  const misp = await MispSimulator.start({ warninglistsDir: false, ...options.sim });
  const opentip = await startOpenTipSimulator({ quota: 1_000_000, seed: 5, ...options.opentip });
  const dir = tempDir('mtc-reliability-');
  const path = join(dir, 'test.db');
  const { prisma } = await openDatabase(path, { busyTimeoutMs: options.busyTimeoutMs ?? 5000 });
  const db: TempDb = {
    prisma,
    path,
    dir,
    async close() {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const config = testConfig({
    MISP_URL: misp.url,
    MISP_KEY: misp.keys.admin,
    MISP_RETRIES: '4',
    MISP_TIMEOUT_MS: '5000',
    MISP_PAGE_SIZE: '100',
    OPENTIP_URL: opentip.url,
    OPENTIP_KEY: opentip.apiKey,
    OPENTIP_DAILY_BUDGET: '1000000',
    OPENTIP_REQUESTS_PER_MINUTE: '0',
    OPENTIP_CONCURRENCY: '8',
    OPENTIP_TIMEOUT_MS: '5000',
    WARNINGLIST_FILTERS: SIM_LIST_FILTER,
    WARNINGLIST_MAX_ENTRIES: '0',
    CURATION_MAX_RATIO: '1',
    // These scenarios curate from their first day; the first-day hold of new lists has its own tests.
    CURATION_TRUST_NEW_LISTS: 'true',
    ...options.env,
  });
  const communities = new Map<number, number>();
  const aliases = new Map<number, string>();
  for (const n of options.register) {
    const user = await addSyncUser(prisma, misp.keys.syncEmails[n - 1]!, `community-${n}`);
    communities.set(n, user.organizationId);
    aliases.set(user.organizationId, `community-${n}`);
  }
  const deps = pipelineDeps(prisma, config, { ...(options.opentipAttempts && { opentipAttempts: options.opentipAttempts }) });
  return {
    misp,
    opentip,
    db,
    config,
    deps,
    communities,
    aliases,
    async close() {
      await Promise.all([deps.misp?.close(), deps.reputation.close()]);
      await Promise.all([misp.stop(), opentip.close()]);
      await db.close();
    },
  };
}

/** What createPipelineDeps builds, with the short back-off; `clock` is the reputation service's (budget days). */
export function pipelineDeps(prisma: PipelineDeps['prisma'], config: Config, options: { clock?: Clock; opentipAttempts?: number } = {}): PipelineDeps {
  const { clock, opentipAttempts } = options;
  const misp = new MispClient({
    baseUrl: config.mispUrl,
    apiKey: config.mispKey,
    timeoutMs: config.mispTimeoutMs,
    pageSize: config.mispPageSize,
    retry: { maxAttempts: config.mispRetries, ...MISP_BACKOFF },
  });
  const provider =
    config.opentipKey === ''
      ? null
      : new OpenTipProvider({
          apiKey: config.opentipKey,
          baseUrl: config.opentipUrl,
          timeoutMs: config.opentipTimeoutMs,
          retry: { ...OPENTIP_RETRY, ...(opentipAttempts && { maxAttempts: opentipAttempts }) },
        });
  const reputation = new ReputationService({
    db: prisma,
    provider,
    ...(clock && { clock }),
    options: { dailyBudget: config.opentipDailyBudget, requestsPerMinute: config.opentipRequestsPerMinute, concurrency: config.opentipConcurrency },
  });
  return { prisma, config, logger: silentLogger, misp, reputation, warninglists: new WarninglistProvider(prisma, config, misp) };
}

/** Opens a world, hands it to `body`, and closes it whatever happens. */
export async function withWorld<T>(options: FaultWorldOptions, body: (world: FaultWorld) => Promise<T>): Promise<T> {
  const world = await faultWorld(options);
  try {
    return await body(world);
  } finally {
    await world.close();
  }
}

/** The ground truth of a day for the built-in lists: what a clean run must count. */
export function groundTruth(world: FaultWorld, day: string, cap: number) {
  const reference = new ReferenceMatcher(BUILTIN_WARNINGLISTS.map((file, i) => parseListJson(String(i + 1), file, file.name)));
  // Without an OpenTIP key nothing is looked up: every value without a warninglist hit is unknown, as Grey.
  const opentip = world.config.opentipKey === '' ? { ...world.opentip, zoneOf: () => 'Grey' as const } : world.opentip;
  return expectedDay(world.misp, opentip, reference, day, [...world.communities.keys()], cap);
}
