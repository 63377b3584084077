// The command as a production install has it: dist/ and the production dependencies only
// (`npm prune --omit=dev` in a copy of the project: no tsx, TypeScript or Prisma CLI). It must
// run its commands and serve GraphQL. node_modules is copied as hard links, so the copy is fast
// and pruning it leaves the project's own untouched. The copy has no ../shared beside it, as on a
// user's machine: the demo must bring its own warninglists.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';

const exec = promisify(execFile);
const root = resolve('.');
const copy = tempDir('mtc-published-');
const env = { PATH: process.env.PATH ?? '', HOME: copy, DATABASE_PATH: join(copy, 'data', 'prod.db'), LOG_LEVEL: 'info' };
const run = (...args: string[]) => exec(process.execPath, ['bin/misp-topcontrib.js', ...args], { cwd: copy, env });

describe('the published bin, without dev dependencies', () => {
  beforeAll(async () => {
    if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does) first.');
    for (const entry of ['package.json', 'package-lock.json', 'bin', 'dist', 'prisma', 'assets']) cpSync(join(root, entry), join(copy, entry), { recursive: true });
    await exec('cp', ['-al', join(root, 'node_modules'), join(copy, 'node_modules')]);
    // npm rewrites this file; give the copy its own, so the project's stays as it is.
    rmSync(join(copy, 'node_modules', '.package-lock.json'), { force: true });
    copyFileSync(join(root, 'node_modules', '.package-lock.json'), join(copy, 'node_modules', '.package-lock.json'));
    await exec('npm', ['prune', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--offline'], { cwd: copy, env: { ...process.env, npm_config_loglevel: 'error' } });
    // npm keeps the Prisma CLI and TypeScript, optional peers of @prisma/client; the service must not need them.
    for (const peer of ['prisma', 'typescript']) rmSync(join(copy, 'node_modules', peer), { recursive: true, force: true });
  }, 180_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('has no development tools left', () => {
    for (const tool of ['tsx', 'vitest', 'esbuild', '@graphql-codegen/cli', '@prisma/engines']) expect(existsSync(join(copy, 'node_modules', tool)), tool).toBe(false);
    expect(existsSync(join(copy, 'node_modules', '@prisma', 'client'))).toBe(true);
  });

  it('runs its commands', async () => {
    expect((await run('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await run('migrate')).stdout).toContain('Applied 2026');
    await run('add-user', 'sync@acme.example', 'acme');
    expect((await run('users')).stdout).toMatch(/acme\s+sync@acme\.example\s+PENDING/);
  });

  it('serves GraphQL', async () => {
    const token = (await run('token', 'create', '--role', 'reader')).stdout.trim();
    const child = spawn(process.execPath, ['bin/misp-topcontrib.js', 'serve'], {
      cwd: copy,
      env: { ...env, HTTP_PORT: '0', MISP_URL: 'http://127.0.0.1:9', MISP_KEY: 'unused', SCHEDULE: '', CATCH_UP_DAYS: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let url = '';
      for await (const line of createInterface({ input: child.stdout })) {
        const entry = JSON.parse(line) as { msg: string; url?: string };
        if (entry.msg === 'misp-topcontrib is listening') {
          url = entry.url!;
          break;
        }
      }
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ organizations { alias } }' }),
      });
      expect(await response.json()).toEqual({ data: { organizations: [{ alias: 'acme' }] } });
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });

  it('runs the demo quietly, with the shipped warninglists, logging to data/demo.log', async () => {
    expect(existsSync(join(copy, '..', 'shared'))).toBe(false);
    const child = spawn(process.execPath, ['bin/misp-topcontrib.js', 'demo', '--days', '2', '--per-day', '300'], {
      cwd: copy,
      env: { ...env, DATABASE_PATH: join(copy, 'data', 'misp-topcontrib.db'), HTTP_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const lines: string[] = [];
      for await (const line of createInterface({ input: child.stdout })) {
        lines.push(line);
        if (line.startsWith('Set MISP_URL')) break;
      }
      expect(lines.filter((l) => l.trimStart().startsWith('{"'))).toEqual([]);
      expect(lines.join('\n')).toMatch(/Backfilled and curated 2 days in [\d.]+ s/);
      const graphiql = /GraphiQL: +(\S+)/.exec(lines.join('\n'))![1]!;
      const token = /Admin token: +(\S+)/.exec(lines.join('\n'))![1]!;
      expect(lines.join('\n')).toMatch(/Dashboard: +http:\/\/127\.0\.0\.1:\d+\//);
      const response = await fetch(graphiql, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ warninglists(selectedOnly: true) { name } }' }),
      });
      const body = (await response.json()) as { data: { warninglists: { name: string }[] } };
      expect(body.data.warninglists).toHaveLength(17);
      expect(stderr).toBe('');
      const log = readFileSync(join(copy, 'data', 'demo.log'), 'utf8');
      expect(log).toContain('"msg":"misp-topcontrib is listening"');
      expect(log).not.toContain(token);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
