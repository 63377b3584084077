// Communities themselves (sync users are in sync-users.ts).
import type { Db } from '../db/client.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { normaliseAlias } from './validation.js';

/**
 * Gives the community `alias` the alias `newAliasInput`; its history follows it, being keyed by
 * id. Renaming to its own alias changes nothing. NotFoundError / ConflictError (alias taken).
 */
export async function renameOrganization(prisma: Db, alias: string, newAliasInput: string) {
  const newAlias = normaliseAlias(newAliasInput, 'newAlias');
  const current = await prisma.organization.findUnique({ where: { alias: alias.trim() } });
  if (!current) throw new NotFoundError(`No community has the alias "${alias}".`);
  const taken = await prisma.organization.findUnique({ where: { alias: newAlias } });
  if (taken && taken.id !== current.id) throw new ConflictError(`The alias "${newAlias}" is already used by another community.`);
  return prisma.organization.update({ where: { id: current.id }, data: { alias: newAlias } });
}
