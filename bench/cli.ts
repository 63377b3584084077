/**
 * How long the installed command takes, as a ratio to starting bare Node (`node -e 0`) measured in
 * the same run, interleaved, so the machine's load affects both alike. Runs the compiled
 * `bin/misp-topcontrib.js` (what an operator runs), on a temporary database with a few users,
 * tokens and runs.
 *
 *   npm run bench:cli                  # 9 rounds
 *   npm run bench:cli -- --rounds 21
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '9' } } });
const rounds = Number(values.rounds);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'misp-topcontrib.js');
const dir = mkdtempSync(join(tmpdir(), 'mtc-bench-cli-'));
const database = join(dir, 'bench.db');
const env = { ...process.env, DATABASE_PATH: database, LOG_LEVEL: 'silent', MTC_ENV_FILE: '' };

const cli = (...args: string[]) => execFileSync(process.execPath, [bin, ...args], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
cli('migrate');
for (let i = 1; i <= 12; i++) cli('add-user', `sync@community-${i}.example`, `community-${i}`);
cli('token', 'create', '--role', 'reader', '--name', 'grafana');

const cases: Array<[name: string, args: string[]]> = [
  ['node -e 0 (baseline)', ['-e', '0']],
  ['--version', [bin, '--version']],
  ['--help', [bin, '--help']],
  ['users', [bin, 'users']],
  ['runs', [bin, 'runs']],
  ['token list', [bin, 'token', 'list']],
  ['curation list', [bin, 'curation', 'list']],
];
const targets: Record<string, number> = { '--version': 3, '--help': 3, users: 6, runs: 6 };

const times = new Map<string, number[]>(cases.map(([name]) => [name, []]));
for (let round = 0; round < rounds + 1; round++) {
  for (const [name, args] of cases) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env, cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr.toString()}`);
    if (round > 0) times.get(name)!.push(ms); // the first round warms the file cache
  }
}
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const floor = median(times.get(cases[0]![0])!);
process.stdout.write(`Node ${process.version}, ${rounds} rounds, median wall time per command (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})\n\n`);
process.stdout.write('| command | median ms | × bare node | target |\n|---|---|---|---|\n');
for (const [name] of cases) {
  const ms = median(times.get(name)!);
  const target = targets[name];
  const ratio = ms / floor;
  process.stdout.write(`| ${name} | ${ms.toFixed(0)} | ${ratio.toFixed(2)}x | ${target ? `≤ ${target}x ${ratio <= target ? 'met' : 'NOT met'}` : ''} |\n`);
}
