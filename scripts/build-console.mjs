// Builds the web console's page assets into build/console/ (run by `npm install` and
// `npm run build:console`): the dashboard bundled by esbuild (with uPlot), and GraphiQL's files
// taken out of @graphql-yoga/render-graphiql, which inlines them in one HTML page that a strict
// Content-Security-Policy would refuse. Every file is also stored gzipped; the sizes are printed.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CONSOLE_BUILD_DIR = join(root, 'build', 'console');
/** The dashboard's JS and CSS together, gzipped (the budget). */
export const CONSOLE_BUDGET_GZIP_BYTES = 400 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Builds into a fresh directory and swaps it in, so a server or a test never reads half a build. */
export async function buildConsole({ quiet = false } = {}) {
  const staging = `${CONSOLE_BUILD_DIR}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'graphiql'), { recursive: true });
  await build({
    entryPoints: { app: join(root, 'src/console/main.ts'), 'graphiql/boot': join(root, 'src/console/graphiql-boot.ts') },
    outdir: staging,
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['chrome115', 'firefox115', 'safari16'],
    legalComments: 'none',
    logLevel: quiet ? 'silent' : 'warning',
  });
  const graphiql = await import(pathToFileURL(join(root, 'node_modules/@graphql-yoga/render-graphiql/esm/graphiql.js')).href);
  writeFileSync(join(staging, 'graphiql/graphiql.js'), graphiql.js);
  writeFileSync(join(staging, 'graphiql/graphiql.css'), graphiql.css);
  writeFileSync(join(staging, 'graphiql/editor.worker.js'), graphiql.editorWorkerService);
  writeFileSync(join(staging, 'graphiql/json.worker.js'), graphiql.jsonWorker);
  writeFileSync(join(staging, 'graphiql/graphql.worker.js'), graphiql.graphqlWorker);
  const icon = /^data:image\/x-icon;base64,(.*)$/.exec(graphiql.favicon);
  if (icon) writeFileSync(join(staging, 'graphiql/favicon.ico'), Buffer.from(icon[1], 'base64'));

  const files = [
    'app.js',
    'app.css',
    'graphiql/boot.js',
    'graphiql/graphiql.js',
    'graphiql/graphiql.css',
    'graphiql/editor.worker.js',
    'graphiql/json.worker.js',
    'graphiql/graphql.worker.js',
    ...(icon ? ['graphiql/favicon.ico'] : []),
  ];
  const manifest = {};
  for (const file of files) {
    const body = readFileSync(join(staging, file));
    const gzipped = gzipSync(body, { level: 9 });
    writeFileSync(join(staging, `${file}.gz`), gzipped);
    manifest[file] = { bytes: body.length, gzipBytes: gzipped.length, hash: createHash('sha256').update(body).digest('base64url').slice(0, 12) };
  }
  writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // Two builds at once (test files in parallel) swap in the same files: the last one stays.
  const old = `${CONSOLE_BUILD_DIR}.${process.pid}.old`;
  try {
    renameSync(CONSOLE_BUILD_DIR, old);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  try {
    renameSync(staging, CONSOLE_BUILD_DIR);
  } catch (error) {
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });

  const dashboard = ['app.js', 'app.css'].reduce((sum, f) => sum + manifest[f].gzipBytes, 0);
  const graphiqlBytes = files.filter((f) => f.startsWith('graphiql/')).reduce((sum, f) => sum + manifest[f].gzipBytes, 0);
  if (!quiet) {
    console.log(`console: dashboard assets (app.js + app.css) ${kb(dashboard)} gzipped, budget ${kb(CONSOLE_BUDGET_GZIP_BYTES)}`);
    console.log(`console: GraphiQL assets ${kb(graphiqlBytes)} gzipped (editor and workers, loaded only by /graphql)`);
  }
  if (dashboard > CONSOLE_BUDGET_GZIP_BYTES) throw new Error(`The dashboard's assets are ${kb(dashboard)} gzipped, over the ${kb(CONSOLE_BUDGET_GZIP_BYTES)} budget.`);
  return { manifest, dashboardGzipBytes: dashboard, graphiqlGzipBytes: graphiqlBytes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildConsole().catch((error) => {
    console.error(`build:console failed: ${error.message}`);
    process.exit(1);
  });
}
