// Step 5 and the first half of step 6: a day's counts, their breakdowns and the curation plan
// commit in one transaction that replaces any earlier result for that day. A crash before the
// commit leaves the day as it was; after it, the day's counts stand and its planned rows resume.
import type { Db } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { ClassifiedDay } from './classify-day.js';
import type { CurationPlan } from './curation-plan.js';
import type { Counts } from './tally.js';

const CHUNK = 500;

export interface WriteDayInput {
  runId: number;
  day: ClassifiedDay;
  /** Every community with a resolved sync user: each gets a row, zeros included. */
  organizationIds: number[];
  /** null when the run does not curate. */
  plan: CurationPlan | null;
  /** The run's notes, this day's included: they commit with the day. */
  notes?: string | null;
  /** More to commit with the day (what the list guard records). */
  also?: (tx: Prisma.TransactionClient) => Promise<void>;
}

function* chunks<T>(items: Iterable<T>): Generator<T[]> {
  let part: T[] = [];
  for (const item of items) {
    part.push(item);
    if (part.length === CHUNK) {
      yield part;
      part = [];
    }
  }
  if (part.length > 0) yield part;
}

export async function writeDay(prisma: Db, { runId, day, organizationIds, plan, notes, also }: WriteDayInput): Promise<void> {
  const totals = { warninglist: 0, reputation: 0 };
  await prisma.$transaction(
    async (tx) => {
      await tx.dailyContribution.deleteMany({ where: { day: day.day, organizationId: { in: organizationIds } } });
      for (const organizationId of organizationIds) {
        const tally = day.tallies.get(organizationId);
        const total: Counts | undefined = tally?.total;
        const row = await tx.dailyContribution.create({
          data: {
            organizationId,
            day: day.day,
            runId,
            seen: total?.seen ?? 0,
            capped: total?.capped ?? 0,
            evaluated: total?.evaluated ?? 0,
            warninglistFalsePositives: total?.warninglistFalsePositives ?? 0,
            reputationFalsePositives: total?.reputationFalsePositives ?? 0,
            confirmedMalicious: total?.confirmedMalicious ?? 0,
            unknown: total?.unknown ?? 0,
            unchecked: total?.unchecked ?? 0,
            valid: total?.valid ?? 0,
          },
        });
        if (!tally) continue;
        totals.warninglist += tally.total.warninglistFalsePositives;
        totals.reputation += tally.total.reputationFalsePositives;
        const types = [...tally.types].map(([attributeType, c]) => ({ contributionId: row.id, attributeType, ...c }));
        for (const part of chunks(types)) await tx.contributionTypeBreakdown.createMany({ data: part });
        const creators = [...tally.creators].map(([creatorOrgId, c]) => ({ contributionId: row.id, creatorOrgId, ...c }));
        for (const part of chunks(creators)) await tx.contributionCreatorBreakdown.createMany({ data: part });
      }
      if (plan) {
        const reportOnly = plan.actions.includes('REPORT_ONLY');
        // A report is replaced by the newest one; real actions keep their history.
        if (reportOnly || plan.reportOnly.size > 0) await tx.curationLog.deleteMany({ where: { day: day.day, action: 'REPORT_ONLY' } });
        const status: 'DONE' | 'PLANNED' = reportOnly ? 'DONE' : 'PLANNED';
        // Built a chunk at a time: a day may have hundreds of thousands. An attribute's rows are
        // consecutive, in the order its actions must reach MISP (rows are acted on by id).
        const rows = (function* () {
          const parts = [
            { items: plan.candidates, actions: plan.actions, status },
            { items: plan.reportOnly, actions: ['REPORT_ONLY' as const], status: 'DONE' as const },
          ];
          for (const { items, actions, status } of parts) {
            for (const fp of items) {
              for (const action of actions) {
                yield {
                  runId,
                  day: day.day,
                  organizationId: fp.organizationId,
                  mispAttributeId: fp.attributeId,
                  mispAttributeUuid: fp.attributeUuid,
                  mispEventId: fp.eventId,
                  mispEventUuid: fp.eventUuid,
                  attributeType: fp.type,
                  value: fp.value,
                  reason: fp.reason,
                  evidence: fp.evidence,
                  action,
                  status,
                };
              }
            }
          }
        })();
        for (const part of chunks(rows)) await tx.curationLog.createMany({ data: part });
      }
      await also?.(tx);
      await tx.pipelineRun.update({
        where: { id: runId },
        data: {
          attributesProcessed: { increment: day.fetched },
          warninglistFalsePositives: { increment: totals.warninglist },
          reputationFalsePositives: { increment: totals.reputation },
          reputationLookups: { increment: day.reputation.lookups },
          curationPlanned: { increment: plan && !plan.actions.includes('REPORT_ONLY') ? plan.candidates.size * plan.actions.length : 0 },
          heartbeatAt: new Date(),
          ...(notes !== undefined && { notes }),
        },
      });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
