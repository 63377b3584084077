// One soak scenario: simulated MISP and OpenTIP, the service's settings for them, a database with
// the communities registered and a backfill queued, and the same backfill run clean (fresh
// simulators and database, no faults, no kills) in this process as the reference.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addSyncUser } from '../../../src/communities/sync-users.js';
import { loadConfig } from '../../../src/config/load.js';
import { SETTINGS } from '../../../src/config/settings.js';
import { openDatabase } from '../../../src/db/client.js';
import { silentLogger } from '../../../src/log/logger.js';
import { MispSimulator, type MispSimulatorOptions } from '../../../src/misp/simulator/index.js';
import { claimNextRun, closePipelineDeps, createPipelineDeps, daysBetween, enqueueRun, executeRun, addDays } from '../../../src/pipeline/index.js';
import { startOpenTipSimulator, type OpenTipSimulator } from '../../../src/reputation/simulator/index.js';
import { parseListJson, selectWarninglists } from '../../../src/warninglists/index.js';
import { ReferenceMatcher } from '../../warninglists/reference.js';
import { sharedWarninglists } from '../../helpers/shared-data.js';
import { expectedDay } from '../../pipeline/expected.js';
import { removeSoakDir, soakDir } from './service-process.js';

export interface ScenarioOptions {
  seed: number;
  days: number;
  perDay: number;
  /** Simulated communities; all but the last are registered (the last one's attributes are left out). */
  communities: number;
  startDate: string;
  /** MISP_PAGE_SIZE: small pages give more points to die at while a day is read. */
  pageSize: number;
  /** MAX_ATTRIBUTES_PER_EVENT. */
  cap: number;
  /** CURATION_ACTION: soft deletes (default) or false-positive sightings. */
  curation?: SoakCuration;
}

export const SOAK_CURATIONS = ['soft-delete', 'sighting'] as const;
export type SoakCuration = (typeof SOAK_CURATIONS)[number];

/** The real misp-warninglists checkout when there is one, else the simulator's built-in lists. */
const SHARED_LISTS = sharedWarninglists();
const LIST_FILTERS = SHARED_LISTS !== undefined ? 'alexa,tranco,public-dns,amazon,google,empty-hashes' : 'sim';

export const COUNT_FIELDS = ['seen', 'capped', 'evaluated', 'warninglistFalsePositives', 'reputationFalsePositives', 'confirmedMalicious', 'unknown', 'unchecked', 'valid'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export type Counts = Record<CountField, number>;

/**
 * CURATION_MAX_RATIO: a community-day with more false positives than this share is not curated and
 * the run notes why. The simulated days fall on both sides of 0.45, so resumed runs must keep
 * those notes too.
 */
export const MAX_RATIO = 0.45;

export const RUN_FIELDS = ['daysDone', 'daysTotal', 'attributesProcessed', 'warninglistFalsePositives', 'reputationFalsePositives', 'curationPlanned', 'curationDone', 'curationFailed'] as const;

export function registered(o: ScenarioOptions): number[] {
  return Array.from({ length: Math.max(1, o.communities - 1) }, (_, i) => i + 1);
}

export function lastDay(o: ScenarioOptions): string {
  return addDays(o.startDate, o.days - 1);
}

export interface World {
  misp: MispSimulator;
  opentip: OpenTipSimulator;
  close(): Promise<void>;
}

export function simulatorOptions(o: ScenarioOptions): MispSimulatorOptions {
  return {
    seed: o.seed,
    communities: o.communities,
    creatorsPerCommunity: 2,
    startDate: o.startDate,
    days: o.days,
    perDay: o.perDay,
    maxEventSize: Math.max(2, Math.floor(o.cap * 0.8)),
    oversizedEventsPerDay: 1,
    oversizedEventSize: o.cap * 2,
    falsePositiveShare: 0.08,
    pulledShare: 0.1,
    warninglistsDir: SHARED_LISTS ?? false,
  };
}

export async function startWorld(o: ScenarioOptions): Promise<World> {
  const misp = await MispSimulator.start(simulatorOptions(o));
  const opentip = await startOpenTipSimulator({ seed: o.seed });
  return {
    misp,
    opentip,
    async close() {
      await Promise.all([misp.stop(), opentip.close()]);
    },
  };
}

/** Every setting, spelled out, so neither the caller's environment nor a .env file can change the scenario. */
export function serviceSettings(world: World, o: ScenarioOptions, databasePath: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const s of Object.values(SETTINGS)) env[s.env] = s.default;
  Object.assign(env, {
    DATABASE_PATH: databasePath,
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    MISP_URL: world.misp.url,
    MISP_KEY: world.misp.keys.admin,
    MISP_RETRIES: '10',
    MISP_TIMEOUT_MS: '10000',
    MISP_PAGE_SIZE: String(o.pageSize),
    OPENTIP_URL: world.opentip.url,
    OPENTIP_KEY: world.opentip.apiKey,
    OPENTIP_DAILY_BUDGET: '1000000000',
    OPENTIP_REQUESTS_PER_MINUTE: '0',
    OPENTIP_CONCURRENCY: '8',
    OPENTIP_TIMEOUT_MS: '10000',
    WARNINGLIST_FILTERS: LIST_FILTERS,
    WARNINGLIST_MAX_ENTRIES: '0',
    MAX_ATTRIBUTES_PER_EVENT: String(o.cap),
    SCHEDULE: '',
    CATCH_UP_DAYS: '0',
    TIME_ZONE: 'UTC',
    CURATION_ACTION: o.curation ?? 'soft-delete',
    DRY_RUN: 'false',
    CURATION_MAX_ACTIONS_PER_DAY: '1000000000',
    CURATION_MAX_RATIO: String(MAX_RATIO),
    // These scenarios curate from their first day; the first-day hold of new lists has its own tests.
    CURATION_TRUST_NEW_LISTS: 'true',
  });
  return env;
}

