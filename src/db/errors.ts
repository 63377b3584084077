// SQLite refusing a write, in words an admin can act on. Prisma wraps the driver's code in its own
// error, whose message quotes our source code and says only "Operation has timed out" for a lock.

const PROBLEMS: Record<string, string> = {
  SQLITE_BUSY:
    'The database is busy: another process (a backup, a CLI command or a second service on the same file) held its write lock ' +
    'for longer than the busy timeout. Nothing was written; try again once it is done.',
  SQLITE_FULL: 'The database could not grow: the disk holding DATABASE_PATH is full. Nothing was written; free space on that volume and try again.',
  SQLITE_READONLY: 'The database file is read-only for this process. Nothing was written; check the permissions of DATABASE_PATH and its directory.',
};

/** The SQLite result code behind an error from Prisma's adapter or from better-sqlite3, if any. */
function sqliteCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  const code = e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.code;
  return typeof code === 'string' ? code.replace(/^(SQLITE_[A-Z]+).*$/, '$1') : undefined;
}

/** What to tell an admin when the database refused a write (busy, full, read-only); undefined for other errors. */
export function databaseProblem(error: unknown): string | undefined {
  const code = sqliteCode(error);
  return code === undefined ? undefined : PROBLEMS[code];
}
