// The real service as a separate OS process (`node bin/misp-topcontrib.js serve`), killed with
// SIGKILL and restarted as an operator's supervisor would. Each process leads its own process
// group, so a kill also takes tsx's esbuild helper; every process still alive when the soak's
// process exits is killed then, so a failed test leaves no orphans.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../../bin/misp-topcontrib.js', import.meta.url));

export interface LogLine {
  msg?: string;
  level?: number;
  [key: string]: unknown;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const live = new Set<ServiceProcess>();
let hooked = false;

function killAllLive(): void {
  for (const p of live) p.kill();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.once('exit', killAllLive);
}

/** Service processes started here that have not exited yet. */
export function liveServiceCount(): number {
  return live.size;
}

/** Kills every service process this module started that is still running. */
export function killAllServices(): void {
  killAllLive();
}

const dirs = new Set<string>();

/** A new temporary directory, removed by `removeSoakDir` or, on an interrupted soak, `removeSoakDirs`. */
export function soakDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.add(dir);
  return dir;
}

export function removeSoakDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** Leaves the directory in place (kept for inspection) and forgets it. */
export function keepSoakDir(dir: string): void {
  dirs.delete(dir);
}

/** Removes every directory `soakDir` made that was neither removed nor kept (after Ctrl-C). */
export function removeSoakDirs(): void {
  for (const dir of dirs) removeSoakDir(dir);
}

export class ServiceProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;
  readonly startedAt = Date.now();
  exit: Exit | null = null;
  killedAt: number | null = null;
  /** The last lines of output, for error messages. */
  readonly tail: string[] = [];
  private readonly listeners = new Set<(line: LogLine) => void>();

  private constructor(
    env: Record<string, string>,
    cwd: string,
    private readonly logFile: string | null,
  ) {
    hookExit();
    this.child = spawn(process.execPath, [BIN, 'serve'], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(this);
    this.exited = new Promise<Exit>((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        live.delete(this);
        resolve(this.exit);
      });
      this.child.once('error', (error) => {
        this.exit = { code: -1, signal: null };
        this.record(`spawn failed: ${error.message}`);
        live.delete(this);
        resolve(this.exit);
      });
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        buffered += chunk;
        let nl: number;
        while ((nl = buffered.indexOf('\n')) >= 0) {
          const text = buffered.slice(0, nl);
          buffered = buffered.slice(nl + 1);
          this.record(text);
        }
      });
    }
  }

  static start(env: Record<string, string>, cwd: string, logFile: string | null = null): ServiceProcess {
    return new ServiceProcess(env, cwd, logFile);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get alive(): boolean {
    return this.exit === null;
  }

  private record(text: string): void {
    if (this.logFile) appendFileSync(this.logFile, `${text}\n`);
    this.tail.push(text);
    if (this.tail.length > 40) this.tail.shift();
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      line = { msg: text };
    }
    for (const l of this.listeners) l(line);
  }

  onLine(listener: (line: LogLine) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the first line that satisfies `test`; rejects if the process exits first or time runs out. */
  waitForLine(test: (line: LogLine) => boolean, timeoutMs: number): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`no such log line within ${timeoutMs} ms`)), timeoutMs);
      const off = this.onLine((line) => {
        if (test(line)) done(null, line);
      });
      void this.exited.then(() => done(new Error(`the service exited (${JSON.stringify(this.exit)}) first`)));
      const done = (error: Error | null, line?: LogLine) => {
        clearTimeout(timer);
        off();
        if (error) reject(error);
        else resolve(line!);
      };
    });
  }

  /** SIGKILL to the whole process group, at once; safe to call on a dead process. */
  kill(): void {
    if (!this.alive) return;
    this.killedAt ??= Date.now();
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      try {
        this.child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  /** SIGTERM (the service finishes the day it is on and closes), then SIGKILL after `graceMs`. */
  async stop(graceMs = 15_000): Promise<Exit> {
    if (!this.alive) return this.exit!;
    try {
      process.kill(this.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    const timer = setTimeout(() => this.kill(), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}
