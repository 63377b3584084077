// Steps 3–5 of a run's day: classify it, decide which warninglists may curate it, plan its
// curation, and commit the counts, the plan and the day's notes in one transaction (write-day.ts).
import type { PipelineRun } from '../generated/prisma/client.js';
import type { Logger } from '../log/logger.js';
import { classifyDay } from './classify-day.js';
import { planCuration, type CurationPlan } from './curation-plan.js';
import type { PipelineDeps } from './deps.js';
import { describeRefusedLists, guardLists } from './list-guard.js';
import type { RunNotes } from './run-notes.js';
import type { RunSetup } from './run-setup.js';
import { writeDay } from './write-day.js';

export interface DayProgress {
  day: string;
  fetched: number;
  lookupsDone: number;
  /** 0 until the day's lookup pass starts. */
  lookupsTotal: number;
}

export interface DayToCount {
  /** The run's row as read before the day. */
  run: PipelineRun;
  day: string;
  notes: RunNotes;
  log: Logger;
  /** When the day's work began (Date.now()): its log line says how long it took. */
  started: number;
  onProgress?: (progress: DayProgress) => void;
}

function describeSuspicious(plan: CurationPlan, aliases: Map<number, string>, day: string): string[] {
  const notes = plan.suspicious.map(
    (s) =>
      `${day}: curation refused for "${aliases.get(s.organizationId) ?? s.organizationId}": ${s.falsePositives} of ${s.evaluated} attributes ` +
      `(${(s.ratio * 100).toFixed(1)}%) are false positives, above CURATION_MAX_RATIO; check the warninglists before curating this community.`,
  );
  if (plan.overLimit) {
    notes.push(
      `${day}: curation skipped: the day needs ${plan.overLimit.wanted} actions, more than CURATION_MAX_ACTIONS_PER_DAY (${plan.overLimit.allowed}); check the lists, or raise the limit and run the day again.`,
    );
  }
  return notes;
}

/** Values OpenTIP gave no verdict on count as unknown or unchecked, never as false positives: say so, so the day is run again. */
function describeReputationGaps(day: string, errors: number, unchecked: number): string {
  const gaps = [
    ...(errors > 0 ? [`${errors} OpenTIP lookups failed after retries (counted unknown)`] : []),
    ...(unchecked > 0 ? [`${unchecked} values were not looked up because OpenTIP's quota or OPENTIP_DAILY_BUDGET was spent (counted unchecked)`] : []),
  ];
  return `${day}: ${gaps.join('; ')}; run the day again later to check them.`;
}

export async function countDay(deps: PipelineDeps, setup: RunSetup, { run, day, notes, log, started, onProgress }: DayToCount): Promise<void> {
  const { prisma, config } = deps;
  const { engine, communities } = setup;
  let live: DayProgress = { day, fetched: 0, lookupsDone: 0, lookupsTotal: 0 };
  const classified = await classifyDay({
    misp: setup.misp,
    engine,
    reputation: deps.reputation,
    communities: communities.byMispOrgId,
    day,
    timeZone: config.timeZone,
    skippedTypes: config.skippedTypes,
    maxAttributesPerEvent: config.maxAttributesPerEvent,
    pageSize: config.mispPageSize,
    keepFalsePositives: run.curate,
    onProgress: (fetched) => {
      live = { ...live, fetched };
      onProgress?.(live);
    },
    onLookups: (lookupsDone, lookupsTotal) => {
      live = { ...live, lookupsDone, lookupsTotal };
      onProgress?.(live);
    },
  });
  const guard = run.curate ? await guardLists(prisma, setup.source, engine, classified, config) : null;
  const plan = guard
    ? planCuration(classified, { actions: [...setup.actions], maxRatio: config.curationMaxRatio, maxActionsPerDay: config.curationMaxActionsPerDay, blockedLists: guard.blocked })
    : null;
  if (guard) for (const line of [...describeRefusedLists(engine), ...guard.notes]) notes.add(line);
  if (plan) for (const line of describeSuspicious(plan, setup.aliases, day)) notes.add(line);
  const { errors, unchecked } = classified.reputation;
  if (errors > 0 || unchecked > 0) notes.add(describeReputationGaps(day, errors, unchecked));
  // The day's notes commit with its counts: a resumed run does not classify the day again.
  await writeDay(prisma, { runId: run.id, day: classified, organizationIds: communities.organizationIds, plan, notes: notes.text(), ...(guard && { also: guard.record }) });
  const totals = [...classified.tallies.values()].reduce(
    (acc, t) => ({ evaluated: acc.evaluated + t.total.evaluated, valid: acc.valid + t.total.valid, fp: acc.fp + t.total.warninglistFalsePositives + t.total.reputationFalsePositives }),
    { evaluated: 0, valid: 0, fp: 0 },
  );
  log.info({ day, fetched: classified.fetched, ...totals, planned: plan?.candidates.size ?? 0, ms: Date.now() - started }, 'day counted');
}
