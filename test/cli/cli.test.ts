// The CLI as an operator runs it: a child process on the same database the server uses.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';

const exec = promisify(execFile);
const dir = tempDir();
let env: NodeJS.ProcessEnv;
let databases = 0;

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['bin/misp-topcontrib.js', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('misp-topcontrib CLI', () => {
  // Each test on a database of its own: none depends on what another left.
  beforeEach(() => {
    env = { ...process.env, DATABASE_PATH: join(dir, `cli-${++databases}.db`), LOG_LEVEL: 'silent' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds, lists and removes a sync user', async () => {
    const added = await cli('add-user', 'Sync@Acme.example', 'acme');
    expect(added).toMatchObject({ code: 0, stdout: expect.stringContaining('Registered sync@acme.example for community "acme"') });
    expect((await cli('users')).stdout).toMatch(/acme\s+sync@acme\.example\s+PENDING/);
    expect(await cli('remove-user', 'sync@acme.example')).toMatchObject({ code: 0 });
    expect((await cli('users')).stdout).toContain('(none)');
  });

  it('prints one clear line and exits 1 on bad input, writing nothing', async () => {
    const bad = await cli('add-user', 'not-an-email', 'acme');
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^error: "not-an-email" is not an e-mail address/);
    expect((await cli('users')).stdout).toContain('(none)');
  });

  it('exits 1 for an unknown user and 2 for a usage error', async () => {
    expect((await cli('remove-user', 'ghost@x.example')).code).toBe(1);
    expect((await cli('add-user')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('creates a token shown once, lists it without its value, and revokes it', async () => {
    const created = await cli('token', 'create', '--role', 'reader', '--name', 'grafana');
    const token = created.stdout.trim();
    expect(token).toMatch(/^mtc_[A-Za-z0-9_-]{40,}$/);
    const listed = await cli('token', 'list');
    expect(listed.stdout).toContain('grafana');
    expect(listed.stdout).not.toContain(token);
    expect((await cli('token', 'revoke', '1')).stdout).toContain('Revoked token #1');
    expect((await cli('token', 'create', '--role', 'superuser')).code).toBe(2);
  });

  it('stops with a message naming a bad setting', async () => {
    const { code, stderr } = await exec(process.execPath, ['bin/misp-topcontrib.js', 'users'], { env: { ...env, HTTP_PORT: 'nope' } }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('HTTP_PORT="nope"');
  });
});
