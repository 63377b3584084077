// Finding 9: /metrics needed no token and ran ~7 aggregates per scrape; the database file was
// created 0644 and the systemd unit had no UMask; tokens never expired; http:// MISP/OpenTIP URLs
// were accepted silently; without MISP_URL, `serve` started the demo (printing an admin token)
// even on 0.0.0.0 in the Docker image.
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.js';
import { parseExpiry } from '../../src/cli/tokens.js';
import { insecureUrlWarnings } from '../../src/config/insecure-urls.js';
import { backupDatabase } from '../../src/db/backup.js';
import { openDatabase } from '../../src/db/client.js';
import { demoRefusal } from '../../src/demo/guard.js';
import { createMetrics } from '../../src/metrics/metrics.js';
import { testConfig } from '../helpers/config.js';
import { tempDir } from '../helpers/db.js';
import { countQueries } from '../helpers/query-count.js';
import { touch } from '../graphql/seed.js';
import { raw, securityWorld, type SecurityWorld } from './harness.js';

const exec = promisify(execFile);
const mode = (path: string) => statSync(path).mode & 0o777;

describe('operations', () => {
  let w: SecurityWorld;

  beforeAll(async () => {
    // /metrics routed as the service routes it; /open-metrics the same without METRICS_TOKEN.
    w = await securityWorld({ METRICS_TOKEN: 'scrape-secret' }, (db, config) => ({
      routes: { '/metrics': createMetrics(db.prisma, config).handler, '/open-metrics': createMetrics(db.prisma, testConfig()).handler },
    }));
  });
  afterAll(() => w?.close());

  it('answers /metrics only with METRICS_TOKEN when it is set, and to anyone when it is not', async () => {
    expect((await raw(w.port, { path: '/metrics' })).status).toBe(401);
    const wrong = await raw(w.port, { path: '/metrics', headers: { authorization: 'Bearer guess' } });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toMatch(/METRICS_TOKEN/);
    const ok = await raw(w.port, { path: '/metrics', headers: { authorization: 'Bearer scrape-secret' } });
    expect(ok.status).toBe(200);
    expect(ok.text).toMatch(/mtc_runs|mtc_false_positives/);
    expect((await raw(w.port, { path: '/open-metrics' })).status).toBe(200);
  });

  it('reads the database figures once per commit, not once per scrape', async () => {
    const scrape = () => raw(w.port, { path: '/metrics', headers: { authorization: 'Bearer scrape-secret' } });
    await scrape();
    const idle = await countQueries(w.db.prisma, async () => {
      for (let i = 0; i < 5; i++) await scrape();
    });
    expect(idle.count).toBe(0);
    await touch(w.db.prisma);
    const after = await countQueries(w.db.prisma, scrape);
    expect(after.count).toBeGreaterThan(0);
    expect(after.result.text).toMatch(/mtc_false_positives\{source="warninglist"\} 2/);
    console.log(`[metrics] 5 scrapes of an idle service: ${idle.count} SQL statements (was ~7 aggregates each); after a commit: ${after.count}`);
  });

  it('creates the database, its WAL and backups readable by their owner alone, and the unit sets UMask=0077', async () => {
    const dir = tempDir();
    const path = join(dir, 'new', 'private.db');
    const { prisma } = await openDatabase(path);
    await prisma.$executeRawUnsafe('CREATE TABLE IF NOT EXISTS t (x)');
    expect(mode(path)).toBe(0o600);
    expect(mode(`${path}-wal`)).toBe(0o600);
    expect(mode(join(dir, 'new'))).toBe(0o700);
    const copy = join(dir, 'backup.db');
    await backupDatabase(path, copy);
    expect(mode(copy)).toBe(0o600);
    await prisma.$disconnect();
    expect(readFileSync('deploy/misp-topcontrib.service', 'utf8')).toMatch(/^UMask=0077$/m);
  });

  it('refuses an expired token, saying so; --expires takes 90d, 12h, 4w or a day', async () => {
    const { token } = await createToken(w.db.prisma, 'old-grafana', 'READER', new Date(Date.now() - 1000));
    const res = await raw(w.port, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ organizations { alias } }' }),
    });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text).errors[0].message).toMatch(/"old-grafana" expired on 20\d\d-.*token create/);
    const now = new Date('2026-12-03T00:00:00Z');
    expect(parseExpiry('90d', now).toISOString()).toBe('2027-03-03T00:00:00.000Z');
    expect(parseExpiry('12h', now).toISOString()).toBe('2026-12-03T12:00:00.000Z');
    expect(parseExpiry('2027-01-31', now).toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(() => parseExpiry('soon', now)).toThrow(/90d/);
    expect(() => parseExpiry('2020-01-01', now)).toThrow(/future/);
  });

  it('creates a token with --expires and lists its expiry and last use', async () => {
    const dir = tempDir();
    const env = { ...process.env, DATABASE_PATH: join(dir, 'cli.db'), LOG_LEVEL: 'silent' };
    const created = await exec(process.execPath, ['bin/misp-topcontrib.js', 'token', 'create', '--role', 'reader', '--name', 'grafana', '--expires', '90d'], { env });
    expect(created.stderr).toMatch(/valid until 20\d\d-/);
    const listed = await exec(process.execPath, ['bin/misp-topcontrib.js', 'token', 'list'], { env });
    expect(listed.stdout).toMatch(/last used/);
    expect(listed.stdout).toMatch(/expires/);
    expect(listed.stdout).toMatch(/grafana.*never.*20\d\d-\d\d-\d\dT/);
  }, 180_000);

  it('warns of http:// MISP and OpenTIP URLs to other hosts', () => {
    const warnings = insecureUrlWarnings(testConfig({ MISP_URL: 'http://misp.example.org', MISP_KEY: 'k', OPENTIP_URL: 'http://10.0.0.5/api/v1' }));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/MISP_URL uses http:\/\/ \(misp\.example\.org\): MISP_KEY .* unencrypted/);
    expect(warnings[1]).toMatch(/OPENTIP_URL/);
    expect(insecureUrlWarnings(testConfig({ MISP_URL: 'https://misp.example.org', MISP_KEY: 'k' }))).toEqual([]);
    expect(insecureUrlWarnings(testConfig({ MISP_URL: 'http://127.0.0.1:8443', MISP_KEY: 'k' }))).toEqual([]);
  });

  it('never starts the demo in production or on a non-loopback HTTP_HOST, naming MISP_URL instead', async () => {
    expect(demoRefusal(testConfig(), {})).toBeNull();
    expect(demoRefusal(testConfig({ HTTP_HOST: '::1' }), {})).toBeNull();
    expect(demoRefusal(testConfig(), { NODE_ENV: 'production' })).toMatch(/MISP_URL is not set.*NODE_ENV=production/);
    expect(demoRefusal(testConfig({ HTTP_HOST: '0.0.0.0' }), {})).toMatch(/HTTP_HOST=0\.0\.0\.0 \(not a loopback address\).*Set MISP_URL and MISP_KEY/);
    // As in the Docker image: serve without MISP_URL stops at once with the error, and no token.
    const dir = tempDir();
    const env = { ...process.env, NODE_ENV: 'production', HTTP_HOST: '0.0.0.0', HTTP_PORT: '0', MISP_URL: '', DATABASE_PATH: join(dir, 'x.db'), LOG_LEVEL: 'silent' };
    const run = await exec(process.execPath, ['bin/misp-topcontrib.js', 'serve'], { env, timeout: 60_000 }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/MISP_URL is not set/);
    expect(run.stdout).not.toMatch(/mtc_/);
  }, 180_000);
});
