// Builds what the pipeline needs from the configuration.
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../log/logger.js';
import { MispClient } from '../misp/index.js';
import { createReputationService } from '../reputation/index.js';
import type { PipelineDeps } from './deps.js';
import { WarninglistProvider } from './warninglists.js';

export function createPipelineDeps(prisma: Db, config: Config, logger: Logger): PipelineDeps {
  const misp =
    config.mispUrl === ''
      ? null
      : new MispClient({
          baseUrl: config.mispUrl,
          apiKey: config.mispKey,
          ...(config.mispCaFile !== '' && { caFile: config.mispCaFile }),
          rejectUnauthorized: !config.mispTlsInsecure,
          timeoutMs: config.mispTimeoutMs,
          pageSize: config.mispPageSize,
          retry: { maxAttempts: config.mispRetries },
          logger,
        });
  const reputation = createReputationService({
    db: prisma,
    opentip: config.opentipKey === '' ? null : { apiKey: config.opentipKey, baseUrl: config.opentipUrl, timeoutMs: config.opentipTimeoutMs },
    options: {
      dailyBudget: config.opentipDailyBudget,
      requestsPerMinute: config.opentipRequestsPerMinute,
      concurrency: config.opentipConcurrency,
      freshnessDays: { benign: config.freshDaysBenign, malicious: config.freshDaysMalicious, unknown: config.freshDaysUnknown },
    },
  });
  return { prisma, config, logger, misp, reputation, warninglists: new WarninglistProvider(prisma, config, misp) };
}

export async function closePipelineDeps(deps: PipelineDeps): Promise<void> {
  await Promise.all([deps.misp?.close(), deps.reputation.close()]);
}
