// Registering the sync users through which communities push their events (the original's add_user.py).
import type { Db } from '../db/client.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { normaliseAlias, normaliseEmail } from './validation.js';

/**
 * Registers a sync user for a community, creating the community on first use. The user is
 * matched against MISP on the next run (status PENDING until then).
 */
export async function addSyncUser(prisma: Db, emailInput: string, aliasInput: string) {
  const email = normaliseEmail(emailInput);
  const alias = normaliseAlias(aliasInput);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.syncUser.findUnique({ where: { email }, include: { organization: true } });
    if (existing) {
      throw new ConflictError(`${email} is already registered for community "${existing.organization.alias}". Remove it first to move it to another community.`);
    }
    const organization = await tx.organization.upsert({ where: { alias }, create: { alias }, update: {} });
    return tx.syncUser.create({ data: { email, organizationId: organization.id }, include: { organization: true } });
  });
}

/** Unregisters a sync user. The community and its history stay. */
export async function removeSyncUser(prisma: Db, emailInput: string) {
  const email = normaliseEmail(emailInput);
  const existing = await prisma.syncUser.findUnique({ where: { email }, include: { organization: true } });
  if (!existing) throw new NotFoundError(`No sync user ${email} is registered. List them with \`misp-topcontrib users\`.`);
  await prisma.syncUser.delete({ where: { id: existing.id } });
  return existing;
}

export async function listSyncUsers(prisma: Db) {
  return prisma.syncUser.findMany({ include: { organization: true }, orderBy: [{ organization: { alias: 'asc' } }, { email: 'asc' }] });
}
