// A consistent copy of the database while the service runs (SQLite's online backup), written
// readable by its owner alone, as the database itself is.
import { chmodSync, closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';

export async function backupDatabase(databasePath: string, file: string): Promise<void> {
  // Created (or emptied) with mode 0600 before SQLite writes into it; chmod for a file that existed.
  closeSync(openSync(file, 'w', 0o600));
  chmodSync(file, 0o600);
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
}
