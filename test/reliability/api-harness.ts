// The GraphQL API over a world that has run a day (so runs, counts and curation rows exist), with
// a fingerprint of every row in the database to prove a refused request wrote nothing.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { GraphQLField } from 'graphql';
import { expect } from 'vitest';
import { createApiServices } from '../../src/pipeline/api-services.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { operationFor as operationForDay } from '../helpers/operations.js';
import { runNow } from '../pipeline/helpers.js';
import { faultWorld, type FaultWorld } from './fault-harness.js';

export const DAY = '2026-08-03';

export interface ApiWorld {
  world: FaultWorld;
  api: GraphQLHarness;
  /** POST a raw body (any text) with the admin token unless told otherwise. */
  post(body: string, token?: string | null): Promise<{ status: number; json: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }>;
  close(): Promise<void>;
}

export async function apiWorld(env: Record<string, string> = {}): Promise<ApiWorld> {
  const world = await faultWorld({
    sim: { seed: 61, communities: 2, creatorsPerCommunity: 1, startDate: DAY, days: 1, perDay: 120, maxEventSize: 15, falsePositiveShare: 0.2 },
    register: [1, 2],
    env: { OPENTIP_KEY: '', ...env },
  });
  expect((await runNow(world.deps, DAY, DAY)).run.status).toBe('SUCCEEDED');
  const api = await graphqlHarness(
    world.db.prisma,
    world.config,
    createApiServices(world.deps, () => undefined),
  );
  return {
    world,
    api,
    async post(body, token = api.adminToken) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await api.yoga.fetch('http://localhost/graphql', { method: 'POST', headers, body });
      return { status: response.status, json: (await response.json()) as never };
    },
    close: () => world.close(),
  };
}

/**
 * Every row of every table, through a second read-only connection. A token's last use is left out:
 * looking a token up stamps it (at most once a minute), which is not a write the request asked for.
 */
export function databaseFingerprint(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const hash = createHash('sha256');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    for (const table of tables) {
      hash.update(table);
      for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Array<Record<string, unknown>>) {
        delete row.lastUsedAt;
        hash.update(JSON.stringify(row));
      }
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** The server still answers an ordinary query after whatever came before. */
export async function expectServerUp(api: GraphQLHarness): Promise<void> {
  const result = await api.run('{ organizations { alias } }', {}, api.readerToken);
  expect(result.errors).toBeUndefined();
  expect(result.data).toEqual({ organizations: [{ alias: 'community-1' }, { alias: 'community-2' }] });
}

/** An operation calling `field` with valid variables (the world's day for every Date). */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { document: string; variables: Record<string, unknown> } {
  return operationForDay(kind, field, DAY);
}
