// Swagger UI at /docs and Redoc at /redoc, reading /api/openapi.json. Their code comes from the
// npm packages swagger-ui-dist and redoc (its standalone bundle) and is served by this service:
// MISP hosts are often offline, so nothing may come from a CDN.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const SWAGGER_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));
const REDOC_BUNDLE = join(dirname(require.resolve('redoc/package.json')), 'bundles', 'redoc.standalone.js');

/**
 * The Content-Security-Policy of the two pages: everything from this service only. What the UIs
 * strictly need beyond that: inline styles (Swagger UI's React components and Redoc's
 * styled-components write style attributes and <style> elements), data: images (Swagger UI's
 * icons are data: URIs in its CSS) and a blob: worker (Redoc runs its search index in a worker
 * built from a Blob). No inline or remote script: each page's start-up code is a file served here.
 */
export function apiDocsContentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

interface Asset {
  type: string;
  body: () => Buffer;
}

function file(path: string, type: string): Asset {
  let body: Buffer | null = null;
  return { type, body: () => (body ??= readFileSync(path)) };
}

/**
 * Redoc's bundle shows Redocly's logo from their CDN in its footer, and hides it when it fails to
 * load: served with an empty source instead, it is hidden without a request leaving the host.
 */
function redocBundle(): Asset {
  let body: Buffer | null = null;
  return {
    type: JS,
    body: () => {
      if (body) return body;
      const source = readFileSync(REDOC_BUNDLE, 'utf8');
      const offline = source.replaceAll('"https://cdn.redoc.ly/redoc/logo-mini.svg"', '""');
      if (/https:\/\/cdn\.redoc/.test(offline)) throw new Error('The redoc bundle links to its CDN in a way this service does not know how to remove.');
      return (body = Buffer.from(offline));
    },
  };
}

function text(content: string, type: string): Asset {
  const body = Buffer.from(content);
  return { type, body: () => body };
}

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';

const page = (title: string, head: string, body: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

const ASSETS: Record<string, Asset> = {
  '/docs': text(
    page(
      'misp-topcontrib API (Swagger UI)',
      '<link rel="stylesheet" href="/docs/swagger-ui.css">\n<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">',
      '<div id="swagger-ui"></div>\n<script src="/docs/swagger-ui-bundle.js"></script>\n<script src="/docs/swagger-ui-standalone-preset.js"></script>\n<script src="/docs/init.js"></script>',
    ),
    HTML,
  ),
  // validatorUrl null: Swagger UI would otherwise send the document to an online validator.
  '/docs/init.js': text(
    `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  persistAuthorization: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  plugins: [SwaggerUIBundle.plugins.DownloadUrl],
  layout: 'StandaloneLayout',
});
`,
    JS,
  ),
  '/docs/swagger-ui.css': file(join(SWAGGER_DIR, 'swagger-ui.css'), 'text/css; charset=utf-8'),
  '/docs/swagger-ui-bundle.js': file(join(SWAGGER_DIR, 'swagger-ui-bundle.js'), JS),
  '/docs/swagger-ui-standalone-preset.js': file(join(SWAGGER_DIR, 'swagger-ui-standalone-preset.js'), JS),
  '/docs/favicon-32x32.png': file(join(SWAGGER_DIR, 'favicon-32x32.png'), 'image/png'),
  '/redoc': text(page('misp-topcontrib API (Redoc)', '', '<div id="redoc"></div>\n<script src="/redoc/redoc.standalone.js"></script>\n<script src="/redoc/init.js"></script>'), HTML),
  '/redoc/init.js': text(`Redoc.init('/api/openapi.json', { expandResponses: '200', hideDownloadButton: false }, document.getElementById('redoc'));\n`, JS),
  '/redoc/redoc.standalone.js': redocBundle(),
};

export function isApiDocsPath(path: string): boolean {
  return path === '/docs' || path === '/docs/' || path === '/redoc' || path === '/redoc/' || path in ASSETS;
}

/** The docs pages and their assets; every answer carries the CSP. */
export function answerApiDocs(req: IncomingMessage, res: ServerResponse, path: string): void {
  const asset = ASSETS[path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path];
  const headers = { 'content-security-policy': apiDocsContentSecurityPolicy(), 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
  if (!asset) {
    res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found.');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Only GET.');
    return;
  }
  const body = asset.body();
  res.writeHead(200, { ...headers, 'content-type': asset.type, 'content-length': body.length, 'cache-control': asset.type === HTML ? 'no-cache' : 'public, max-age=3600' });
  res.end(req.method === 'HEAD' ? undefined : body);
}
