// Runs `prisma generate` as part of `npm install`, offline as well as online.
// generate never executes the schema engine, but Prisma tries to download it unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing file; any file will do, so we point it
// at the running node binary when the user has not chosen one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
env.PRISMA_HIDE_UPDATE_MESSAGE ??= '1';
// Generators such as prisma-pothos-types are found on PATH, as under `npm run`.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
env.PATH = [join(root, 'node_modules', '.bin'), env.PATH].filter(Boolean).join(delimiter);
let cli;
try {
  cli = require.resolve('prisma/build/index.js');
} catch {
  // The Prisma CLI is a dev dependency: a production install is built with them, then pruned.
  process.stderr.write('The Prisma CLI is not installed: install with the dev dependencies (`npm ci`), which generates the client and builds dist/, then `npm prune --omit=dev`.\n');
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
