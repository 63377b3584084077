// The second half of step 6: act on MISP for each planned log row, then mark it done or failed.
// The row exists before MISP is touched, so a crash between the two leaves a planned row that
// the resumed run acts on again; MISP's 404 on a second delete then counts as done. An action
// whose answer never came is left planned the same way, for the next curating run of the day.
// A sighting is not idempotent in MISP, so it is made through ensureSighting, which first looks for
// this service's false-positive sighting on the attribute: a resumed or repeated run finds the one
// it made instead of adding another.
import type { Db } from '../db/client.js';
import type { CurationLog } from '../generated/prisma/client.js';
import type { Logger } from '../log/logger.js';
import { MispAuthenticationError, MispNotFoundError, MispPermissionError, MispUnreachableError, FALSE_POSITIVE_SIGHTING, type MispClient } from '../misp/index.js';
import { PipelineError } from './deps.js';

export const FALSE_POSITIVE_TAG = 'false-positive:risk="high"';
export const DEFAULT_SIGHTING_SOURCE = 'misp-topcontrib';

export interface CurateOptions {
  /** SIGHTING_SOURCE: the `source` of our sightings, by which the ones already made are found. */
  sightingSource?: string;
}

/** What a DONE row records besides its status. */
interface Acted {
  mispSightingId?: string;
  note?: string;
}

async function act(misp: MispClient, row: CurationLog, options: CurateOptions): Promise<Acted> {
  switch (row.action) {
    case 'SOFT_DELETE':
      await misp.softDeleteAttribute(row.mispAttributeId);
      return {};
    case 'DISABLE_IDS':
      await misp.disableIds(row.mispAttributeId);
      return {};
    case 'TAG':
      await misp.attachTag(row.mispAttributeUuid, FALSE_POSITIVE_TAG, true);
      return {};
    case 'SIGHTING': {
      const source = options.sightingSource ?? DEFAULT_SIGHTING_SOURCE;
      const { sighting, added } = await misp.ensureSighting({ attribute: row.mispAttributeId, type: FALSE_POSITIVE_SIGHTING, source });
      return {
        mispSightingId: sighting.id,
        ...(!added && { note: `MISP already had this service's false-positive sighting of this attribute (sighting ${sighting.id}, source "${source}"): none added.` }),
      };
    }
    case 'REPORT_ONLY':
      return {};
  }
}

/** Errors after which no further action can succeed: stop, and say why. */
function isFatal(error: unknown): boolean {
  return error instanceof MispAuthenticationError || error instanceof MispPermissionError || error instanceof MispUnreachableError;
}

export interface CurationOutcome {
  done: number;
  failed: number;
}

/** Starts the error of a row whose action may or may not have reached MISP: MISP never answered. */
export const OUTCOME_UNKNOWN = 'Outcome unknown:';

/** Acts on the run's planned rows of the day. */
export async function executePlanned(prisma: Db, misp: MispClient, runId: number, day: string, logger: Logger, options: CurateOptions = {}): Promise<CurationOutcome> {
  const rows = await prisma.curationLog.findMany({ where: { runId, day, status: 'PLANNED' }, orderBy: { id: 'asc' } });
  return actOn(prisma, misp, rows, day, logger, options);
}

/**
 * Acts again on the rows of the day whose outcome a run could not learn (MISP's 404 on a second
 * delete means the first was applied). Done before the day is counted again, so that an attribute
 * deleted then is not planned a second time.
 */
export async function settleUnknownOutcomes(prisma: Db, misp: MispClient, day: string, logger: Logger, options: CurateOptions = {}): Promise<CurationOutcome> {
  const rows = await prisma.curationLog.findMany({ where: { day, status: 'PLANNED', error: { startsWith: OUTCOME_UNKNOWN } }, orderBy: { id: 'asc' } });
  return actOn(prisma, misp, rows, day, logger, options);
}

async function actOn(prisma: Db, misp: MispClient, rows: CurationLog[], day: string, logger: Logger, options: CurateOptions): Promise<CurationOutcome> {
  const outcome: CurationOutcome = { done: 0, failed: 0 };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    try {
      const acted = await act(misp, row, options);
      await prisma.curationLog.update({
        where: { id: row.id },
        data: { status: 'DONE', actedAt: new Date(), error: acted.note ?? null, ...(acted.mispSightingId !== undefined && { mispSightingId: acted.mispSightingId }) },
      });
      outcome.done++;
    } catch (error) {
      if (error instanceof MispNotFoundError && row.action === 'SOFT_DELETE') {
        // Already deleted (by us before a crash, or by someone else): the goal is reached.
        await prisma.curationLog.update({
          where: { id: row.id },
          data: { status: 'DONE', actedAt: new Date(), error: 'MISP already had this attribute deleted.' },
        });
        outcome.done++;
        continue;
      }
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof MispUnreachableError) {
        // The request may have reached MISP and only the answer been lost: the row stays planned.
        await prisma.curationLog.update({
          where: { id: row.id },
          data: { error: `${OUTCOME_UNKNOWN} MISP did not answer, so it may or may not have applied this; the next curating run of this day acts again (${message})` },
        });
      } else {
        await prisma.curationLog.update({ where: { id: row.id }, data: { status: 'FAILED', actedAt: new Date(), error: message } });
        outcome.failed++;
      }
      if (isFatal(error)) {
        const rest = rows.slice(i + 1).map((r) => r.id);
        await prisma.curationLog.updateMany({
          where: { id: { in: rest }, status: 'PLANNED' },
          data: { status: 'FAILED', error: `Not attempted: curation stopped after MISP refused or was unreachable (${message})` },
        });
        outcome.failed += rest.length;
        throw new PipelineError(`Curation of ${day} stopped: ${message}`);
      }
      logger.warn({ day, attribute: row.mispAttributeId, err: message }, 'a curation action failed');
    }
  }
  return outcome;
}
