// The demo: MISP and OpenTIP simulators with a generated month for a dozen communities, an admin
// token, a backfill of the month with curation, and GraphiQL. It writes only its own database.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createToken } from '../auth/tokens.js';
import { addSyncUser } from '../communities/sync-users.js';
import { loadConfig, readEnv } from '../config/load.js';
import type { Logger } from '../log/logger.js';
import { MispSimulator, type CommunityProfile } from '../misp/simulator/index.js';
import { addDays, dayOfInstant, enqueueRun } from '../pipeline/index.js';
import { planLookups } from '../reputation/kinds.js';
import { startOpenTipSimulator, zoneFor, type ZoneMix } from '../reputation/simulator/index.js';
import { startService, type RunningService } from '../service.js';

/** The lists the default selection uses, shipped with the project (assets/warninglists/README.md). */
export const DEMO_WARNINGLISTS_DIR = fileURLToPath(new URL('../../assets/warninglists', import.meta.url));

/**
 * A dozen communities, each with its own size and quality: `falsePositiveShare` of its attributes
 * are planted from a warninglist (IP, domain and URL types only, so about half of it shows), and
 * `benignShare` are values OpenTIP calls Green. Every community stays well under
 * CURATION_MAX_RATIO on every day, so the demo's curation is never refused.
 */
const COMMUNITIES: Array<{ alias: string } & Required<CommunityProfile>> = [
  { alias: 'csirt-north', weight: 3.0, falsePositiveShare: 0.04, benignShare: 0.05 },
  { alias: 'csirt-south', weight: 2.2, falsePositiveShare: 0.1, benignShare: 0.12 },
  { alias: 'finance-isac', weight: 1.8, falsePositiveShare: 0.02, benignShare: 0.02 },
  { alias: 'energy-isac', weight: 1.5, falsePositiveShare: 0.2, benignShare: 0.05 },
  { alias: 'health-cert', weight: 1.2, falsePositiveShare: 0.05, benignShare: 0.28 },
  { alias: 'telco-soc', weight: 1.2, falsePositiveShare: 0.15, benignShare: 0.12 },
  { alias: 'gov-cert', weight: 1.0, falsePositiveShare: 0.08, benignShare: 0.08 },
  { alias: 'academic-net', weight: 0.8, falsePositiveShare: 0.12, benignShare: 0.18 },
  { alias: 'retail-isac', weight: 0.7, falsePositiveShare: 0.03, benignShare: 0.1 },
  { alias: 'transport-cert', weight: 0.6, falsePositiveShare: 0.14, benignShare: 0.03 },
  { alias: 'water-isac', weight: 0.5, falsePositiveShare: 0.04, benignShare: 0.25 },
  { alias: 'cloud-soc', weight: 0.6, falsePositiveShare: 0.24, benignShare: 0.04 },
];
const ALIASES = COMMUNITIES.map((c) => c.alias);

/** Few values are Green by chance; the communities' benign shares make the difference. */
const ZONE_MIX: ZoneMix = { Green: 2, Grey: 45, Yellow: 15, Orange: 10, Red: 28 };
const OPENTIP_SEED = 2026;
/**
 * Event sizes follow the day's size (600 a day: events of up to 60 attributes, one of 150 a day
 * beyond the per-event cap of 100, which shows as `capped`), so a day always holds every community.
 */
function eventSizes(perDay: number) {
  return { maxEventSize: Math.max(5, Math.round(perDay / 10)), oversizedEventSize: Math.round(perDay / 4), maxAttributesPerEvent: Math.round(perDay / 6) };
}

/** What the service will find: every lookup of the attribute answered Green. */
function isBenign(type: string, value: string): boolean {
  const { requests, unusable } = planLookups(type, value);
  return unusable === 0 && requests.length > 0 && requests.every((r) => zoneFor(r.kind, r.value, ZONE_MIX, OPENTIP_SEED) === 'Green');
}

export interface DemoOptions {
  dataDir: string;
  port: number;
  host: string;
  days: number;
  perDay: number;
  logger: Logger;
}

export interface RunningDemo {
  service: RunningService;
  token: string;
  runId: number;
  from: string;
  to: string;
  close(): Promise<void>;
}

export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const to = addDays(dayOfInstant(new Date(), 'UTC'), -1);
  const from = addDays(to, 1 - options.days);
  const sizes = eventSizes(options.perDay);
  const misp = await MispSimulator.start({
    seed: 2026,
    communities: ALIASES.length,
    startDate: from,
    days: options.days,
    perDay: options.perDay,
    maxEventSize: sizes.maxEventSize,
    oversizedEventsPerDay: 1,
    oversizedEventSize: sizes.oversizedEventSize,
    communityProfiles: COMMUNITIES,
    everyCommunityDaily: true,
    isBenign,
    pulledShare: 0.05,
    warninglistsDir: DEMO_WARNINGLISTS_DIR,
  });
  const opentip = await startOpenTipSimulator({ quota: 1_000_000, seed: OPENTIP_SEED, zoneMix: ZONE_MIX });
  const databasePath = join(options.dataDir, 'demo.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(databasePath + suffix, { force: true });
  const config = loadConfig({
    ...readEnv(),
    DATABASE_PATH: databasePath,
    HTTP_HOST: options.host,
    HTTP_PORT: String(options.port),
    MISP_URL: misp.url,
    MISP_KEY: misp.keys.admin,
    OPENTIP_URL: opentip.url,
    OPENTIP_KEY: opentip.apiKey,
    OPENTIP_DAILY_BUDGET: '1000000',
    OPENTIP_REQUESTS_PER_MINUTE: '0',
    OPENTIP_CONCURRENCY: '8',
    SCHEDULE: '',
    CATCH_UP_DAYS: '0',
    WARNINGLISTS_DIR: '',
    MAX_ATTRIBUTES_PER_EVENT: String(sizes.maxAttributesPerEvent),
  });
  const service = await startService(config, options.logger);
  try {
    for (const [i, alias] of ALIASES.entries()) await addSyncUser(service.prisma, misp.keys.syncEmails[i]!, alias);
    const { token } = await createToken(service.prisma, 'demo', 'ADMIN');
    const run = await enqueueRun(service.prisma, { kind: 'BACKFILL', fromDay: from, toDay: to, trigger: 'CLI', dryRun: false, curate: true }, service.pipeline.config);
    service.worker.wake();
    return {
      service,
      token,
      runId: run.id,
      from,
      to,
      async close() {
        await service.close();
        await Promise.all([misp.stop(), opentip.close()]);
      },
    };
  } catch (error) {
    await service.close();
    await Promise.all([misp.stop(), opentip.close()]);
    throw error;
  }
}
