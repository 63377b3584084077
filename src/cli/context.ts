// What most commands need: the validated configuration, a logger and the migrated database.
// They load when a command runs (dynamic imports), so `--help` does not load Prisma.
import { existsSync } from 'node:fs';
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import type { Logger } from '../log/logger.js';
import { missingDatabase } from './read-database.js';

export interface CommandContext {
  config: Config;
  prisma: Db;
  logger: Logger;
}

export interface DatabaseOptions {
  /** The command only reads: a missing database is an error, never created. */
  readOnly?: boolean;
}

export async function withDatabase<T>(run: (ctx: CommandContext) => Promise<T>, options: DatabaseOptions = {}): Promise<T> {
  const [{ loadConfig, readEnv }, { openDatabase }, { createLogger }] = await Promise.all([import('../config/load.js'), import('../db/client.js'), import('../log/logger.js')]);
  const env = readEnv();
  const config = loadConfig(env);
  if (options.readOnly && config.databasePath !== ':memory:' && !existsSync(config.databasePath)) {
    throw new Error(missingDatabase(config.databasePath, env.MTC_ENV_FILE));
  }
  // Logs go to stderr: stdout carries the command's tables and values, for scripts.
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, format: config.logFormat, destination: process.stderr });
  const { prisma } = await openDatabase(config.databasePath);
  try {
    return await run({ config, prisma, logger });
  } finally {
    await prisma.$disconnect();
  }
}
