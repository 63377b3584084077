import type { Viewer } from '../auth/tokens.js';
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import type { ApiServices } from '../pipeline/api.js';
import type { RequestLoaders } from './loaders.js';
import type { RunProgressHub } from './run-progress.js';

// The pipeline's contract, under the names the resolvers use.
export type { ApiServices, IndicatorCheckResult } from '../pipeline/api.js';

/** What every resolver gets. Resolvers read the database or call a service; nothing else. */
export interface GraphQLContext {
  prisma: Db;
  config: Config;
  /** The token's owner; null for a request without a token. */
  viewer: Viewer | null;
  /** Runs, curation and indicator checks. */
  services: ApiServices;
  /** Per-request batching of aggregate reads (no N+1). */
  loaders: RequestLoaders;
  /** Live progress of runs: one poller per run, streams capped per token and in all. */
  progress: RunProgressHub;
}
