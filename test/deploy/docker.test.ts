// The Docker image builds from a clean clone (the committed tree, nothing built or installed) and
// runs the compiled CLI. Only where a Docker daemon answers; elsewhere the test is skipped and says so.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/db.js';

function dockerDaemon(): string | null {
  try {
    return (
      execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 })
        .toString()
        .trim() || null
    );
  } catch {
    return null;
  }
}

const daemon = dockerDaemon();
if (!daemon) process.stderr.write('test/deploy/docker.test.ts: skipped, no Docker daemon answers `docker version` on this machine.\n');

describe.skipIf(!daemon)('Docker image', () => {
  const dir = tempDir('mtc-docker-');
  const tag = `misp-topcontrib:test-${process.pid}`;
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    try {
      execFileSync('docker', ['image', 'rm', '-f', tag], { stdio: 'ignore' });
    } catch {
      // Nothing to remove when the build failed.
    }
  });

  it('builds from a clean clone and runs the compiled CLI as a non-root user', () => {
    const clone = join(dir, 'clone');
    execFileSync('git', ['clone', '--quiet', resolve('.'), clone]);
    execFileSync('docker', ['build', '--quiet', '-t', tag, clone], { stdio: ['ignore', 'pipe', 'inherit'], timeout: 1_200_000 });
    const version = execFileSync('docker', ['run', '--rm', tag, 'node', 'bin/misp-topcontrib.js', '--version']).toString();
    expect(version).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(execFileSync('docker', ['run', '--rm', tag, 'id', '-u']).toString().trim()).toBe('10001');
    const listing = execFileSync('docker', ['run', '--rm', tag, 'ls', 'node_modules']).toString();
    expect(listing).not.toMatch(/^tsx$/m);
  }, 1_300_000);
});
