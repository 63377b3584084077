// What a run settles once per attempt, before its first day: MISP, its days, the communities (the
// sync users resolved) and their aliases, the warninglists, and the curation actions.
import type { PipelineRun } from '../generated/prisma/client.js';
import type { CurationAction } from '../generated/prisma/enums.js';
import type { Logger } from '../log/logger.js';
import type { MispClient } from '../misp/index.js';
import type { WarninglistEngine } from '../warninglists/index.js';
import { curationActions } from './curation-actions.js';
import type { CurateOptions } from './curate.js';
import { daysBetween, requireEndedDay } from './days.js';
import { requireMisp, type PipelineDeps } from './deps.js';
import { resolveCommunities, type Communities } from './resolve-users.js';
import type { RunNotes } from './run-notes.js';
import type { LoadedWarninglists } from './warninglists.js';

export interface RunSetup {
  misp: MispClient;
  days: string[];
  communities: Communities;
  /** Local community id → alias, for the notes. */
  aliases: Map<number, string>;
  engine: WarninglistEngine;
  source: LoadedWarninglists['source'];
  /** `[REPORT_ONLY]` on a dry run. */
  actions: readonly CurationAction[];
  /** Whether the actions change MISP (not only report). */
  acts: boolean;
  curateOptions: CurateOptions;
}

export async function prepareRun(deps: PipelineDeps, claimed: PipelineRun, notes: RunNotes, log: Logger): Promise<RunSetup> {
  const { prisma, config } = deps;
  // DRY_RUN set after the run was queued: the run says what it does.
  if (config.dryRun && !claimed.dryRun) await prisma.pipelineRun.update({ where: { id: claimed.id }, data: { dryRun: true } });
  const misp = requireMisp(deps);
  const days = daysBetween(claimed.fromDay, claimed.toDay);
  const communities = await resolveCommunities(prisma, misp, log);
  for (const u of communities.unresolved) notes.add(`sync user ${u.email}: ${u.status}`);
  const aliases = new Map((await prisma.organization.findMany({ where: { id: { in: communities.organizationIds } } })).map((o) => [o.id, o.alias]));
  const { engine, source } = await deps.warninglists.load();
  const dryRun = claimed.dryRun || config.dryRun;
  // Runs queued by an older version may hold days that have not ended: refused here too.
  requireEndedDay(claimed.toDay, config.timeZone, new Date(), 'to');
  const actions = dryRun ? (['REPORT_ONLY'] as const) : curationActions(config);
  return { misp, days, communities, aliases, engine, source, actions, acts: !actions.includes('REPORT_ONLY'), curateOptions: { sightingSource: config.sightingSource } };
}
