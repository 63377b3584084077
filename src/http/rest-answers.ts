// Whole JSON answers of REST reads, replayed while the database is unchanged, as the HTTP
// server does for a repeated POST /graphql (graphql/read-cache.ts): dashboards poll the same URL
// with the same token, and the answer only changes when something is committed. Only answers
// built from a cached read result are kept, under that result's stamp, so none outlives it;
// the key holds the token (hashed), so a revocation (a commit) ends its answers too.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Db } from '../db/client.js';
import { dataStamp, isCurrent, type Stamped } from '../stats/cache.js';

interface Answer extends Stamped {
  status: number;
  body: Buffer;
}

const MAX_ENTRIES = 256;
/** Larger answers (a year of rows) are built again each time. */
const MAX_ANSWER_BYTES = 1024 * 1024;

export class RestAnswers {
  private readonly entries = new Map<string, Answer>();

  constructor(private readonly prisma: Db) {}

  static keyOf(req: IncomingMessage): string {
    const token = req.headers.authorization ? createHash('sha256').update(req.headers.authorization).digest('base64') : '';
    return `${token}\n${req.method}\n${req.url}`;
  }

  async get(key: string): Promise<Answer | null> {
    const hit = this.entries.get(key);
    if (!hit) return null;
    const stamp = await dataStamp(this.prisma);
    if (stamp !== null && isCurrent(hit, stamp)) return hit;
    this.entries.delete(key);
    return null;
  }

  set(key: string, stamped: Stamped, status: number, body: Buffer): void {
    if (body.length > MAX_ANSWER_BYTES) return;
    this.entries.delete(key);
    this.entries.set(key, { stamp: stamped.stamp, at: stamped.at, status, body });
    // A Map iterates oldest first.
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}
