import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/db/client.js';
import type { Clock } from '../../src/reputation/index.js';

export interface TempDb {
  prisma: Db;
  path: string;
  /** Another client on the same file, as a restarted process would open it. */
  reopen(): Promise<Db>;
  cleanup(): Promise<void>;
}

export async function openTempDb(): Promise<TempDb> {
  const dir = mkdtempSync(join(tmpdir(), 'reputation-test-'));
  const path = join(dir, 'test.db');
  const clients: Db[] = [];
  const open = async () => {
    const { prisma } = await openDatabase(path);
    clients.push(prisma);
    return prisma;
  };
  const prisma = await open();
  return {
    prisma,
    path,
    reopen: open,
    async cleanup() {
      for (const client of clients) await client.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Time that only moves when someone sleeps: a sleeper wakes (on the next turn of the event loop)
 * with the clock at least at its wake-up time, so limits are checked without waiting for them.
 */
export class FakeClock implements Clock {
  constructor(public time = Date.UTC(2026, 0, 15, 12, 0, 0)) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const wake = this.time + ms;
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    this.time = Math.max(this.time, wake);
  }

  advance(ms: number): void {
    this.time += ms;
  }
}

export const DAY_MS = 86_400_000;

/** The most timestamps found in any window `[t, t + windowMs)` that starts at one of them. */
export function maxInWindow(timestamps: readonly number[], windowMs: number): number {
  const sorted = [...timestamps].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! < sorted[i]! + windowMs) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

/** A key no message may ever contain. */
export const SECRET_KEY = 'sk-test-5ecret-0pentip-key-do-not-leak';

/** The MD5 of the empty string: a valid hash for lookups. */
export const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';

/** Retries that cost no time worth waiting for. */
export const TINY_RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 };
