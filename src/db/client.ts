// Opens the service's SQLite database through Prisma's better-sqlite3 adapter.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/prisma/client.js';
import { applyMigrations, type MigrationReport } from './migrate.js';
import { createPrivately } from './private-file.js';

export type Db = PrismaClient;

export interface OpenDatabaseOptions {
  /** Apply pending migrations before returning (the service does; read-only tools need not). */
  migrate?: boolean;
  /** How long a writer waits for a lock held by another connection before failing. */
  busyTimeoutMs?: number;
  /** Emit a `query` event per SQL statement (tests count them to catch N+1 queries). */
  logQueries?: boolean;
}

export interface OpenedDatabase {
  prisma: Db;
  migrations: MigrationReport | null;
}

/**
 * Migrates the file (unless told not to) and returns a Prisma client on it. Every connection
 * the adapter opens gets WAL, a busy timeout and foreign keys, set in `configure` below.
 */
export async function openDatabase(path: string, options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  if (path !== ':memory:') createPrivately(path);
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const migrations = options.migrate === false ? null : applyMigrations(path, { busyTimeoutMs });
  const adapter = new PrismaBetterSqlite3({ url: `file:${path}`, timeout: busyTimeoutMs });
  const prisma = new PrismaClient({ adapter, ...(options.logQueries ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {}) });
  // The adapter's connection does not inherit pragmas set on another connection.
  await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await prisma.$executeRawUnsafe('PRAGMA synchronous = NORMAL');
  return { prisma, migrations };
}
