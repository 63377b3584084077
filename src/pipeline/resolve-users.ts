// Step 1 of a run: match every registered sync user with its MISP user and organisation.
import type { Logger } from '../log/logger.js';
import type { Db } from '../db/client.js';
import type { MispClient } from '../misp/index.js';

export interface Communities {
  /** MISP organisation id (Event.org_id) → local Organization id. */
  byMispOrgId: Map<string, number>;
  /** Local ids of every community with at least one resolved sync user. */
  organizationIds: number[];
  unresolved: { email: string; status: string }[];
}

export async function resolveCommunities(prisma: Db, misp: MispClient, logger: Logger): Promise<Communities> {
  const users = await prisma.syncUser.findMany({ include: { organization: true }, orderBy: { id: 'asc' } });
  const byMispOrgId = new Map<string, number>();
  const unresolved: Communities['unresolved'] = [];
  const now = new Date();
  for (const user of users) {
    const resolution = await misp.resolveSyncUser(user.email);
    if (resolution.status === 'resolved') {
      const org = resolution.organisation;
      const claimedBy = byMispOrgId.get(org.id);
      if (claimedBy !== undefined && claimedBy !== user.organizationId) {
        // Two communities cannot share a MISP organisation: attributes could not be told apart.
        await prisma.syncUser.update({
          where: { id: user.id },
          data: { status: 'NOT_SYNC_USER', statusDetail: `Its MISP organisation "${org.name}" already belongs to another community.`, lastCheckedAt: now },
        });
        unresolved.push({ email: user.email, status: 'conflict' });
        continue;
      }
      byMispOrgId.set(org.id, user.organizationId);
      await prisma.$transaction([
        prisma.syncUser.update({
          where: { id: user.id },
          data: { status: 'RESOLVED', statusDetail: null, mispUserId: resolution.user.id, mispRoleName: resolution.role.name, lastCheckedAt: now },
        }),
        prisma.organization.updateMany({ where: { mispOrgId: org.id, id: { not: user.organizationId } }, data: { mispOrgId: null } }),
        prisma.organization.update({ where: { id: user.organizationId }, data: { mispOrgId: org.id, mispOrgUuid: org.uuid ?? null, mispOrgName: org.name } }),
      ]);
    } else if (resolution.status === 'not_found') {
      await prisma.syncUser.update({
        where: { id: user.id },
        data: { status: 'NOT_FOUND', statusDetail: 'No MISP user has this e-mail; check it with the community.', lastCheckedAt: now },
      });
      unresolved.push({ email: user.email, status: 'not found' });
    } else {
      await prisma.syncUser.update({
        where: { id: user.id },
        data: {
          status: 'NOT_SYNC_USER',
          statusDetail: `The MISP user's role "${resolution.role?.name ?? 'unknown'}" is not a sync role; its events are not counted.`,
          mispUserId: resolution.user.id,
          mispRoleName: resolution.role?.name ?? null,
          lastCheckedAt: now,
        },
      });
      unresolved.push({ email: user.email, status: 'not a sync user' });
    }
  }
  if (unresolved.length > 0) logger.warn({ unresolved }, 'some sync users could not be matched in MISP; their communities are skipped');
  return { byMispOrgId, organizationIds: [...new Set(byMispOrgId.values())].sort((a, b) => a - b), unresolved };
}
