/**
 * Fault injection shared by the simulators (MISP, OpenTIP). A simulator builds its answer as a
 * string and hands it to `FaultInjector.send`, which may delay it, replace it with a 500 or 429,
 * drop the connection, cut the body short (cleanly or by closing the connection), stall in the
 * middle of it, or never finish it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mulberry32, type Rng } from './prng.js';

export interface FaultConfig {
  /** Delay before answering, every matching request. */
  latencyMs?: number;
  /** Share (0..1) of requests answered with HTTP 500. */
  errorRate?: number;
  /** Share of requests answered with HTTP 429 and X-Rate-Limit-* headers. */
  rateLimitRate?: number;
  /** X-Rate-Limit-Reset value in seconds (default 1). */
  rateLimitResetSeconds?: number;
  /** Share of requests whose socket is destroyed without an answer. */
  dropRate?: number;
  /** Share of 200 answers whose body is cut in half (the response still ends cleanly). */
  truncateRate?: number;
  /** Stall this long after sending half of the body. */
  slowBodyMs?: number;
  /** Share of 200 answers whose connection is closed after half of the body (the headers promised all of it). */
  cutRate?: number;
  /** A page that never ends: send half of the body, then one space every `trickleMs` until the client gives up. */
  trickleMs?: number;
  /** PRNG seed for the rate draws (default 1); reconfiguring restarts the sequence. */
  seed?: number;
  /** Only requests whose path (with query) matches are affected. A string is compiled to a RegExp. */
  onlyPaths?: RegExp | string;
  /** Stop injecting 500/429/drop/truncate/cut after this many faults: `{ errorRate: 1, maxFaults: 3 }` is a burst of three 500s. */
  maxFaults?: number;
}

export interface FaultCounters {
  /** Requests that matched `onlyPaths` while faults were configured. */
  matched: number;
  delayed: number;
  errors: number;
  rateLimited: number;
  dropped: number;
  truncated: number;
  slowed: number;
  cut: number;
  trickled: number;
}

export interface FaultInjectorOptions {
  /** Body of an injected 500, e.g. the simulated service's error shape. */
  errorBody?: (req: IncomingMessage) => string;
  /** Body of an injected 429. */
  rateLimitBody?: (req: IncomingMessage) => string;
}

