// What the HTTP server hands over for REST: /api/* (and its OpenAPI document), /docs and /redoc.
// REST and its OpenAPI document are loaded on the first request to them, so that commands that
// never serve (the CLI imports the service) do not pay for parsing and compiling them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/client.js';
import type { Yoga } from '../graphql/yoga.js';
import { answerApiDocs, isApiDocsPath } from './api-docs.js';

export const API_BASE = '/api';

async function loadApi(yoga: Yoga, prisma: Db) {
  const [{ createRestApi, sendErrors }, { openApiDocument }] = await Promise.all([import('./rest.js'), import('./openapi.js')]);
  return { rest: createRestApi(yoga, prisma), sendErrors, openApi: Buffer.from(JSON.stringify(openApiDocument())) };
}

export function createApiRoutes(yoga: Yoga, prisma: Db) {
  let api: ReturnType<typeof loadApi> | null = null;
  return {
    handles: (path: string) => path === API_BASE || path.startsWith(`${API_BASE}/`) || isApiDocsPath(path),
    async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
      if (isApiDocsPath(path)) return answerApiDocs(req, res, path);
      const { rest, sendErrors, openApi } = await (api ??= loadApi(yoga, prisma));
      if (path === `${API_BASE}/openapi.json`) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return sendErrors(res, 405, [{ message: 'Only GET.' }], { allow: 'GET, HEAD' });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': openApi.length, 'cache-control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : openApi);
        return;
      }
      return rest.handle(req, res);
    },
  };
}
