// Seeds pre-computed daily rows directly, consistent with the design notes' invariants.
import type { Db } from '../../src/db/client.js';

export interface DayCounts {
  capped?: number;
  wl?: number;
  rep?: number;
  mal?: number;
  unk?: number;
  unch?: number;
}

/** The full row of counts: evaluated and valid derived as the design notes define them. */
export function countsRow(c: DayCounts) {
  const [capped, wl, rep, mal, unk, unch] = [c.capped ?? 0, c.wl ?? 0, c.rep ?? 0, c.mal ?? 0, c.unk ?? 0, c.unch ?? 0];
  const evaluated = wl + rep + mal + unk + unch;
  return {
    seen: evaluated + capped,
    capped,
    evaluated,
    warninglistFalsePositives: wl,
    reputationFalsePositives: rep,
    confirmedMalicious: mal,
    unknown: unk,
    unchecked: unch,
    valid: mal + unk + unch,
  };
}

export async function organization(prisma: Db, alias: string) {
  return prisma.organization.create({ data: { alias } });
}

/**
 * One community's day, split into two attribute types (ip-dst gets the warninglist hits and
 * the malicious ones, domain the rest) and two creators (its own org "1" and "2"), so the
 * breakdowns sum to the row.
 */
export async function seedDay(prisma: Db, organizationId: number, day: string, c: DayCounts) {
  const { capped, wl, rep, mal, unk, unch } = { capped: 0, wl: 0, rep: 0, mal: 0, unk: 0, unch: 0, ...c };
  return prisma.dailyContribution.create({
    data: {
      organizationId,
      day,
      ...countsRow(c),
      types: {
        create: [
          { attributeType: 'ip-dst', ...countsRow({ capped, wl, mal }) },
          { attributeType: 'domain', ...countsRow({ rep, unk, unch }) },
        ],
      },
      creators: {
        create: [
          { creatorOrgId: '1', creatorOrgName: 'Self', ...countsRow({ capped, wl, rep }) },
          { creatorOrgId: '2', creatorOrgName: 'Partner', ...countsRow({ mal, unk, unch }) },
        ],
      },
    },
  });
}

/**
 * A harmless commit, so the next read is computed rather than answered from the read cache
 * (the statement-count tests measure the computation).
 */
export async function touch(prisma: Db) {
  await prisma.reputationUsage.upsert({
    where: { provider_day: { provider: 'test-touch', day: '2000-01-01' } },
    create: { provider: 'test-touch', day: '2000-01-01', lookups: 1 },
    update: { lookups: { increment: 1 } },
  });
}
