// What the pipeline works with: the database, MISP, the reputation service and the warninglists.
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import { NotConfiguredError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import type { MispClient } from '../misp/index.js';
import type { ReputationService } from '../reputation/index.js';
import type { WarninglistProvider } from './warninglists.js';

export interface PipelineDeps {
  prisma: Db;
  config: Config;
  logger: Logger;
  /** null when no MISP is configured: runs fail at once with a message saying so. */
  misp: MispClient | null;
  reputation: ReputationService;
  warninglists: WarninglistProvider;
}

export class PipelineError extends Error {
  override name = 'PipelineError';
}

export function requireMisp(deps: PipelineDeps): MispClient {
  if (!deps.misp) {
    throw new NotConfiguredError('No MISP is configured: set MISP_URL and MISP_KEY (a site-admin key), then restart the service or run the command again.');
  }
  return deps.misp;
}
