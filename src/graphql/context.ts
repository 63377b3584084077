import type { Viewer } from '../auth/tokens.js';
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';

/** What every resolver gets. Resolvers read the database or call a service; nothing else. */
export interface GraphQLContext {
  prisma: Db;
  config: Config;
  /** The token's owner; null for a request without a token. */
  viewer: Viewer | null;
}