/** A community whose sync user MISP no longer knows: every run notes it (once). */
export const DEPARTED_SYNC_USER = 'sync@departed.example';

/** Migrates a new database, registers the communities' sync users and queues the backfill, as an operator would. */
export async function prepareDatabase(path: string, world: World, o: ScenarioOptions): Promise<number> {
  const { prisma } = await openDatabase(path);
  try {
    for (const n of registered(o)) await addSyncUser(prisma, world.misp.keys.syncEmails[n - 1]!, `community-${n}`);
    await addSyncUser(prisma, DEPARTED_SYNC_USER, 'community-departed');
    const run = await enqueueRun(prisma, { kind: 'BACKFILL', fromDay: o.startDate, toDay: lastDay(o), trigger: 'CLI', dryRun: false, curate: true }, { timeZone: 'UTC', dryRun: false });
    return run.id;
  } finally {
    await prisma.$disconnect();
  }
}

export interface RunRow {
  id: number;
  status: string;
  error: string | null;
  notes: string | null;
  currentDay: string | null;
  daysDone: number;
  daysTotal: number;
  attributesProcessed: number;
  warninglistFalsePositives: number;
  reputationFalsePositives: number;
  curationPlanned: number;
  curationDone: number;
  curationFailed: number;
}

export interface CurationRow {
  id: number;
  attribute: string;
  day: string;
  status: string;
  action: string;
  error: string | null;
}

export interface Snapshot {
  run: RunRow;
  /** `day|alias` (a day's row), `day|alias|type:T` and `day|alias|creator:C` (its breakdowns) → counts. */
  counts: Map<string, Counts>;
  /** `day|alias` → how many DailyContribution rows (1 each, or a day was lost or doubled). */
  dayRows: Map<string, number>;
  curation: CurationRow[];
}

/** The run's results, read straight from the SQLite file (read-only). */
export function readSnapshot(path: string, runId: number): Snapshot {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const run = db.prepare(`SELECT id, status, error, notes, currentDay, ${RUN_FIELDS.join(', ')} FROM PipelineRun WHERE id = ?`).get(runId) as RunRow | undefined;
    if (!run) throw new Error(`run ${runId} is not in ${path}`);
    const fields = COUNT_FIELDS.map((f) => `x.${f} AS ${f}`).join(', ');
    const counts = new Map<string, Counts>();
    const dayRows = new Map<string, number>();
    const pick = (r: Record<string, unknown>) => Object.fromEntries(COUNT_FIELDS.map((f) => [f, Number(r[f])])) as Counts;
    for (const r of db.prepare(`SELECT x.day AS day, o.alias AS alias, ${fields} FROM DailyContribution x JOIN Organization o ON o.id = x.organizationId`).all() as Record<string, unknown>[]) {
      const key = `${r.day}|${r.alias}`;
      dayRows.set(key, (dayRows.get(key) ?? 0) + 1);
      counts.set(key, pick(r));
    }
    const breakdowns = [
      ['ContributionTypeBreakdown', 'attributeType', 'type'],
      ['ContributionCreatorBreakdown', 'creatorOrgId', 'creator'],
    ] as const;
    for (const [table, column, label] of breakdowns) {
      const rows = db
        .prepare(
          `SELECT c.day AS day, o.alias AS alias, x.${column} AS k, ${fields} FROM ${table} x JOIN DailyContribution c ON c.id = x.contributionId JOIN Organization o ON o.id = c.organizationId`,
        )
        .all() as Record<string, unknown>[];
      for (const r of rows) counts.set(`${r.day}|${r.alias}|${label}:${r.k}`, pick(r));
    }
    const curation = db.prepare('SELECT id, mispAttributeId AS attribute, day, status, action, error FROM CurationLog WHERE runId = ? ORDER BY id').all(runId) as CurationRow[];
    return { run, counts, dayRows, curation };
  } finally {
    db.close();
  }
}

