// What most commands need: the validated configuration, a logger and the migrated database.
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/settings.js';
import { openDatabase, type Db } from '../db/client.js';
import { createLogger, type Logger } from '../log/logger.js';

export interface CommandContext {
  config: Config;
  prisma: Db;
  logger: Logger;
}

export async function withDatabase<T>(run: (ctx: CommandContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, format: config.logFormat });
  const { prisma } = await openDatabase(config.databasePath);
  try {
    return await run({ config, prisma, logger });
  } finally {
    await prisma.$disconnect();
  }
}
