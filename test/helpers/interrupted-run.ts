// A run whose process died after committing a day's counts and curation plan (its rows PLANNED),
// MISP having acted on some of them already; and what must hold once a restarted service resumes it.
import { expect } from 'vitest';
import type { CurationLog } from '../../src/generated/prisma/client.js';
import type { CurationAction } from '../../src/generated/prisma/enums.js';
import { classifyDay } from '../../src/pipeline/classify-day.js';
import { planCuration } from '../../src/pipeline/curation-plan.js';
import { claimNextRun, enqueueRun, executeRun, requeueInterrupted, type PipelineDeps } from '../../src/pipeline/index.js';
import { resolveCommunities } from '../../src/pipeline/resolve-users.js';
import { writeDay } from '../../src/pipeline/write-day.js';

/** What the process did before it died: claimed a one-day run, counted the day and committed its plan. Returns the run and its planned rows, in id order. */
export async function plannedDay(deps: PipelineDeps, day: string, action: CurationAction): Promise<{ runId: number; planned: CurationLog[] }> {
  const { prisma, config } = deps;
  const misp = deps.misp!;
  const queued = await enqueueRun(prisma, { kind: 'DAILY', fromDay: day, toDay: day, trigger: 'CLI', dryRun: false, curate: true }, { timeZone: 'UTC', dryRun: false });
  const run = (await claimNextRun(prisma))!;
  expect(run.id).toBe(queued.id);
  const communities = await resolveCommunities(prisma, misp, deps.logger);
  const { engine } = await deps.warninglists.load();
  const classified = await classifyDay({
    misp,
    engine,
    reputation: deps.reputation,
    communities: communities.byMispOrgId,
    day,
    timeZone: 'UTC',
    skippedTypes: config.skippedTypes,
    maxAttributesPerEvent: config.maxAttributesPerEvent,
    pageSize: config.mispPageSize,
  });
  const plan = planCuration(classified, { actions: [action], maxRatio: 1, maxActionsPerDay: 100000 });
  await writeDay(prisma, { runId: run.id, day: classified, organizationIds: communities.organizationIds, plan });
  const planned = await prisma.curationLog.findMany({ where: { runId: run.id }, orderBy: { id: 'asc' } });
  return { runId: run.id, planned };
}

/**
 * The restart: the interrupted run goes back to the queue and resumes to success, every planned row
 * ends DONE, and MISP acted on each planned attribute exactly once, whether before the death or after.
 * `actedOn`: after the resumption, the attribute id of each action MISP took (one entry per action).
 */
export async function expectResumedOncePerAttribute(deps: PipelineDeps, runId: number, planned: CurationLog[], actedOn: () => string[]): Promise<void> {
  const { prisma } = deps;
  expect(await requeueInterrupted(prisma)).toBe(1);
  const resumed = (await claimNextRun(prisma))!;
  expect(await executeRun(deps, resumed)).toBe('succeeded');

  const rows = await prisma.curationLog.findMany({ where: { runId } });
  expect(rows).toHaveLength(planned.length);
  expect(rows.every((r) => r.status === 'DONE')).toBe(true);
  const perAttribute = new Map<string, number>();
  for (const attribute of actedOn()) perAttribute.set(attribute, (perAttribute.get(attribute) ?? 0) + 1);
  expect([...perAttribute.values()].every((n) => n === 1)).toBe(true);
  expect(new Set(perAttribute.keys())).toEqual(new Set(planned.map((p) => p.mispAttributeId)));
}
