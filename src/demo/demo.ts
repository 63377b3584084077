// The demo: MISP and OpenTIP simulators with a generated month for a dozen communities, an admin
// token, a backfill of the month with curation, and GraphiQL. It writes only its own database.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createToken } from '../auth/tokens.js';
import { addSyncUser } from '../communities/sync-users.js';
import { loadConfig, readEnv } from '../config/load.js';
import type { Logger } from '../log/logger.js';
import { DEFAULT_WARNINGLISTS_DIR, MispSimulator } from '../misp/simulator/index.js';
import { addDays, dayOfInstant, enqueueRun } from '../pipeline/index.js';
import { startOpenTipSimulator } from '../reputation/simulator/index.js';
import { startService, type RunningService } from '../service.js';

const ALIASES = [
  'csirt-north', 'csirt-south', 'finance-isac', 'energy-isac', 'health-cert', 'telco-soc',
  'gov-cert', 'academic-net', 'retail-isac', 'transport-cert', 'water-isac', 'cloud-soc',
];

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
  const lists = existsSync(DEFAULT_WARNINGLISTS_DIR) ? DEFAULT_WARNINGLISTS_DIR : false;
  const misp = await MispSimulator.start({
    seed: 2026, communities: ALIASES.length, startDate: from, days: options.days, perDay: options.perDay,
    oversizedEventsPerDay: 1, oversizedEventSize: 6000, falsePositiveShare: 0.12, warninglistsDir: lists,
  });
  const opentip = await startOpenTipSimulator({ quota: 1_000_000, seed: 2026 });
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
  });
  const service = await startService(config, options.logger);
  try {
    for (const [i, alias] of ALIASES.entries()) await addSyncUser(service.prisma, misp.keys.syncEmails[i]!, alias);
    const { token } = await createToken(service.prisma, 'demo', 'ADMIN');
    const run = await enqueueRun(service.prisma, { kind: 'BACKFILL', fromDay: from, toDay: to, trigger: 'CLI', dryRun: false, curate: true }, service.pipeline.config);
    service.worker.wake();
    return {
      service, token, runId: run.id, from, to,
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
