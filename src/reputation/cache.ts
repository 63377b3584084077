/** Verdicts kept in the database, so a value is looked up again only once its verdict is stale. */
import type { Db } from '../db/client.js';
import type { Clock } from './clock.js';
import type { LookupRequest } from './kinds.js';
import type { FreshnessDays } from './options.js';
import type { LookupKind, LookupResult, ProviderVerdict } from './provider.js';

export interface CachedVerdict {
  provider: string;
  kind: LookupKind;
  value: string;
  verdict: ProviderVerdict;
  /** The provider's own wording, e.g. an OpenTIP zone or `HTTP 404`. */
  zone: string | null;
  checkedAt: Date;
  expiresAt: Date;
}

const DAY_MS = 86_400_000;
// Far below SQLite's limit on bound parameters, and small enough to keep each statement quick.
const CHUNK = 500;

const TO_DB = { benign: 'BENIGN', malicious: 'MALICIOUS', unknown: 'UNKNOWN' } as const;
const FROM_DB = { BENIGN: 'benign', MALICIOUS: 'malicious', UNKNOWN: 'unknown' } as const;

/** One string per (kind, value), for maps and de-duplication. */
export function requestKey(request: LookupRequest): string {
  return `${request.kind}:${request.value}`;
}

export class VerdictCache {
  constructor(
    private readonly db: Db,
    private readonly freshness: FreshnessDays,
    private readonly clock: Clock,
  ) {}

  /**
   * The stored verdicts of `requests`, stale ones included, keyed by `requestKey`. A few queries
   * per kind, not one per value.
   */
  async readAll(provider: string, requests: readonly LookupRequest[]): Promise<Map<string, CachedVerdict>> {
    const valuesByKind = new Map<LookupKind, string[]>();
    for (const { kind, value } of requests) {
      const values = valuesByKind.get(kind) ?? [];
      values.push(value);
      valuesByKind.set(kind, values);
    }
    const found = new Map<string, CachedVerdict>();
    for (const [kind, values] of valuesByKind) {
      const unique = [...new Set(values)];
      for (let i = 0; i < unique.length; i += CHUNK) {
        const rows = await this.db.reputationVerdict.findMany({
          where: { provider, kind, value: { in: unique.slice(i, i + CHUNK) } },
        });
        for (const row of rows) {
          const cached: CachedVerdict = { ...row, kind, verdict: FROM_DB[row.verdict] };
          found.set(requestKey(cached), cached);
        }
      }
    }
    return found;
  }

  /** The verdicts still fresh now; stale and missing ones are to be looked up. */
  async readFresh(provider: string, requests: readonly LookupRequest[]): Promise<Map<string, CachedVerdict>> {
    const all = await this.readAll(provider, requests);
    for (const [key, cached] of all) if (!this.isFresh(cached)) all.delete(key);
    return all;
  }

  /**
   * Fresh while both the expiry written with it and today's setting allow: a shorter freshness
   * configured later applies to verdicts already cached.
   */
  isFresh(cached: CachedVerdict): boolean {
    const now = this.clock.now();
    return cached.expiresAt.getTime() > now && cached.checkedAt.getTime() + this.freshness[cached.verdict] * DAY_MS > now;
  }

  async write(provider: string, request: LookupRequest, result: LookupResult): Promise<CachedVerdict> {
    const checkedAt = new Date(this.clock.now());
    const expiresAt = new Date(checkedAt.getTime() + this.freshness[result.verdict] * DAY_MS);
    const data = { verdict: TO_DB[result.verdict], zone: result.raw, checkedAt, expiresAt };
    await this.db.reputationVerdict.upsert({
      where: { provider_kind_value: { provider, kind: request.kind, value: request.value } },
      create: { provider, kind: request.kind, value: request.value, ...data },
      update: data,
    });
    return { provider, kind: request.kind, value: request.value, verdict: result.verdict, zone: result.raw, checkedAt, expiresAt };
  }
}
