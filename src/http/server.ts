// The HTTP front door: GraphQL at /graphql, the web console at / (and GraphiQL at /graphql for a
// browser), REST and its docs (/api, /docs, /redoc), liveness at /health, readiness at /ready.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Db } from '../db/client.js';
import { ResponseCache, RESPONSE_CACHE_MAX_REQUEST_BYTES } from '../graphql/read-cache.js';
import { responseCacheOf, type Yoga } from '../graphql/yoga.js';
import { serveConsole } from './console.js';
import { hostAllowed, hostRefusal } from './host-check.js';
import { applyConnectionLimit, declaresTooLarge, DEFAULT_HTTP_LIMITS, refuseBody, serverOptions, type HttpLimits } from './limits.js';
import { readBoundedBody } from '../net/read-body.js';
import { createApiRoutes } from './api-routes.js';
import { routeLabel } from './route-label.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpServerOptions {
  yoga: Yoga;
  prisma: Db;
  /** HTTP_ALLOWED_HOSTS: Host headers answered (empty: any). */
  allowedHosts?: readonly string[];
  /** Extra routes by exact path, e.g. /metrics. */
  routes?: Record<string, RouteHandler>;
  /** Body size, timeouts and connections (limits.ts); the defaults unless told. */
  limits?: Partial<HttpLimits>;
  /** Told of every finished response, for metrics. */
  observe?: (route: string, status: number, seconds: number) => void;
}

function json(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function createHttpServer({ yoga, prisma, allowedHosts = [], limits: given = {}, routes = {}, observe }: HttpServerOptions): Server {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...given };
  const api = createApiRoutes(yoga, prisma);
  return applyConnectionLimit(
    createServer(serverOptions(limits), (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (observe) {
        const started = process.hrtime.bigint();
        res.once('finish', () => observe(routeLabel(path ?? '/'), res.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
      }
      if (path === '/health') return json(res, 200, { status: 'ok' });
      if (path === '/ready') {
        prisma
          .$queryRawUnsafe('SELECT 1')
          .then(() => json(res, 200, { status: 'ready' }))
          .catch(() => json(res, 503, { status: 'unavailable', reason: 'the database does not answer' }));
        return;
      }
      if (!hostAllowed(req.headers.host, allowedHosts)) return json(res, 421, hostRefusal(req.headers.host));
      if (declaresTooLarge(req, limits)) return refuseBody(res, limits);
      if (serveConsole(req, res)) return;
      if (path && api.handles(path)) {
        api.handle(req, res, path).catch(() => (res.headersSent ? res.destroy() : json(res, 500, { error: 'internal error' })));
        return;
      }
      const route = path ? routes[path] : undefined;
      if (route) {
        Promise.resolve(route(req, res)).catch(() => json(res, 500, { error: 'internal error' }));
        return;
      }
      if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return void yoga(req, res);
      // The body is read here, bounded, before Yoga parses it or looks at the token; Yoga's
      // server adapter takes it from `req.body` instead of the consumed stream.
      readBoundedBody(req, limits.maxBodyBytes)
        .then(async (body) => {
          if (body === null) return refuseBody(res, limits);
          (req as IncomingMessage & { body?: Buffer }).body = body;
          const cache = responseCacheOf(yoga);
          if (cache && path === '/graphql' && isCacheCandidate(req) && (await answerFromCache(req, res, cache, body))) return;
          void yoga(req, res);
        })
        .catch(() => res.destroy());
    }),
    limits,
  );
}

/** A JSON POST to exactly /graphql with a small declared body: what dashboards send. */
function isCacheCandidate(req: IncomingMessage): boolean {
  const length = Number(req.headers['content-length']);
  return req.method === 'POST' && req.url === '/graphql' && length > 0 && length <= RESPONSE_CACHE_MAX_REQUEST_BYTES && /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '');
}

/** Answers a repeated read from the response cache; otherwise returns false. */
async function answerFromCache(req: IncomingMessage, res: ServerResponse, cache: ResponseCache, body: Buffer): Promise<boolean> {
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
