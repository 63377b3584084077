// Undoing a soft delete: the attribute comes back in MISP and its log row is marked restored.
import type { Db } from '../db/client.js';
import { ConflictError, NotFoundError } from '../errors.js';
import type { CurationLog } from '../generated/prisma/client.js';
import type { MispClient } from '../misp/index.js';

export async function restoreCuratedAttribute(prisma: Db, misp: MispClient, curationLogId: number): Promise<CurationLog> {
  const row = await prisma.curationLog.findUnique({ where: { id: curationLogId } });
  if (!row) throw new NotFoundError(`No curation log row has id ${curationLogId}.`);
  if (row.action !== 'SOFT_DELETE') {
    throw new ConflictError(`Log row ${curationLogId} is a ${row.action.toLowerCase().replace('_', ' ')}, not a soft delete; only soft deletes can be restored.`);
  }
  if (row.status === 'RESTORED') throw new ConflictError(`Attribute ${row.mispAttributeId} was already restored (log row ${curationLogId}).`);
  if (row.status !== 'DONE') throw new ConflictError(`Log row ${curationLogId} is ${row.status.toLowerCase()}: MISP was not changed, so there is nothing to restore.`);
  await misp.restoreAttribute(row.mispAttributeId);
  return prisma.curationLog.update({ where: { id: row.id }, data: { status: 'RESTORED', restoredAt: new Date() } });
}
