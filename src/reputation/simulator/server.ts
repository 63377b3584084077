/**
 * An OpenTIP stand-in on loopback for tests, benchmarks and demos: the search endpoints with
 * deterministic zones, a key, a quota, the documented error codes, the shared fault injection, and
 * counters that let tests check limits by counting rather than timing.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { readBoundedBody } from '../../net/read-body.js';
import { FaultInjector, handleFaultAdmin, type FaultConfig } from '../../sim/faults.js';
import { LOOKUP_KINDS, type LookupKind } from '../provider.js';
import { searchBody } from './bodies.js';
import { DEFAULT_ZONE_MIX, zoneFor, type Zone, type ZoneMix } from './zones.js';

/** A forced answer for one value: a zone, or a status code (for the first `times` requests, else always). */
export type Override = Zone | { status: number; times?: number };

export interface OpenTipSimulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** The only key accepted; default `opentip-sim-key`. */
  apiKey?: string;
  /** Answers (200, 400, 404) given before every further search gets 403; default unlimited. */
  quota?: number;
  zoneMix?: ZoneMix;
  /** Changes which values land in which zone. Default 1. */
  seed?: number;
  /** Keyed by the value as received (after URL decoding). */
  overrides?: Record<string, Override>;
  faults?: FaultConfig;
  /** The time recorded for each request; tests with a fake clock pass its `now`. */
  now?: () => number;
}

export interface SimulatorCounters {
  /** Every request that reached the handler, admin paths excepted. */
  requests: number;
  byKind: Record<LookupKind, number>;
  byPath: Record<string, number>;
  /** Keyed `kind:value`. */
  byValue: Record<string, number>;
  /** The simulator's own answers; faults injected on top of them are in `faults.counters`. */
  byStatus: Record<number, number>;
  /** Answers counted against the quota. */
  quotaUsed: number;
  inFlight: number;
  maxInFlight: number;
  /** Arrival time of every search request, from `now`. */
  timestamps: number[];
}

export interface OpenTipSimulator {
  /** Base URL to give the client, e.g. `http://127.0.0.1:41234/api/v1`. */
  readonly url: string;
  readonly apiKey: string;
  readonly counters: SimulatorCounters;
  readonly faults: FaultInjector;
  readonly overrides: Map<string, Override>;
  /** The zone a value gets when it has no override. */
  zoneOf(kind: LookupKind, value: string): Zone;
  /** Allows `quota` more answers from now on. */
  setQuota(quota: number): void;
  resetCounters(): void;
  close(): Promise<void>;
}

export const DEFAULT_SIMULATOR_KEY = 'opentip-sim-key';
const SEARCH_PATH = /^\/api\/v1\/search\/([a-z]+)$/;
/** A fault configuration is a few lines of JSON; a larger body is cut off. */
const MAX_FAULT_BODY_BYTES = 1024 * 1024;
/** The answers that spend quota: OpenTIP gave an answer about the value. */
const QUOTA_STATUSES = new Set([200, 400, 404]);
const HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i;

const zeroCounters = (): SimulatorCounters => ({
  requests: 0,
  byKind: { ip: 0, domain: 0, url: 0, hash: 0 },
  byPath: {},
  byValue: {},
  byStatus: {},
  quotaUsed: 0,
  inFlight: 0,
  maxInFlight: 0,
  timestamps: [],
});

/** Roughly what OpenTIP accepts per kind; anything else is its 400 "incorrect query". */
function isValidRequest(kind: LookupKind, value: string): boolean {
  switch (kind) {
    case 'ip':
      return isIP(value) !== 0;
    case 'hash':
      return HASH.test(value);
    case 'domain':
      return /^[^\s/?#@:]+\.[^\s/?#@:]+$/.test(value);
    case 'url':
      return value !== '' && !/\s/.test(value);
  }
}

function isKind(text: string): text is LookupKind {
  return (LOOKUP_KINDS as readonly string[]).includes(text);
}

export async function startOpenTipSimulator(options: OpenTipSimulatorOptions = {}): Promise<OpenTipSimulator> {
  const apiKey = options.apiKey ?? DEFAULT_SIMULATOR_KEY;
  const now = options.now ?? Date.now;
  const mix = options.zoneMix ?? DEFAULT_ZONE_MIX;
  const seed = options.seed ?? 1;
  const overrides = new Map(Object.entries(options.overrides ?? {}));
  const overrideUses = new Map<string, number>();
  let quota = options.quota ?? Number.POSITIVE_INFINITY;
  const counters = zeroCounters();
  const faults = new FaultInjector(options.faults ?? {}, {
    errorBody: () => JSON.stringify({ message: 'Internal server error' }),
  });
  const zoneOf = (kind: LookupKind, value: string) => zoneFor(kind, value, mix, seed);

  const answer = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown) => {
    counters.byStatus[status] = (counters.byStatus[status] ?? 0) + 1;
    return faults.send(req, res, status, JSON.stringify(body), { 'Content-Type': 'application/json' });
  };

  /** The status and body of a search, before faults. */
  const search = (req: IncomingMessage, url: URL, kind: LookupKind): [number, unknown] => {
    if (req.headers['x-api-key'] !== apiKey) return [401, { message: 'Authentication failed' }];
    if (counters.quotaUsed >= quota) return [403, { message: 'Quota or request limit exceeded' }];
    const value = url.searchParams.get('request') ?? '';
    counters.byValue[`${kind}:${value}`] = (counters.byValue[`${kind}:${value}`] ?? 0) + 1;
    const override = overrides.get(value);
    if (typeof override === 'object') {
      const used = overrideUses.get(value) ?? 0;
      if (override.times === undefined || used < override.times) {
        overrideUses.set(value, used + 1);
        return [override.status, { message: `Simulated HTTP ${override.status}` }];
      }
    }
    if (!isValidRequest(kind, value)) return [400, { message: 'Incorrect query' }];
    const zone = typeof override === 'string' ? override : zoneOf(kind, value);
    return [200, searchBody(kind, value, zone)];
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    if (url.pathname === '/__sim/faults') {
      const body = await readBoundedBody(req, MAX_FAULT_BODY_BYTES);
      if (body === null) {
        req.socket.destroy();
        return;
      }
      return handleFaultAdmin(faults, req.method ?? 'GET', body.toString('utf8'), res);
    }
    if (url.pathname === '/__sim/counters') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(counters));
      return;
    }
    counters.requests++;
    counters.byPath[url.pathname] = (counters.byPath[url.pathname] ?? 0) + 1;
    counters.inFlight++;
    counters.maxInFlight = Math.max(counters.maxInFlight, counters.inFlight);
    res.once('close', () => counters.inFlight--);
    const match = SEARCH_PATH.exec(url.pathname);
    const kind = match?.[1];
    if (kind === undefined || !isKind(kind)) return answer(req, res, 404, { message: 'Not found' });
    counters.byKind[kind]++;
    counters.timestamps.push(now());
    if (req.method !== 'GET') return answer(req, res, 405, { message: 'Method not allowed' });
    const [status, body] = search(req, url, kind);
    if (QUOTA_STATUSES.has(status)) counters.quotaUsed++;
    return answer(req, res, status, body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}/api/v1`,
    apiKey,
    counters,
    faults,
    overrides,
    zoneOf,
    setQuota: (value) => {
      quota = value;
      counters.quotaUsed = 0;
    },
    resetCounters: () => {
      Object.assign(counters, zeroCounters(), { inFlight: counters.inFlight });
      faults.resetCounters();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
