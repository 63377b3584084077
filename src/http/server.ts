// The HTTP front door: GraphQL (and GraphiQL) at /graphql, liveness at /health, readiness at /ready.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Db } from '../db/client.js';
import type { Yoga } from '../graphql/yoga.js';

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
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
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
    void yoga(req, res);
  });
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
