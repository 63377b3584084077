// Executes one run, a day at a time. Each day commits whole; progress, cancellation and resumption
// work in whole days, so a run interrupted anywhere continues with the day it was on.
import { databaseProblem } from '../db/errors.js';
import type { PipelineRun } from '../generated/prisma/client.js';
import { ReputationAuthError } from '../reputation/index.js';
import { classifyDay } from './classify-day.js';
import { curationActions } from './curation-actions.js';
import { planCuration, type CurationPlan } from './curation-plan.js';
import { executePlanned, settleUnknownOutcomes } from './curate.js';
import { daysBetween, requireEndedDay } from './days.js';
import { requireMisp, type PipelineDeps } from './deps.js';
import { describeRefusedLists, guardLists } from './list-guard.js';
import { resolveCommunities } from './resolve-users.js';
import { writeDay } from './write-day.js';

export interface ExecuteOptions {
  /** Aborting stops the run after the current day and leaves it queued, to resume later. */
  signal?: AbortSignal;
  /** The day in progress, before it commits: attributes read so far, then OpenTIP lookups as they end. */
  onProgress?: (progress: DayProgress) => void;
}

export interface DayProgress {
  day: string;
  fetched: number;
  lookupsDone: number;
  /** 0 until the day's lookup pass starts. */
  lookupsTotal: number;
}

export type RunEnd = 'succeeded' | 'failed' | 'cancelled' | 'interrupted';

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

export async function executeRun(deps: PipelineDeps, claimed: PipelineRun, options: ExecuteOptions = {}): Promise<RunEnd> {
  const { prisma, config, logger } = deps;
  const log = logger.child({ run: claimed.id });
  // Notes an interrupted attempt of this run saved are kept; a line is noted once however often it resumes.
  const notes: string[] = claimed.notes ? claimed.notes.split('\n') : [];
  const note = (line: string) => {
    if (!notes.includes(line)) notes.push(line);
  };
  const notesText = () => notes.join('\n') || null;
  try {
    // DRY_RUN set after the run was queued: the run says what it does.
    if (config.dryRun && !claimed.dryRun) await prisma.pipelineRun.update({ where: { id: claimed.id }, data: { dryRun: true } });
    const misp = requireMisp(deps);
    const days = daysBetween(claimed.fromDay, claimed.toDay);
    const communities = await resolveCommunities(prisma, misp, log);
    for (const u of communities.unresolved) note(`sync user ${u.email}: ${u.status}`);
    const aliases = new Map((await prisma.organization.findMany({ where: { id: { in: communities.organizationIds } } })).map((o) => [o.id, o.alias]));
    const { engine, source } = await deps.warninglists.load();
    const dryRun = claimed.dryRun || config.dryRun;
    // Runs queued by an older version may hold days that have not ended: refused here too.
    requireEndedDay(claimed.toDay, config.timeZone, new Date(), 'to');
    const actions = dryRun ? (['REPORT_ONLY'] as const) : curationActions(config);
    const acts = !actions.includes('REPORT_ONLY');
    const curateOptions = { sightingSource: config.sightingSource };

    for (let i = claimed.daysDone; i < days.length; i++) {
      const run = await prisma.pipelineRun.findUniqueOrThrow({ where: { id: claimed.id } });
      if (run.cancelRequested) {
        await prisma.pipelineRun.update({
          where: { id: run.id },
          data: { status: 'CANCELLED', finishedAt: new Date(), currentDay: null, notes: notesText() },
        });
        log.info({ daysDone: i }, 'run cancelled');
        return 'cancelled';
      }
      if (options.signal?.aborted) {
        await prisma.pipelineRun.update({ where: { id: run.id }, data: { status: 'QUEUED', notes: notesText() } });
        return 'interrupted';
      }
      const day = days[i]!;
      await prisma.pipelineRun.update({ where: { id: run.id }, data: { currentDay: day, heartbeatAt: new Date() } });
      const started = Date.now();
      if (run.curate && acts) await settleUnknownOutcomes(prisma, misp, day, log, curateOptions);
      // The counts of a day commit with its curation plan: if this run already wrote them, only
      // the planned actions are left to do.
      const written = await prisma.dailyContribution.findFirst({ where: { day, runId: run.id }, select: { id: true } });
      if (!written) {
        let live: DayProgress = { day, fetched: 0, lookupsDone: 0, lookupsTotal: 0 };
        const classified = await classifyDay({
          misp,
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
            options.onProgress?.(live);
          },
          onLookups: (lookupsDone, lookupsTotal) => {
            live = { ...live, lookupsDone, lookupsTotal };
            options.onProgress?.(live);
          },
        });
        const guard = run.curate ? await guardLists(prisma, source, engine, classified, config) : null;
        const plan = guard
          ? planCuration(classified, { actions: [...actions], maxRatio: config.curationMaxRatio, maxActionsPerDay: config.curationMaxActionsPerDay, blockedLists: guard.blocked })
          : null;
        if (guard) for (const line of [...describeRefusedLists(engine), ...guard.notes]) note(line);
        if (plan) for (const line of describeSuspicious(plan, aliases, day)) note(line);
        const { errors, unchecked } = classified.reputation;
        if (errors > 0 || unchecked > 0) note(describeReputationGaps(day, errors, unchecked));
        // The day's notes commit with its counts: a resumed run does not classify the day again.
        await writeDay(prisma, { runId: run.id, day: classified, organizationIds: communities.organizationIds, plan, notes: notesText(), ...(guard && { also: guard.record }) });
        const totals = [...classified.tallies.values()].reduce(
          (acc, t) => ({ evaluated: acc.evaluated + t.total.evaluated, valid: acc.valid + t.total.valid, fp: acc.fp + t.total.warninglistFalsePositives + t.total.reputationFalsePositives }),
          { evaluated: 0, valid: 0, fp: 0 },
        );
        log.info({ day, fetched: classified.fetched, ...totals, planned: plan?.candidates.size ?? 0, ms: Date.now() - started }, 'day counted');
      }
      if (run.curate && acts) {
        const outcome = await executePlanned(prisma, misp, run.id, day, log, curateOptions);
        if (outcome.done + outcome.failed > 0) log.info({ day, ...outcome }, 'day curated');
      }
      const [done, failed] = await Promise.all([
        prisma.curationLog.count({ where: { runId: run.id, status: { in: ['DONE', 'RESTORED'] }, action: { not: 'REPORT_ONLY' } } }),
        prisma.curationLog.count({ where: { runId: run.id, status: 'FAILED' } }),
      ]);
      await prisma.pipelineRun.update({
        where: { id: run.id },
        data: { daysDone: i + 1, curationDone: done, curationFailed: failed, heartbeatAt: new Date(), notes: notesText() },
      });
    }
    await prisma.pipelineRun.update({
      where: { id: claimed.id },
      data: { status: 'SUCCEEDED', finishedAt: new Date(), currentDay: null, notes: notesText() },
    });
    log.info('run succeeded');
    return 'succeeded';
  } catch (error) {
    const message = databaseProblem(error) ?? (error instanceof ReputationAuthError || error instanceof Error ? error.message : `Unexpected failure: ${String(error)}`);
    await prisma.pipelineRun.update({
      where: { id: claimed.id },
      data: { status: 'FAILED', finishedAt: new Date(), error: message, notes: notesText() },
    });
    log.error({ err: message }, 'run failed');
    return 'failed';
  }
}
