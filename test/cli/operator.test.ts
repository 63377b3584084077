// The CLI as an operator meets it from anywhere: --version, --env-file, --database, read-only
// commands that never create a database, --json listings, curation list, and commands that say
// when nothing changed. Runs the compiled bin (dist/, built by `npm test`'s pretest).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/client.js';
import { tempDir } from '../helpers/db.js';

const exec = promisify(execFile);
const BIN = resolve('bin/misp-topcontrib.js');
const dir = tempDir();
const elsewhere = tempDir();
const database = join(dir, 'service.db');
const envFile = join(dir, 'misp-topcontrib.env');
// Nothing from the developer's environment: the settings come from the flags and the env file.
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DATABASE_PATH|MTC_ENV_FILE|MISP_|OPENTIP_|LOG_)/.test(k)));

async function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd: options.cwd ?? elsewhere, env: { ...baseEnv, ...options.env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the CLI from anywhere', () => {
  let prisma: Db;
  const curationIds: number[] = [];

  beforeAll(async () => {
    writeFileSync(envFile, `DATABASE_PATH=${database}\nLOG_LEVEL=warn\n`);
    prisma = (await openDatabase(database)).prisma;
    const org = await prisma.organization.create({ data: { alias: 'csirt-acme' } });
    await prisma.organization.create({ data: { alias: 'other' } });
    await prisma.syncUser.create({ data: { email: 'sync@acme.example', organizationId: org.id, status: 'RESOLVED', mispUserId: '7', lastCheckedAt: new Date('2026-03-02T01:00:00Z') } });
    const run = await prisma.pipelineRun.create({
      data: {
        kind: 'BACKFILL',
        trigger: 'CLI',
        status: 'SUCCEEDED',
        fromDay: '2026-03-01',
        toDay: '2026-03-02',
        daysTotal: 2,
        daysDone: 2,
        dryRun: true,
        startedAt: new Date('2026-03-03T00:00:00Z'),
        finishedAt: new Date('2026-03-03T00:01:00Z'),
        notes: 'a note',
      },
    });
    for (const [i, status] of (['DONE', 'DONE', 'RESTORED', 'FAILED'] as const).entries()) {
      const row = await prisma.curationLog.create({
        data: {
          runId: run.id,
          organizationId: org.id,
          day: i < 2 ? '2026-03-01' : '2026-03-02',
          mispAttributeId: String(100 + i),
          mispAttributeUuid: `00000000-0000-4000-8000-00000000000${i}`,
          mispEventId: '9',
          attributeType: 'ip-dst',
          value: `8.8.8.${i}`,
          reason: 'WARNINGLIST',
          evidence: JSON.stringify({ hits: [{ listName: 'google DNS', entry: `8.8.8.${i}` }] }),
          action: 'SOFT_DELETE',
          status,
          actedAt: new Date('2026-03-03T00:00:30Z'),
          restoredAt: status === 'RESTORED' ? new Date('2026-03-04T00:00:00Z') : null,
        },
      });
      curationIds.push(row.id);
    }
  });
  afterAll(async () => prisma.$disconnect());

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('never creates a database it was pointed at by mistake, and says where it looked', async () => {
    for (const command of [['runs'], ['users'], ['token', 'list'], ['curation', 'list'], ['status']]) {
      const result = await cli(command);
      expect(result.code, command.join(' ')).toBe(1);
      expect(result.stderr).toContain(`There is no database at ${join(elsewhere, 'data', 'misp-topcontrib.db')}`);
      expect(result.stderr).toContain('--env-file');
      expect(result.stdout).toBe('');
    }
    expect(existsSync(join(elsewhere, 'data'))).toBe(false);
  });

  it('finds the database through --env-file, --database or MTC_ENV_FILE, flags before or after the command', async () => {
    const expected = /csirt-acme\s+sync@acme\.example\s+RESOLVED\s+7/;
    expect((await cli(['--env-file', envFile, 'users'])).stdout).toMatch(expected);
    expect((await cli(['users', '--env-file', envFile])).stdout).toMatch(expected);
    expect((await cli(['users', '--database', database])).stdout).toMatch(expected);
    expect((await cli(['users'], { env: { MTC_ENV_FILE: envFile } })).stdout).toMatch(expected);
    const missing = await cli(['users'], { env: { MTC_ENV_FILE: join(dir, 'nope.env') } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`The settings file ${join(dir, 'nope.env')} (MTC_ENV_FILE or --env-file) does not exist`);
    // Node 20 itself reads `--env-file` wherever it appears and stops on a missing file, before the CLI runs.
    const flag = await cli(['users', '--env-file', join(dir, 'nope.env')]);
    expect(flag.code).not.toBe(0);
    expect(flag.stderr).toContain(join(dir, 'nope.env'));
  });

  it('lists runs, users and tokens as JSON for scripts, as the service sees them', async () => {
    const runs = JSON.parse((await cli(['runs', '--json', '--env-file', envFile])).stdout) as unknown[];
    expect(runs).toEqual(JSON.parse(JSON.stringify(await prisma.pipelineRun.findMany({ orderBy: { id: 'desc' } }))));
    const users = JSON.parse((await cli(['users', '--json', '--env-file', envFile])).stdout) as unknown[];
    expect(users).toEqual([
      { community: 'csirt-acme', email: 'sync@acme.example', status: 'RESOLVED', mispUserId: '7', mispRoleName: null, statusDetail: null, lastCheckedAt: '2026-03-02T01:00:00.000Z' },
    ]);
    const created = await cli(['token', 'create', '--role', 'admin', '--name', 'ops', '--env-file', envFile]);
    const tokens = JSON.parse((await cli(['token', 'list', '--json', '--env-file', envFile])).stdout) as { name: string; role: string; createdAt: string }[];
    expect(tokens).toMatchObject([{ name: 'ops', role: 'admin', revokedAt: null }]);
    expect(Date.parse(tokens[0]!.createdAt)).not.toBeNaN();
    expect(JSON.stringify(tokens)).not.toContain(created.stdout.trim());
  });

  it('lists curation rows with the ids restore takes, filtered by day, community and status', async () => {
    const all = await cli(['curation', 'list', '--env-file', envFile]);
    expect(all.stdout.split('\n')[0]).toMatch(/^id\s+day\s+community\s+misp attribute/);
    const done = JSON.parse((await cli(['curation', 'list', '--json', '--status', 'done', '--day', '2026-03-01', '--community', 'csirt-acme', '--env-file', envFile])).stdout) as {
      id: number;
      status: string;
      evidence: unknown;
    }[];
    expect(done.map((r) => r.id)).toEqual([curationIds[1], curationIds[0]]);
    expect(done[0]).toMatchObject({ status: 'DONE', community: 'csirt-acme', evidence: { hits: [{ listName: 'google DNS' }] } });
    expect(JSON.parse((await cli(['curation', 'list', '--json', '--community', 'other', '--env-file', envFile])).stdout)).toEqual([]);
    expect((await cli(['curation', 'list', '--community', 'ghost', '--env-file', envFile])).stderr).toContain('No community is called "ghost"');
    expect((await cli(['curation', 'list', '--status', 'gone', '--env-file', envFile])).code).toBe(2);
    expect((await cli(['curation', 'list', '--day', '2026-13-45', '--env-file', envFile])).code).toBe(2);
  });

  it('says when nothing changed', async () => {
    expect((await cli(['token', 'revoke', '1', '--env-file', envFile])).stdout).toContain('Revoked token #1');
    expect((await cli(['token', 'revoke', '1', '--env-file', envFile])).stdout).toMatch(/^Token #1 "ops" was already revoked on .*: nothing changed\.\n$/);
    expect((await cli(['add-user', 'sync@acme.example', 'csirt-acme', '--env-file', envFile])).stdout).toContain('already registered for community "csirt-acme": nothing changed');
    expect((await cli(['add-user', 'sync@acme.example', 'other', '--env-file', envFile])).code).toBe(1);
    expect((await cli(['restore', String(curationIds[2]), '--env-file', envFile])).stdout).toContain('was already restored (log row');
  });

  it('backs up to a new file, and refuses to overwrite one unless --force', async () => {
    const copy = join(dir, 'copy.db');
    expect(await cli(['backup', copy, '--env-file', envFile])).toMatchObject({ code: 0 });
    const again = await cli(['backup', copy, '--env-file', envFile]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists: choose another file, or add --force');
    expect(await cli(['backup', copy, '--force', '--env-file', envFile])).toMatchObject({ code: 0 });
    expect((await cli(['users', '--database', copy])).stdout).toContain('sync@acme.example');
  });
});
