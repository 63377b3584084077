// The HTTP front door: GraphQL (and GraphiQL) at /graphql, liveness at /health, readiness at /ready.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Db } from '../db/client.js';
import { readBody } from '../net/read-body.js';
import { ResponseCache, RESPONSE_CACHE_MAX_REQUEST_BYTES } from '../graphql/read-cache.js';
import { responseCacheOf, type Yoga } from '../graphql/yoga.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpServerOptions {
  yoga: Yoga;
  prisma: Db;
  /** Extra routes by exact path, e.g. /metrics. */
  routes?: Record<string, RouteHandler>;
  /** Told of every finished response, for metrics. */
  observe?: (route: string, status: number, seconds: number) => void;
}

const KNOWN_ROUTES = new Set(['/graphql', '/health', '/ready', '/metrics']);

function json(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function createHttpServer({ yoga, prisma, routes = {}, observe }: HttpServerOptions): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (observe) {
      const started = process.hrtime.bigint();
      res.once('finish', () => observe(path && KNOWN_ROUTES.has(path) ? path : 'other', res.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
    }
    if (path === '/health') return json(res, 200, { status: 'ok' });
    if (path === '/ready') {
      prisma
        .$queryRawUnsafe('SELECT 1')
        .then(() => json(res, 200, { status: 'ready' }))
        .catch(() => json(res, 503, { status: 'unavailable', reason: 'the database does not answer' }));
      return;
    }
    if (path === '/') {
      res.writeHead(302, { location: '/graphql' });
      res.end();
      return;
    }
    const route = path ? routes[path] : undefined;
    if (route) {
      Promise.resolve(route(req, res)).catch(() => json(res, 500, { error: 'internal error' }));
      return;
    }
    const cache = responseCacheOf(yoga);
    if (cache && path === '/graphql' && isCacheCandidate(req)) {
      answerFromCache(req, res, cache)
        .then((answered) => {
          if (!answered) void yoga(req, res);
        })
        .catch(() => res.destroy());
      return;
    }
    void yoga(req, res);
  });
}

/** A JSON POST to exactly /graphql with a small declared body: what dashboards send. */
function isCacheCandidate(req: IncomingMessage): boolean {
  const length = Number(req.headers['content-length']);
  return req.method === 'POST' && req.url === '/graphql' && length > 0 && length <= RESPONSE_CACHE_MAX_REQUEST_BYTES && /json/i.test(req.headers['content-type'] ?? '');
}

/**
 * Answers a repeated read from the response cache; otherwise leaves the body read on `req.body`,
 * where Yoga's server adapter takes it instead of the consumed stream, and returns false.
 */
async function answerFromCache(req: IncomingMessage, res: ServerResponse, cache: ResponseCache): Promise<boolean> {
  const body = await readBody(req);
  (req as IncomingMessage & { body?: Buffer }).body = body;
  try {
    const hit = await cache.answer(req, ResponseCache.keyOf(req, body));
    if (hit) {
      res.writeHead(hit.status, hit.headers);
      res.end(hit.body);
      return true;
    }
    res.once('close', () => cache.release(req));
  } catch {
    // The cache only saves work: Yoga answers, and says what is wrong (a database it cannot read).
  }
  return false;
}

export function listen(server: Server, port: number, host: string): Promise<{ port: number; url: string }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({ port: actual, url: `http://${shownHost}:${actual}` });
    });
  });
}