const zeroCounters = (): FaultCounters => ({
  matched: 0,
  delayed: 0,
  errors: 0,
  rateLimited: 0,
  dropped: 0,
  truncated: 0,
  slowed: 0,
  cut: 0,
  trickled: 0,
});

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class FaultInjector {
  private cfg: FaultConfig = {};
  private pathRe: RegExp | undefined;
  private rng: Rng = mulberry32(1);
  private injected = 0;
  readonly counters: FaultCounters = zeroCounters();

  constructor(
    config: FaultConfig = {},
    private readonly options: FaultInjectorOptions = {},
  ) {
    this.configure(config);
  }

  get config(): FaultConfig {
    return { ...this.cfg };
  }

  /** Replace the whole configuration (`{}` switches faults off) and restart the PRNG and `maxFaults` budget. */
  configure(config: FaultConfig): void {
    this.cfg = { ...config };
    this.pathRe = config.onlyPaths === undefined ? undefined : typeof config.onlyPaths === 'string' ? new RegExp(config.onlyPaths) : config.onlyPaths;
    this.rng = mulberry32(config.seed ?? 1);
    this.injected = 0;
  }

  resetCounters(): void {
    Object.assign(this.counters, zeroCounters());
  }

  /**
   * Send `body` with `status` and `headers`, applying the configured faults.
   * Resolves once the response is finished or dropped.
   */
  async send(req: IncomingMessage, res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): Promise<void> {
    const c = this.cfg;
    const active = Object.keys(c).length > 0 && (!this.pathRe || this.pathRe.test(req.url ?? ''));
    if (!active) return writeWhole(res, status, body, headers);
    this.counters.matched++;

    if (c.latencyMs) {
      this.counters.delayed++;
      await sleep(c.latencyMs);
    }
    // One draw per kind per request, always in this order, so a seed replays the same sequence.
    const drop = this.rng() < (c.dropRate ?? 0);
    const error = this.rng() < (c.errorRate ?? 0);
    const limited = this.rng() < (c.rateLimitRate ?? 0);
    const truncate = this.rng() < (c.truncateRate ?? 0);
    // Drawn only when configured, so seeds of configurations without it replay as before.
    const cut = c.cutRate !== undefined && this.rng() < c.cutRate;
    const budget = c.maxFaults === undefined || this.injected < c.maxFaults;

    if (budget && drop) {
      this.injected++;
      this.counters.dropped++;
      req.socket.destroy();
      return;
    }
    if (budget && error) {
      this.injected++;
      this.counters.errors++;
      const b = this.options.errorBody?.(req) ?? JSON.stringify({ name: 'Internal Server Error', message: 'Injected fault.', url: req.url });
      return writeWhole(res, 500, b, { 'Content-Type': 'application/json' });
    }
    if (budget && limited) {
      this.injected++;
      this.counters.rateLimited++;
      const reset = c.rateLimitResetSeconds ?? 1;
      const b = this.options.rateLimitBody?.(req) ?? JSON.stringify({ name: 'Rate limit exceeded.', message: 'Rate limit exceeded.', url: req.url });
      return writeWhole(res, 429, b, {
        'Content-Type': 'application/json',
        'X-Rate-Limit-Limit': '0',
        'X-Rate-Limit-Remaining': '0',
        'X-Rate-Limit-Reset': String(reset),
      });
    }
    if (budget && truncate && status === 200) {
      this.injected++;
      this.counters.truncated++;
      // Chunked and ended cleanly: the client sees a 200 whose JSON is cut off.
      res.writeHead(status, headers);
      res.end(body.slice(0, Math.floor(body.length / 2)));
      return finished(res);
    }
    if (budget && cut && status === 200) {
      this.injected++;
      this.counters.cut++;
      // The client was promised the whole body and gets half of it, then a closed connection.
      res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
      res.write(body.slice(0, Math.floor(body.length / 2)), () => res.destroy());
      return finished(res);
    }
    if (c.trickleMs) {
      this.counters.trickled++;
      res.writeHead(status, headers);
      res.write(body.slice(0, Math.floor(body.length / 2)));
      while (!res.destroyed && !res.writableEnded) {
        await sleep(c.trickleMs);
        if (!res.destroyed) res.write(' ');
      }
      return;
    }
    if (c.slowBodyMs) {
      this.counters.slowed++;
      const half = Math.floor(body.length / 2);
      res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
      res.write(body.slice(0, half));
      await sleep(c.slowBodyMs);
      if (res.destroyed) return;
      res.end(body.slice(half));
      return finished(res);
    }
    return writeWhole(res, status, body, headers);
  }
}

function writeWhole(res: ServerResponse, status: number, body: string, headers: Record<string, string>): Promise<void> {
  res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body);
  return finished(res);
}

function finished(res: ServerResponse): Promise<void> {
  if (res.writableFinished || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    res.once('finish', resolve);
    res.once('close', resolve);
  });
}

/** Validate a JSON body sent to an admin endpoint such as `POST /__sim/faults`. */
export function parseFaultConfig(input: unknown): FaultConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new Error('Fault configuration must be a JSON object.');
  }
  const numeric = ['latencyMs', 'errorRate', 'rateLimitRate', 'rateLimitResetSeconds', 'dropRate', 'truncateRate', 'slowBodyMs', 'cutRate', 'trickleMs', 'seed', 'maxFaults'] as const;
  const out: FaultConfig = {};
  for (const [k, v] of Object.entries(input)) {
    if ((numeric as readonly string[]).includes(k)) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`Fault option "${k}" must be a non-negative number.`);
      out[k as (typeof numeric)[number]] = v;
    } else if (k === 'onlyPaths') {
      if (typeof v !== 'string') throw new Error('Fault option "onlyPaths" must be a regular expression string.');
      out.onlyPaths = new RegExp(v);
    } else {
      throw new Error(`Unknown fault option "${k}".`);
    }
  }
  return out;
}

/**
 * Serve `GET` (current config and counters) and `POST` (replace config; `{}` clears) for an admin
 * path like `/__sim/faults`. `body` is the already-read request body.
 */
export function handleFaultAdmin(injector: FaultInjector, method: string, body: string, res: ServerResponse): void {
  if (method === 'POST') {
    try {
      injector.configure(parseFaultConfig(body.trim() === '' ? {} : JSON.parse(body)));
      injector.resetCounters();
    } catch (e) {
      const out = JSON.stringify({ error: (e as Error).message });
      res.writeHead(400, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(out)) });
      res.end(out);
      return;
    }
  }
  const cfg = injector.config;
  const out = JSON.stringify({
    config: { ...cfg, onlyPaths: cfg.onlyPaths instanceof RegExp ? cfg.onlyPaths.source : cfg.onlyPaths },
    counters: injector.counters,
  });
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(out)) });
  res.end(out);
}
