// Undoing a curation action: a soft-deleted attribute comes back in MISP, a false-positive sighting
// is deleted; the log row is marked restored.
import type { Db } from '../db/client.js';
import { ConflictError, NotFoundError } from '../errors.js';
import type { CurationLog } from '../generated/prisma/client.js';
import { MispNotFoundError, type MispClient } from '../misp/index.js';

export async function restoreCuratedAttribute(prisma: Db, misp: MispClient, curationLogId: number): Promise<CurationLog> {
  const row = await prisma.curationLog.findUnique({ where: { id: curationLogId } });
  if (!row) throw new NotFoundError(`No curation log row has id ${curationLogId}.`);
  if (row.action !== 'SOFT_DELETE' && row.action !== 'SIGHTING') {
    throw new ConflictError(`Log row ${curationLogId} is a ${row.action.toLowerCase().replace('_', ' ')}, not a soft delete or a sighting; only those can be undone.`);
  }
  if (row.status === 'RESTORED') throw new ConflictError(`Attribute ${row.mispAttributeId} was already restored (log row ${curationLogId}).`);
  if (row.status !== 'DONE') throw new ConflictError(`Log row ${curationLogId} is ${row.status.toLowerCase()}: MISP was not changed, so there is nothing to restore.`);
  if (row.action === 'SIGHTING') return unsight(prisma, misp, row);
  await misp.restoreAttribute(row.mispAttributeId);
  return prisma.curationLog.update({ where: { id: row.id }, data: { status: 'RESTORED', restoredAt: new Date() } });
}

/**
 * Deletes the row's sighting. One sighting can be the DONE outcome of several rows (a day run again
 * finds the sighting the first run made): all of them are marked restored. A sighting MISP no longer
 * has (deleted by hand) leaves nothing to undo: the rows are marked restored all the same.
 */
async function unsight(prisma: Db, misp: MispClient, row: CurationLog): Promise<CurationLog> {
  const sightingId = row.mispSightingId;
  if (!sightingId) throw new ConflictError(`Log row ${row.id} does not record which sighting MISP made, so it cannot be deleted from here; delete it in MISP.`);
  try {
    await misp.deleteSighting(sightingId);
  } catch (error) {
    if (!(error instanceof MispNotFoundError)) throw error;
  }
  const restoredAt = new Date();
  await prisma.curationLog.updateMany({ where: { action: 'SIGHTING', status: 'DONE', mispSightingId: sightingId, id: { not: row.id } }, data: { status: 'RESTORED', restoredAt } });
  return prisma.curationLog.update({ where: { id: row.id }, data: { status: 'RESTORED', restoredAt } });
}
