// `status` checks what the service will need, for real, and exits 1 when one check fails.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preflight } from '../../src/pipeline/preflight.js';
import { utcDay } from '../../src/reputation/index.js';
import { faultWorld, pipelineDeps, SIM_LIST_FILTER, type FaultWorld } from '../reliability/fault-harness.js';

const exec = promisify(execFile);

describe('status checks', () => {
  let w: FaultWorld;
  beforeAll(async () => {
    w = await faultWorld({ sim: { seed: 3, communities: 1, startDate: '2026-09-01', days: 1, perDay: 10 }, register: [1], busyTimeoutMs: 200 });
  });
  afterAll(() => w?.close());

  const lookupsToday = async () => (await w.db.prisma.reputationUsage.findFirst({ where: { day: utcDay(Date.now()) } }))?.lookups ?? 0;

  it('passes on a good set-up, spending one OpenTIP lookup from the budget', async () => {
    const before = await lookupsToday();
    const checks = await preflight(w.deps);
    expect(checks.map((c) => [c.name, c.ok])).toEqual([
      ['database', true],
      ['MISP', true],
      ['warninglists', true],
      ['OpenTIP', true],
    ]);
    expect(checks[1]!.detail).toMatch(/the key is a site admin's/);
    expect(checks[3]!.detail).toMatch(/key accepted/);
    expect(await lookupsToday()).toBe(before + 1);
  });

  it("fails on a MISP key that is not a site admin's, and on a refused OpenTIP key", async () => {
    const config = { ...w.config, mispKey: w.misp.keys.user, opentipKey: 'wrong-key' };
    const deps = pipelineDeps(w.db.prisma, config);
    try {
      const checks = await preflight(deps);
      expect(checks.find((c) => c.name === 'MISP')).toMatchObject({ ok: false, detail: expect.stringMatching(/not a site admin's.*Set MISP_KEY to a site-admin key/) });
      expect(checks.find((c) => c.name === 'OpenTIP')).toMatchObject({ ok: false, detail: expect.stringMatching(/key refused/) });
    } finally {
      await Promise.all([deps.misp?.close(), deps.reputation.close()]);
    }
  });

  it('fails when the database does not take writes', async () => {
    const other = new Database(w.db.path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const checks = await preflight(w.deps);
      expect(checks[0]).toMatchObject({ name: 'database', ok: false, detail: expect.stringMatching(/not writable/) });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('makes `status` exit 1 when a check fails', async () => {
    const env = {
      ...process.env,
      LOG_LEVEL: 'silent',
      DATABASE_PATH: w.db.path,
      MISP_URL: w.misp.url,
      MISP_KEY: w.misp.keys.user,
      WARNINGLIST_FILTERS: SIM_LIST_FILTER,
      OPENTIP_KEY: '',
      SCHEDULE: '',
    };
    const failed = await exec(process.execPath, ['bin/misp-topcontrib.js', 'status'], { env }).then(
      () => null,
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/FAIL MISP: reachable, version .*, but the key is not a site admin's/);
    const passed = await exec(process.execPath, ['bin/misp-topcontrib.js', 'status'], { env: { ...env, MISP_KEY: w.misp.keys.admin } });
    expect(passed.stdout).toMatch(/ok {3}MISP: reachable/);
  });
});
