// What the HTTP server hands over for REST: /api/* (and its OpenAPI document), /docs and /redoc.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/client.js';
import type { Yoga } from '../graphql/yoga.js';
import { answerApiDocs, isApiDocsPath } from './api-docs.js';
import { openApiDocument } from './openapi.js';
import { API_BASE, createRestApi, sendErrors } from './rest.js';

export function createApiRoutes(yoga: Yoga, prisma: Db) {
  const rest = createRestApi(yoga, prisma);
  let openApi: Buffer | null = null;
  return {
    handles: (path: string) => path === API_BASE || path.startsWith(`${API_BASE}/`) || isApiDocsPath(path),
    async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
      if (isApiDocsPath(path)) return answerApiDocs(req, res, path);
      if (path === `${API_BASE}/openapi.json`) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return sendErrors(res, 405, [{ message: 'Only GET.' }], { allow: 'GET, HEAD' });
        openApi ??= Buffer.from(JSON.stringify(openApiDocument()));
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': openApi.length, 'cache-control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : openApi);
        return;
      }
      return rest.handle(req, res);
    },
  };
}