export interface CleanRun {
  snapshot: Snapshot;
  durationMs: number;
  /** What the clean run asked of the simulators: the soak aims its kills with these. */
  searchPages: number;
  lookups: number;
  /** MISP changes curation made: deletes, or sightings in the sighting scenario. */
  actions: number;
  /** Differences between the clean run and the ground truth (test/pipeline/expected.ts). */
  expectationMismatches: string[];
}

/** The scenario's backfill in a fresh world and database, no faults, no kills, in this process. */
export async function cleanRun(o: ScenarioOptions): Promise<CleanRun> {
  const world = await startWorld(o);
  const dir = soakDir('mtc-soak-clean-');
  try {
    const path = join(dir, 'clean.db');
    const runId = await prepareDatabase(path, world, o);
    // The independent expectation, from the simulators' ground truth before anything is curated.
    const definitions = world.misp.warninglists.index().Warninglists.map((w) => parseListJson(w.Warninglist.id, world.misp.warninglists.export(Number(w.Warninglist.id)), w.Warninglist.name));
    const reference = new ReferenceMatcher(selectWarninglists(definitions, { filterWords: LIST_FILTERS.split(','), maxEntries: 0 }).selected);
    const expected = daysBetween(o.startDate, lastDay(o)).map((day) => ({ day, ...expectedDay(world.misp, world.opentip, reference, day, registered(o), o.cap) }));

    const { prisma } = await openDatabase(path);
    const config = loadConfig({ ...serviceSettings(world, o, path), LOG_LEVEL: 'silent' });
    const deps = createPipelineDeps(prisma, config, silentLogger);
    const started = Date.now();
    try {
      const claimed = await claimNextRun(prisma);
      if (claimed?.id !== runId) throw new Error('the clean run was not the one queued');
      const end = await executeRun(deps, claimed);
      if (end !== 'succeeded') throw new Error(`the clean run ${end}: ${(await prisma.pipelineRun.findUnique({ where: { id: runId } }))?.error}`);
    } finally {
      await closePipelineDeps(deps);
      await prisma.$disconnect();
    }
    const durationMs = Date.now() - started;
    const snapshot = readSnapshot(path, runId);

    const mismatches: string[] = [];
    const curated = new Set(snapshot.curation.filter((c) => c.status === 'DONE').map((c) => c.attribute));
    const falsePositives = new Set<string>();
    for (const { day, counts, falsePositiveIds } of expected) {
      // Curated: the false positives of the communities whose share stays under CURATION_MAX_RATIO.
      const refused = new Set(
        [...counts]
          .filter(([, c]) => {
            const fp = c.warninglistFalsePositives + c.reputationFalsePositives;
            return fp > 0 && fp / c.evaluated > MAX_RATIO;
          })
          .map(([n]) => n),
      );
      for (const id of falsePositiveIds) {
        const owner = world.misp.dataset.attribute(Number(id))!.ownerOrgId;
        if (!refused.has(owner / 100)) falsePositives.add(id);
      }
      for (const [n, want] of counts) {
        const got = snapshot.counts.get(`${day}|community-${n}`);
        for (const f of COUNT_FIELDS) if (got?.[f] !== want[f]) mismatches.push(`${day} community-${n} ${f}: ground truth ${want[f]}, clean run ${got?.[f]}`);
      }
    }
    if (curated.size !== falsePositives.size || [...falsePositives].some((id) => !curated.has(id))) {
      mismatches.push(`clean run curated ${curated.size} attributes, the ground truth has ${falsePositives.size} false positives to curate`);
    }
    return {
      snapshot,
      durationMs,
      searchPages: world.misp.requestCounts.get('/attributes/restSearch') ?? 0,
      lookups: world.opentip.counters.requests,
      actions: world.misp.mutations.filter((m) => m.action === (o.curation ?? 'soft-delete') && m.status === 200).length,
      expectationMismatches: mismatches,
    };
  } finally {
    await world.close();
    removeSoakDir(dir);
  }
}
