// The crash-recovery soak (issue 9): the real service, a separate OS process, runs a backfill with
// curation against simulated MISP and OpenTIP living in this process; it is killed with SIGKILL at
// random and at targeted points and restarted until the backfill succeeds; then its results are
// compared with a clean run of the same scenario. Used by test/reliability/kill-restart.test.ts
// (CI-sized) and bench/soak.ts (`npm run soak`, figures).
import { appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { mulberry32, randInt, type Rng } from '../../../src/sim/prng.js';
import { addTally, drainCounters, mispFaults, observeReplies, OpenTipFaults, opentipFaults, tallyTotal, zeroTally, type FaultMix, type FaultTally } from './faults.js';
import { cleanRun, prepareDatabase, readSnapshot, serviceSettings, startWorld, type ScenarioOptions, type SoakCuration } from './scenario.js';
import { keepSoakDir, removeSoakDir, ServiceProcess, soakDir } from './service-process.js';
import { appliedChanges, lostOrDoubled, verify, zeroVerdict, type Verdict } from './verify.js';

/**
 * Where a process dies:
 * - `startup`: at a random moment after spawn (migrations, requeue, claiming the run);
 * - `delay`: at a random moment while it works;
 * - `search`: as MISP answers the k-th restSearch page (a day half read);
 * - `lookup`: as OpenTIP answers the k-th lookup (a day half classified);
 * - `planned`: as soon as a day's curation rows are committed PLANNED, before or while MISP is touched;
 * - `before-delete`: as the k-th delete request reaches MISP, which then never acts on it (as if the
 *   service died just before sending it);
 * - `after-delete`: as MISP has just deleted the k-th attribute, before the service hears of it.
 * In the sighting scenario the last two land on `/sightings/add` instead: before MISP saves the
 * k-th sighting, and just after it saved it.
 */
export const KILL_POINTS = ['startup', 'delay', 'search', 'lookup', 'planned', 'before-delete', 'after-delete'] as const;
export type KillPoint = (typeof KILL_POINTS)[number];
const WEIGHTS: Record<KillPoint, number> = { startup: 1, delay: 3, search: 2, lookup: 1, planned: 1, 'before-delete': 2, 'after-delete': 3 };

export interface SoakOptions {
  /** SIGKILLs in all, spread over as many backfills as needed. */
  cycles: number;
  /** Most kills in one backfill before it is let finish (default 5). */
  killsPerRun?: number;
  days: number;
  perDay: number;
  communities?: number;
  faults: FaultMix;
  /** Share of service processes that run with the fault mix on (default 0.5). */
  faultShare?: number;
  seed: number;
  /** Kill points in this order, repeated; default: drawn at random. */
  killPoints?: readonly KillPoint[];
  pageSize?: number;
  cap?: number;
  startDate?: string;
  /** A backfill that has not succeeded after this long fails the soak (default 10 minutes). */
  runTimeoutMs?: number;
  /** Keep each backfill's directory (database, service log) and print where; a failed backfill's is always kept. */
  keep?: boolean;
  /** CURATION_ACTION of the service: soft deletes (default) or false-positive sightings. */
  curation?: SoakCuration;
  onProgress?: (message: string) => void;
}

export interface RunFigures {
  run: number;
  seed: number;
  kills: number;
  restarts: number;
  recoveries: number;
  verdict: Verdict;
  expectationMismatches: string[];
  dir: string | null;
}

export interface SoakFigures {
  options: SoakOptions;
  runs: RunFigures[];
  runsCompleted: number;
  kills: number;
  killsByPoint: Record<KillPoint, number>;
  /** Kills after which some PLANNED row's attribute was already deleted in MISP (acted, not marked done). */
  killsActedNotMarked: number;
  /** Kills that left PLANNED rows MISP had not acted on yet (logged, not acted). */
  killsLoggedNotActed: number;
  restarts: number;
  /** Kills after which a later process took the interrupted backfill up again. */
  recoveries: number;
  /** Kills that landed after the backfill had ended (nothing to recover). */
  killsAfterEnd: number;
  faults: FaultTally;
  faultsInjected: number;
  /** OpenTIP faults held back so that no value exhausts its 3 attempts. */
  faultsSpared: number;
  countsCompared: number;
  countsDiffering: number;
  lostOrDoubled: number;
  duplicateDeletions: number;
  repeatAttempts: number;
  plannedLeft: number;
  failedRows: number;
  expectationMismatches: number;
  problems: string[];
  wallMs: number;
}

/** Zero lost/doubled, zero duplicate deletions, equal counts, every run completed. */
export function soakPassed(f: SoakFigures): boolean {
  return (
    f.runsCompleted === f.runs.length &&
    f.lostOrDoubled === 0 &&
    f.duplicateDeletions === 0 &&
    f.countsDiffering === 0 &&
    f.plannedLeft === 0 &&
    f.failedRows === 0 &&
    f.expectationMismatches === 0 &&
    f.problems.length === 0
  );
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function pickPoint(rng: Rng): KillPoint {
  const total = KILL_POINTS.reduce((s, p) => s + WEIGHTS[p], 0);
  let x = rng() * total;
  for (const p of KILL_POINTS) {
    x -= WEIGHTS[p];
    if (x < 0) return p;
  }
  return 'delay';
}

const pathOf = (url: string | undefined) => (url ?? '').split('?')[0]!.replace(/\.json$/, '');

export async function runSoak(options: SoakOptions): Promise<SoakFigures> {
  const started = Date.now();
  const rng = mulberry32(options.seed);
  const figures: SoakFigures = {
    options,
    runs: [],
    runsCompleted: 0,
    kills: 0,
    killsByPoint: Object.fromEntries(KILL_POINTS.map((p) => [p, 0])) as Record<KillPoint, number>,
    killsActedNotMarked: 0,
    killsLoggedNotActed: 0,
    restarts: 0,
    recoveries: 0,
    killsAfterEnd: 0,
    faults: zeroTally(),
    faultsInjected: 0,
    faultsSpared: 0,
    countsCompared: 0,
    countsDiffering: 0,
    lostOrDoubled: 0,
    duplicateDeletions: 0,
    repeatAttempts: 0,
    plannedLeft: 0,
    failedRows: 0,
    expectationMismatches: 0,
    problems: [],
    wallMs: 0,
  };
  const progress = options.onProgress ?? (() => {});
  let pointIndex = 0;
  const nextPoint = () => (options.killPoints?.length ? options.killPoints[pointIndex++ % options.killPoints.length]! : pickPoint(rng));
  let startupMs = 1500;

  for (let r = 1; figures.kills < options.cycles || r === 1; r++) {
    if (r > options.cycles * 3 + 3) {
      figures.problems.push(`gave up after ${r - 1} backfills with only ${figures.kills} kills: the kill points are not reached`);
      break;
    }
    const scenario: ScenarioOptions = {
      seed: options.seed * 1000 + r,
      days: options.days,
      perDay: options.perDay,
      communities: options.communities ?? 4,
      startDate: options.startDate ?? '2026-03-01',
      pageSize: options.pageSize ?? Math.max(50, Math.ceil(options.perDay / 6)),
      cap: options.cap ?? 30,
      curation: options.curation ?? 'soft-delete',
    };
    const sighting = scenario.curation === 'sighting';
    const actionPath = sighting ? '/sightings/add' : '/attributes/delete/';
    const clean = await cleanRun(scenario);
    const world = await startWorld(scenario);
    const dir = soakDir('mtc-soak-');
    const logFile = join(dir, 'service.log');
    const runFigures: RunFigures = {
      run: r,
      seed: scenario.seed,
      kills: 0,
      restarts: 0,
      recoveries: 0,
      verdict: undefined!,
      expectationMismatches: clean.expectationMismatches,
      dir: options.keep ? dir : null,
    };
    let proc: ServiceProcess | null = null;
    let watcher: Database.Database | null = null;
    try {
      const dbPath = join(dir, 'service.db');
      const runId = await prepareDatabase(dbPath, world, scenario);
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, TMPDIR: tmpdir(), ...serviceSettings(world, scenario, dbPath) };
      watcher = new Database(dbPath, { readonly: true, fileMustExist: true });
      const runState = watcher.prepare('SELECT status, daysDone, daysTotal FROM PipelineRun WHERE id = ?');
      const maxLogId = watcher.prepare('SELECT coalesce(max(id), 0) AS id FROM CurationLog');
      const plannedRows = watcher.prepare("SELECT mispAttributeId AS attribute FROM CurationLog WHERE status = 'PLANNED'");
      const state = () => runState.get(runId) as { status: string; daysDone: number; daysTotal: number };
      const heartbeatStmt = watcher.prepare('SELECT heartbeatAt AS at FROM PipelineRun WHERE id = ?');
      const heartbeatOf = () => (heartbeatStmt.get(runId) as { at: unknown }).at;
      let unrecovered = 0;

      // Hooks into the simulators' answers; each process's kill point sets them.
      let onMisp: ((path: string, status: number) => void) | null = null;
      let onOpenTip: (() => void) | null = null;
      observeReplies(world.misp.faults, (req, status) => onMisp?.(pathOf(req.url), status));
      const openTipFaults = new OpenTipFaults(world.opentip.faults);
      observeReplies(world.opentip.faults, () => onOpenTip?.());
      // A delete (or sighting) request MISP receives but does not act on, because the service is killed first.
      let onDeleteRequest: (() => boolean) | null = null;
      const softDelete = world.misp.dataset.softDelete.bind(world.misp.dataset);
      world.misp.dataset.softDelete = (ref, now) => {
        if (onDeleteRequest?.()) throw new Error('the service was killed before MISP acted on this delete');
        return softDelete(ref, now);
      };
      const addSighting = world.misp.sightings.add.bind(world.misp.sightings);
      world.misp.sightings.add = (...args) => {
        if (onDeleteRequest?.()) throw new Error('the service was killed before MISP saved this sighting');
        return addSighting(...args);
      };
      const actionsSoFar = () => world.misp.mutations.filter((m) => m.action === scenario.curation && m.status === 200).length;
      // Whether MISP has applied the curation of an attribute.
      const acted = (id: string) => (sighting ? world.misp.sightings.ofAttribute(Number(id)).length > 0 : Boolean(world.misp.dataset.attribute(Number(id))?.deleted));

      let killsLeft = Math.min(options.killsPerRun ?? 5, Math.max(0, options.cycles - figures.kills));
      const deadline = Date.now() + (options.runTimeoutMs ?? 600_000);
      for (let n = 0; ; n++) {
        addTally(figures.faults, { misp: drainCounters(world.misp.faults), opentip: drainCounters(world.opentip.faults) });
        const faulty = options.faults !== 'none' && rng() < (options.faultShare ?? 0.5);
        const faultSeed = randInt(rng, 2 ** 31);
        world.misp.setFaults(faulty && (options.faults === 'misp' || options.faults === 'mixed') ? mispFaults(faultSeed) : {});
        world.opentip.faults.configure(faulty && (options.faults === 'opentip' || options.faults === 'mixed') ? opentipFaults(faultSeed) : {});
        world.opentip.faults.resetCounters();

        const before = state();
        const remaining = before.daysTotal === 0 ? 1 : 1 - before.daysDone / before.daysTotal;
        const point = killsLeft > 0 ? nextPoint() : null;
        appendFileSync(logFile, `--- process ${n + 1}${point ? `, to be killed at ${point}` : ', let finish'}${faulty ? `, faults ${options.faults}` : ''} ---\n`);
        const p = ServiceProcess.start(env, dir, logFile);
        proc = p;
        if (n > 0) runFigures.restarts++;
        // A process that claims the run (claimNextRun stamps heartbeatAt) has taken it up again.
        const heartbeat = heartbeatOf();
        const listening = p
          .waitForLine((l) => l.msg === 'misp-topcontrib is listening', 60_000)
          .then(
            () => {
              startupMs = Math.max(300, Date.now() - p.startedAt);
              return true;
            },
            () => false,
          );

        let killedAt: KillPoint | null = null;
        const kill = () => {
          if (killedAt || !point) return;
          killedAt = point;
          p.kill();
        };
        const timers: NodeJS.Timeout[] = [];
        let pollPlanned = false;
        const baseline = (maxLogId.get() as { id: number }).id;
        if (point === 'startup') timers.push(setTimeout(kill, randInt(rng, startupMs)));
        if (point === 'delay') {
          const window = Math.max(200, Math.round(clean.durationMs * remaining * (faulty ? 1.5 : 1)));
          const after = randInt(rng, window);
          void listening.then((ok) => ok && timers.push(setTimeout(kill, after)));
        }
        if (point === 'search') {
          const k = 1 + randInt(rng, Math.max(1, Math.round(clean.searchPages * remaining)));
          let seen = 0;
          onMisp = (path) => path === '/attributes/restSearch' && ++seen === k && kill();
        }
        if (point === 'after-delete') {
          const k = 1 + randInt(rng, Math.max(1, clean.actions - actionsSoFar()));
          let seen = 0;
          onMisp = (path, status) => path.startsWith(actionPath) && status === 200 && ++seen === k && kill();
        }
        if (point === 'before-delete') {
          const k = 1 + randInt(rng, Math.max(1, clean.actions - actionsSoFar()));
          let seen = 0;
          onDeleteRequest = () => {
            if (++seen !== k) return false;
            kill();
            return true;
          };
        }
        if (point === 'lookup') {
          const k = 1 + randInt(rng, Math.max(1, Math.round(clean.lookups * remaining)));
          let seen = 0;
          onOpenTip = () => ++seen === k && kill();
        }
        if (point === 'planned') pollPlanned = true;

        // Until the process is killed, dies by itself, or the backfill ends.
        let ended = false;
        while (p.alive) {
          if (pollPlanned && (maxLogId.get() as { id: number }).id > baseline) {
            kill();
            break;
          }
          const s = state();
          if (s.status !== 'QUEUED' && s.status !== 'RUNNING') {
            ended = true;
            break;
          }
          if (Date.now() > deadline) throw new Error(`the backfill did not finish within ${options.runTimeoutMs ?? 600_000} ms (status ${s.status}, ${s.daysDone}/${s.daysTotal} days)`);
          await sleep(pollPlanned ? 1 : 10);
        }
        for (const t of timers) clearTimeout(t);
        onMisp = null;
        onOpenTip = null;
        onDeleteRequest = null;
        await listening;

        if (killedAt) await p.exited;
        if (heartbeatOf() !== heartbeat) {
          runFigures.recoveries += unrecovered;
          unrecovered = 0;
        }
        if (killedAt) {
          const s = state();
          // A kill that lands after the backfill ended has nothing to recover.
          if (s.status === 'QUEUED' || s.status === 'RUNNING') unrecovered++;
          else figures.killsAfterEnd++;
          figures.kills++;
          runFigures.kills++;
          figures.killsByPoint[killedAt]++;
          killsLeft--;
          const planned = (plannedRows.all() as { attribute: string }[]).map((x) => x.attribute);
          if (planned.some(acted)) figures.killsActedNotMarked++;
          if (planned.some((id) => !acted(id))) figures.killsLoggedNotActed++;
          progress(`run ${r}: kill ${figures.kills}/${options.cycles} at ${killedAt} after ${Date.now() - p.startedAt} ms, ${s.daysDone}/${s.daysTotal} days done, ${planned.length} rows planned`);
          continue;
        }
        if (!ended) {
          const exit = await p.exited;
          throw new Error(`the service exited by itself (${JSON.stringify(exit)}):\n${p.tail.join('\n')}`);
        }
        const exit = await p.stop();
        if (exit.code !== 0) figures.problems.push(`run ${r}: the service did not stop cleanly on SIGTERM (${JSON.stringify(exit)})`);
        break;
      }
      addTally(figures.faults, { misp: drainCounters(world.misp.faults), opentip: drainCounters(world.opentip.faults) });
      figures.faultsSpared += openTipFaults.spared;
      watcher.close();
      watcher = null;
      const resumed = readSnapshot(dbPath, runId);
      runFigures.verdict = verify(resumed, clean.snapshot, appliedChanges(world.misp, scenario.curation!, resumed));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      figures.problems.push(`run ${r}: ${message}`);
      runFigures.verdict ??= failedVerdict(message);
    } finally {
      proc?.kill();
      await proc?.exited;
      watcher?.close();
      await world.close();
    }

    const v = runFigures.verdict;
    const failed = !v.runSucceeded || lostOrDoubled(v) > 0 || v.duplicateDeletions > 0 || v.countsDiffering > 0 || v.problems.length > 0;
    if (failed) figures.problems.push(`run ${r}: database and service log kept in ${dir}`);
    if (failed || options.keep) keepSoakDir(dir);
    else removeSoakDir(dir);
    figures.runs.push(runFigures);
    if (v.runSucceeded) figures.runsCompleted++;
    figures.restarts += runFigures.restarts;
    figures.recoveries += runFigures.recoveries;
    figures.countsCompared += v.countsCompared;
    figures.countsDiffering += v.countsDiffering;
    figures.lostOrDoubled += lostOrDoubled(v);
    figures.duplicateDeletions += v.duplicateDeletions;
    figures.repeatAttempts += v.repeatAttempts;
    figures.plannedLeft += v.plannedLeft;
    figures.failedRows += v.failedRows;
    figures.expectationMismatches += clean.expectationMismatches.length;
    for (const m of clean.expectationMismatches.slice(0, 5)) figures.problems.push(`run ${r}: clean run vs ground truth: ${m}`);
    for (const problem of v.problems) figures.problems.push(`run ${r}: ${problem}`);
    progress(
      `run ${r} ${v.runSucceeded ? 'succeeded' : 'did NOT succeed'} after ${runFigures.kills} kills: ${v.countsCompared} counts compared, ` +
        `${v.countsDiffering} differ, ${lostOrDoubled(v)} lost or doubled, ${v.duplicateDeletions} duplicate ${sighting ? 'sightings' : 'deletions'}` +
        (options.keep ? ` (kept in ${dir})` : ''),
    );
  }
  figures.faultsInjected = tallyTotal(figures.faults);
  figures.wallMs = Date.now() - started;
  return figures;
}

function failedVerdict(message: string): Verdict {
  return zeroVerdict(false, [message]);
}

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** The figures as a Markdown table (the README's), with the command that produced them. */
export function formatFigures(f: SoakFigures, command: string): string {
  const t = f.faults;
  const kinds = (side: FaultTally['misp']) => `${side.errors} × 500, ${side.rateLimited} × 429, ${side.dropped} dropped, ${side.truncated} cut short`;
  const o = f.options;
  const sighting = o.curation === 'sighting';
  const rows: [string, string][] = [
    ['backfills (runs) completed', `${f.runsCompleted} of ${f.runs.length} (${o.days} days × ${o.perDay} attributes each, curation ${sighting ? 'by false-positive sighting' : 'by soft delete'})`],
    ['SIGKILLs', `${f.kills}: ${KILL_POINTS.map((p) => `${p} ${f.killsByPoint[p]}`).join(', ')}`],
    ['kills between MISP acting and the row marked done', String(f.killsActedNotMarked)],
    ['kills with rows logged but not yet acted on', String(f.killsLoggedNotActed)],
    ['restarts / kills recovered (backfill taken up again)', `${f.restarts} / ${f.recoveries}${f.killsAfterEnd > 0 ? ` (${f.killsAfterEnd} more kills came after the backfill ended)` : ''}`],
    ['faults injected', `${f.faultsInjected} (mix: ${o.faults})`],
    ['· MISP', `${kinds(t.misp)}; ${t.misp.delayed} answers delayed 2 ms`],
    ['· OpenTIP', `${kinds(t.opentip)}; ${f.faultsSpared} held back (3rd attempt of a value)`],
    ['counts compared with a clean run', `${f.countsCompared} (${f.countsDiffering} differ)`],
    ['attributes lost or doubled', String(f.lostOrDoubled)],
    sighting
      ? ['duplicate sightings', `${f.duplicateDeletions} (rows that found their sighting already in MISP: ${f.repeatAttempts})`]
      : ['duplicate deletions', `${f.duplicateDeletions} (repeat deletes MISP answered 404, already deleted: ${f.repeatAttempts})`],
    ['curation rows left planned / failed', `${f.plannedLeft} / ${f.failedRows}`],
    ['clean runs differing from the ground truth', String(f.expectationMismatches)],
    ['wall time', duration(f.wallMs)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return [`\`${command}\``, '', `| ${'figure'.padEnd(width)} | value |`, `|${'-'.repeat(width + 2)}|-------|`, ...rows.map(([k, v]) => `| ${k.padEnd(width)} | ${v} |`)].join('\n');
}
