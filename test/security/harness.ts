// A real HTTP server on loopback over a temporary database with two communities, a sync user, a
// day of counts and a curation log row: what an attacker would want to read.
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { Config } from '../../src/config/settings.js';
import { createHttpServer, listen, type HttpServerOptions } from '../../src/http/server.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { organization, seedDay } from '../graphql/seed.js';
import { queueServices } from '../graphql/services.js';

export interface SecurityWorld {
  db: TempDb;
  config: Config;
  api: GraphQLHarness;
  server: Server;
  /** http://127.0.0.1:port */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DAY = '2026-03-02';

export async function securityWorld(
  env: Record<string, string> = {},
  serverOptions: Partial<HttpServerOptions> | ((db: TempDb, config: Config) => Partial<HttpServerOptions>) = {},
): Promise<SecurityWorld> {
  const db = await tempDb();
  const config = testConfig(env);
  const api = await graphqlHarness(db.prisma, config, queueServices(db.prisma));
  const alpha = await organization(db.prisma, 'alpha');
  await organization(db.prisma, 'bravo');
  await seedDay(db.prisma, alpha.id, DAY, { mal: 5, wl: 2 });
  await db.prisma.syncUser.create({
    data: { email: 'sync@alpha.example', organizationId: alpha.id, status: 'RESOLVED', mispUserId: '42', mispRoleName: 'Sync user' },
  });
  await db.prisma.curationLog.create({
    data: {
      organizationId: alpha.id,
      day: DAY,
      mispAttributeId: '7',
      mispAttributeUuid: 'a-uuid',
      mispEventId: '3',
      attributeType: 'domain',
      value: 'secret-curated.example',
      reason: 'WARNINGLIST',
      evidence: '[]',
      action: 'SOFT_DELETE',
      status: 'DONE',
    },
  });
  const extra = typeof serverOptions === 'function' ? serverOptions(db, config) : serverOptions;
  const http = createHttpServer({ yoga: api.yoga, prisma: db.prisma, allowedHosts: config.httpAllowedHosts, ...extra });
  const { url, port } = await listen(http, 0, '127.0.0.1');
  return {
    db,
    config,
    api,
    server: http,
    url,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await db.close();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One request with exactly the headers given (fetch would add or refuse some, e.g. Host). */
export function raw(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/graphql', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** /health's answer time, in milliseconds, as a client measures it. */
export async function healthMs(port: number): Promise<number> {
  const started = performance.now();
  const res = await raw(port, { path: '/health' });
  if (res.status !== 200) throw new Error(`/health answered ${res.status}`);
  return performance.now() - started;
}

/** Samples /health every `everyMs` until `until` settles; returns the slowest and the median. */
export async function healthWhile(port: number, until: Promise<unknown>, everyMs = 20): Promise<{ max: number; median: number; samples: number }> {
  let done = false;
  void until.finally(() => (done = true)).catch(() => undefined);
  const times: number[] = [];
  while (!done) {
    times.push(await healthMs(port));
    await new Promise((r) => setTimeout(r, everyMs));
  }
  await until.catch(() => undefined);
  times.sort((a, b) => a - b);
  return { max: times.at(-1) ?? 0, median: times[Math.floor(times.length / 2)] ?? 0, samples: times.length };
}

/** Runs `total` requests, `lanes` at a time (each lane sends its next when the last is answered). */
export async function inLanes<T>(total: number, lanes: number, send: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < total) {
        const i = next++;
        results[i] = await send(i);
      }
    }),
  );
  return results;
}
