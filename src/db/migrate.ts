// Applies prisma/migrations/*/migration.sql at start-up, recording each in Prisma Migrate's own
// `_prisma_migrations` table (same columns, SHA-256 checksums), so `prisma migrate status` and
// `prisma migrate deploy` agree with the service on machines where Prisma's schema engine exists.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createPrivately } from './private-file.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: number | string | null;
  rolled_back_at: number | string | null;
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) throw new MigrationError(`The migrations folder ${dir} is missing; reinstall the service.`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Applies every pending migration, each in its own transaction. Throws on a tampered history. */
export function applyMigrations(dbPath: string, options: { dir?: string; busyTimeoutMs?: number } = {}): MigrationReport {
  const files = readMigrations(options.dir);
  if (dbPath !== ':memory:') createPrivately(dbPath);
  const db = new Database(dbPath, { timeout: options.busyTimeoutMs ?? 5000 });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.exec(CREATE_TABLE);
    const rows = db.prepare('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"').all() as MigrationRow[];
    const done = new Map<string, MigrationRow>();
    for (const row of rows) {
      if (row.rolled_back_at !== null) continue;
      if (row.finished_at === null) {
        throw new MigrationError(
          `Migration ${row.migration_name} started earlier but never finished. Restore the database from a backup, ` +
            `or mark it rolled back with \`prisma migrate resolve --rolled-back ${row.migration_name}\`, then start again.`,
        );
      }
      done.set(row.migration_name, row);
    }
    const known = new Set(files.map((f) => f.name));
    for (const name of done.keys()) {
      if (!known.has(name)) {
        throw new MigrationError(
          `The database has migration ${name}, which this version of the service does not know. ` + 'It was written by a newer version: run that version, or restore a backup made before the upgrade.',
        );
      }
    }
    const report: MigrationReport = { applied: [], alreadyApplied: [] };
    const insert = db.prepare(
      'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) ' + 'VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)',
    );
    for (const file of files) {
      const previous = done.get(file.name);
      if (previous) {
        if (previous.checksum !== file.checksum) {
          throw new MigrationError(
            `Migration ${file.name} was edited after it was applied to this database (checksum differs). ` +
              'Restore the original migration.sql from version control; put schema changes in a new migration.',
          );
        }
        report.alreadyApplied.push(file.name);
        continue;
      }
      const startedAt = Date.now();
      db.transaction(() => {
        db.exec(file.sql);
        insert.run(randomUUID(), file.checksum, Date.now(), file.name, startedAt);
      }).immediate();
      report.applied.push(file.name);
    }
    return report;
  } finally {
    db.close();
  }
}
