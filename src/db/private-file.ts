// The database holds MISP attribute values, sync users' e-mails and token hashes: a new file (and
// its folder) is readable by the service's user alone, whatever the umask. SQLite gives its -wal
// and -shm files the mode of the database file. An existing file keeps the mode its admin gave it.
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

export function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
}
