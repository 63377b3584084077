// A MISP simulator, an OpenTIP simulator and a migrated database, wired to the real pipeline.
import { addSyncUser } from '../../src/communities/sync-users.js';
import type { Config } from '../../src/config/settings.js';
import { silentLogger } from '../../src/log/logger.js';
import { MispSimulator, type MispSimulatorOptions } from '../../src/misp/simulator/index.js';
import { claimNextRun, createPipelineDeps, enqueueRun, executeRun, type PipelineDeps } from '../../src/pipeline/index.js';
import { startOpenTipSimulator, type OpenTipSimulator } from '../../src/reputation/simulator/index.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { sharedWarninglists } from '../helpers/shared-data.js';

/** The real lists the pipeline suites run on; undefined (and those suites skipped) on a machine without them. */
export const SHARED_LISTS = sharedWarninglists();

export interface PipelineWorld {
  misp: MispSimulator;
  opentip: OpenTipSimulator;
  db: TempDb;
  config: Config;
  deps: PipelineDeps;
  /** Local organization id by simulator community number. */
  communities: Map<number, number>;
  close(): Promise<void>;
}

export const LIST_FILTERS = 'alexa,tranco,public-dns,amazon,google,empty-hashes';

export async function pipelineWorld(options: { sim: MispSimulatorOptions; register: number[]; env?: Record<string, string> }): Promise<PipelineWorld> {
  const misp = await MispSimulator.start({ warninglistsDir: SHARED_LISTS, ...options.sim });
  const opentip = await startOpenTipSimulator({ quota: 1_000_000, seed: 5 });
  const db = await tempDb();
  const config = testConfig({
    MISP_URL: misp.url,
    MISP_KEY: misp.keys.admin,
    MISP_RETRIES: '4',
    OPENTIP_URL: opentip.url,
    OPENTIP_KEY: opentip.apiKey,
    OPENTIP_DAILY_BUDGET: '1000000',
    OPENTIP_REQUESTS_PER_MINUTE: '0',
    OPENTIP_CONCURRENCY: '8',
    WARNINGLIST_FILTERS: LIST_FILTERS,
    WARNINGLIST_MAX_ENTRIES: '0',
    CURATION_MAX_RATIO: '1',
    // These scenarios curate from their first day; the first-day hold of new lists has its own tests.
    CURATION_TRUST_NEW_LISTS: 'true',
    ...options.env,
  });
  const communities = new Map<number, number>();
  for (const n of options.register) {
    const user = await addSyncUser(db.prisma, misp.keys.syncEmails[n - 1]!, `community-${n}`);
    communities.set(n, user.organizationId);
  }
  const deps = createPipelineDeps(db.prisma, config, silentLogger);
  return {
    misp,
    opentip,
    db,
    config,
    deps,
    communities,
    async close() {
      await Promise.all([deps.misp?.close(), deps.reputation.close()]);
      await Promise.all([misp.stop(), opentip.close()]);
      await db.close();
    },
  };
}

/** Queues a run and executes it in this process, as the worker would. */
export async function runNow(deps: PipelineDeps, fromDay: string, toDay: string, options: { curate?: boolean; dryRun?: boolean } = {}) {
  const queued = await enqueueRun(
    deps.prisma,
    {
      kind: fromDay === toDay ? 'DAILY' : 'BACKFILL',
      fromDay,
      toDay,
      trigger: 'CLI',
      dryRun: options.dryRun ?? false,
      curate: options.curate ?? true,
    },
    deps.config,
  );
  const claimed = await claimNextRun(deps.prisma);
  if (claimed?.id !== queued.id) throw new Error('another run was queued first');
  const end = await executeRun(deps, claimed);
  return { end, run: await deps.prisma.pipelineRun.findUniqueOrThrow({ where: { id: queued.id } }) };
}
