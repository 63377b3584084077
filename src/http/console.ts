// The web console's pages: the dashboard at "/", GraphiQL at /graphql for a browser, and their
// files (built by `npm run build:console` into build/console/, gzipped beside). Every page gets
// the security headers of security-headers.ts: it loads and calls this service only.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageSecurityHeaders } from './security-headers.js';

export const CONSOLE_BUILD_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'console');

const EXAMPLE_QUERY = `# misp-topcontrib: quality IoCs per connected community.
# Run it with the ▶ button (Ctrl-Enter); Docs (top left) lists every query and field.
{
  organizations {
    alias
    mispOrgName
    syncUsers { email status }
  }
}
`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ico': 'image/x-icon',
};

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  type: string;
  hash: string;
}

interface Build {
  assets: Map<string, Asset>;
  versioned(file: string): string;
}

let loaded: Build | null = null;

/** The built files, read once (the dashboard's are small; GraphiQL's are a few MB). */
function build(): Build | null {
  if (loaded) return loaded;
  const manifestPath = join(CONSOLE_BUILD_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { hash: string }>;
  const assets = new Map<string, Asset>();
  for (const [file, { hash }] of Object.entries(manifest)) {
    const url = file.startsWith('graphiql/') ? `/${file}` : `/console/${file}`;
    assets.set(url, {
      body: readFileSync(join(CONSOLE_BUILD_DIR, file)),
      gzipped: readFileSync(join(CONSOLE_BUILD_DIR, `${file}.gz`)),
      type: TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
      hash,
    });
  }
  loaded = { assets, versioned: (url) => `${url}?v=${assets.get(url)?.hash ?? ''}` };
  return loaded;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside a <script type="application/json">: no "</script>" can close it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function dashboardPage(b: Build): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>misp-topcontrib</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${b.versioned('/console/app.css')}">
<script type="module" src="${b.versioned('/console/app.js')}"></script>
</head>
<body>
<noscript>The console needs JavaScript. The API itself answers at /graphql.</noscript>
</body>
</html>
`;
}

function graphiqlPage(b: Build): string {
  const options = { title: 'misp-topcontrib GraphiQL', defaultQuery: EXAMPLE_QUERY, endpoint: '/graphql', shouldPersistHeaders: false, subscriptionsProtocol: 'SSE' };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="${b.versioned('/graphiql/favicon.ico')}">
<link rel="stylesheet" href="${b.versioned('/graphiql/graphiql.css')}">
<link rel="stylesheet" href="${b.versioned('/console/app.css')}">
<script src="${b.versioned('/graphiql/graphiql.js')}"></script>
<script type="module" src="${b.versioned('/graphiql/boot.js')}"></script>
<script type="application/json" id="graphiql-options">${scriptJson(options)}</script>
</head>
<body class="graphiql-page">
<div id="token-banner" class="token-banner">
  <div class="without-token" hidden>
    <form>
      <strong>No token in this tab.</strong>
      Docs and the schema load without one; queries need it. An admin creates one with
      <code>npx misp-topcontrib token create --role reader --name &lt;you&gt;</code>.
      <label>Paste it here <input type="password" name="token" autocomplete="off" placeholder="mtc_…"></label>
      <button type="submit">Use this token</button>
      (kept in this tab only; or put <code>{"Authorization": "Bearer …"}</code> in the Headers tab below)
    </form>
  </div>
  <div class="with-token" hidden>
    Queries carry the token of this tab (shared with the <a href="/">console</a>, forgotten when the tab closes).
    <button type="button" class="forget">Forget token</button>
  </div>
</div>
<div id="graphiql"></div>
<noscript>GraphiQL needs JavaScript. The API answers POST /graphql.</noscript>
</body>
</html>
`;
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer | string, headers: Record<string, string> = {}): void {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { 'content-type': type, 'content-length': String(buffer.length), ...headers });
  res.end(req.method === 'HEAD' ? undefined : buffer);
}

function notBuilt(req: IncomingMessage, res: ServerResponse): void {
  send(req, res, 503, 'text/plain; charset=utf-8', 'The web console is not built: run `npm run build:console` (npm install does it), then reload.\n');
}

function sendAsset(req: IncomingMessage, res: ServerResponse, asset: Asset, query: string): void {
  const etag = `"${asset.hash}"`;
  // A URL naming the file's hash never changes meaning: cached for good; otherwise revalidated.
  const cache = new URLSearchParams(query).get('v') === asset.hash ? 'public, max-age=31536000, immutable' : 'no-cache';
  const headers: Record<string, string> = { etag, 'cache-control': cache, vary: 'accept-encoding', 'x-content-type-options': 'nosniff', 'cross-origin-resource-policy': 'same-origin' };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) headers['content-encoding'] = 'gzip';
  send(req, res, 200, asset.type, gzip ? asset.gzipped : asset.body, headers);
}

/** A browser navigating to /graphql (as Yoga decides it: a GET that accepts HTML). */
function wantsGraphiQL(req: IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && /text\/html/.test(req.headers.accept ?? '');
}

/**
 * Answers the console's requests: "/", /graphql for a browser, /console/* and /graphiql/*.
 * Returns false for every other request, which the caller passes on.
 */
export function serveConsole(req: IncomingMessage, res: ServerResponse): boolean {
  const [path = '/', query = ''] = (req.url ?? '/').split('?', 2);
  const isPage = path === '/' || (path === '/graphql' && wantsGraphiQL(req));
  const isAsset = path.startsWith('/console/') || path.startsWith('/graphiql/');
  if (!isPage && !isAsset) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    if (path === '/graphql') return false;
    send(req, res, 405, 'text/plain; charset=utf-8', 'Only GET is served here.\n', { allow: 'GET, HEAD' });
    return true;
  }
  const b = build();
  if (!b) {
    notBuilt(req, res);
    return true;
  }
  if (isPage) {
    const graphiql = path === '/graphql';
    send(req, res, 200, 'text/html; charset=utf-8', graphiql ? graphiqlPage(b) : dashboardPage(b), {
      ...pageSecurityHeaders({ inlineStyles: graphiql }),
      'cache-control': 'no-cache',
    });
    return true;
  }
  const asset = b.assets.get(path);
  if (!asset) send(req, res, 404, 'text/plain; charset=utf-8', `Nothing at ${path}.\n`);
  else sendAsset(req, res, asset, query);
  return true;
}
