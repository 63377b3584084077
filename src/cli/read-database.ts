// The listing commands (users, runs, token list, curation list) read the database straight through
// better-sqlite3, opened read-only: starting Prisma's query compiler (a 4 MB WebAssembly module)
// would cost several times what such a command does otherwise. They never create, migrate or
// write the file; a database the service has not migrated yet is refused with what to run.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Config } from '../config/settings.js';

export type ReadDb = BetterSqlite3.Database;

export interface ReadContext {
  config: Config;
  db: ReadDb;
}

export async function withReadOnlyDatabase<T>(run: (ctx: ReadContext) => T | Promise<T>): Promise<T> {
  const [{ loadConfig, readEnv }, { default: Database }, { readMigrations }] = await Promise.all([import('../config/load.js'), import('better-sqlite3'), import('../db/migrate.js')]);
  const env = readEnv();
  const config = loadConfig(env);
  if (config.databasePath === ':memory:' || !existsSync(config.databasePath)) throw new Error(missingDatabase(config.databasePath, env.MTC_ENV_FILE));
  const db = new Database(config.databasePath, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const applied = appliedMigrations(db, config.databasePath);
    const pending = readMigrations().filter((m) => !applied.has(m.name));
    if (pending.length > 0) {
      throw new Error(
        `The database at ${resolve(config.databasePath)} lacks ${pending.length} migration(s) of this version (${pending.map((m) => m.name).join(', ')}): ` +
          'run `misp-topcontrib migrate` (the service also applies them at start), then try again.',
      );
    }
    return await run({ config, db });
  } finally {
    db.close();
  }
}

function appliedMigrations(db: ReadDb, path: string): Set<string> {
  try {
    const rows = db.prepare('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as { migration_name: string }[];
    return new Set(rows.map((r) => r.migration_name));
  } catch {
    throw new Error(`${resolve(path)} is not a misp-topcontrib database (it has no migration history). Check DATABASE_PATH, --database or --env-file.`);
  }
}

export function missingDatabase(path: string, envFile: string | undefined): string {
  const settings = envFile ? `settings from ${envFile}` : existsSync('.env') ? `settings from ${resolve('.env')}` : 'no settings file';
  return (
    `There is no database at ${resolve(path)} (DATABASE_PATH "${path}", from the folder ${process.cwd()}; ${settings}). ` +
    "Point at the service's database with --database PATH, or at its settings with --env-file PATH " +
    "(e.g. --env-file /etc/misp-topcontrib.env), or run the command from the service's folder."
  );
}

/** Prisma writes DateTime as ISO text; SQLite's CURRENT_TIMESTAMP default is `YYYY-MM-DD HH:MM:SS` in UTC. */
export function toDate(value: string | number | null): Date | null {
  if (value === null) return null;
  if (typeof value === 'number') return new Date(value);
  return new Date(/^\d{4}-\d\d-\d\d \d/.test(value) ? `${value.replace(' ', 'T')}Z` : value);
}
