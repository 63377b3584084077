// Wires the service together: database, GraphQL, HTTP. The CLI's `serve` and the tests start it here.
import type { Server } from 'node:http';
import type { Config } from './config/settings.js';
import { openDatabase, type Db } from './db/client.js';
import { createGraphQLHandler, type Yoga } from './graphql/yoga.js';
import { createHttpServer, listen } from './http/server.js';
import type { Logger } from './log/logger.js';

export interface RunningService {
  url: string;
  prisma: Db;
  yoga: Yoga;
  server: Server;
  close(): Promise<void>;
}

export async function startService(config: Config, logger: Logger): Promise<RunningService> {
  const { prisma, migrations } = await openDatabase(config.databasePath);
  if (migrations && migrations.applied.length > 0) logger.info({ applied: migrations.applied }, 'database migrated');
  const yoga = createGraphQLHandler({ prisma, config, logger });
  const server = createHttpServer({ yoga, prisma });
  const { url } = await listen(server, config.httpPort, config.httpHost);
  logger.info({ url: `${url}/graphql`, database: config.databasePath }, 'misp-topcontrib is listening');
  let closed = false;
  return {
    url,
    prisma,
    yoga,
    server,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await prisma.$disconnect();
    },
  };
}
