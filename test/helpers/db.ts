// A migrated SQLite database in a temporary file, removed after the test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/db/client.js';

export interface TempDb {
  prisma: Db;
  path: string;
  dir: string;
  close(): Promise<void>;
}

export function tempDir(prefix = 'mtc-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function tempDb(): Promise<TempDb> {
  const dir = tempDir();
  const path = join(dir, 'test.db');
  const { prisma } = await openDatabase(path, { logQueries: true });
  return {
    prisma,
    path,
    dir,
    async close() {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
