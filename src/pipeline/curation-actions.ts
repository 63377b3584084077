// Which actions curation takes on each false positive (CURATION_ACTION, or several through
// CURATION_ACTIONS), in the order MISP must see them.
import type { Config } from '../config/settings.js';
import type { CurationAction } from '../generated/prisma/enums.js';
import { ACTIONS } from './curation-plan.js';

/**
 * The sighting comes first, while the attribute is still visible (MISP lists no sightings of a
 * deleted attribute, so a resumed run could not find the one it made); the tag and the to_ids edit
 * next (MISP does not edit a deleted attribute); the soft delete last.
 */
const ORDER: readonly CurationAction[] = ['SIGHTING', 'TAG', 'DISABLE_IDS', 'SOFT_DELETE'];

export function curationActions(config: Pick<Config, 'curationAction' | 'curationActions'>): CurationAction[] {
  const chosen = config.curationActions.length > 0 ? config.curationActions : [config.curationAction];
  if (chosen.includes('report-only')) return ['REPORT_ONLY'];
  const wanted = new Set(chosen.map((a) => ACTIONS[a]));
  return ORDER.filter((a) => wanted.has(a));
}
