/**
 * MISP's answers to the sighting endpoints, read as MISP 2.5 gives them (SightingsController):
 * `/sightings/add` answers a failure with HTTP 200 and `{"message": "Could not add the Sighting.
 * Reason: ..."}`, and `/sightings/listSightings` answers an unknown or deleted attribute with 405
 * "Invalid object.". Both become the typed errors the rest of the client throws.
 */
import { MispNotFoundError, MispSaveError, MispUnexpectedResponseError, type MispErrorDetails } from './errors.js';
import type { MispSighting, MispSightingAddResponse, MispSightingListEntry } from './types.js';

/** `type` of a false-positive sighting. */
export const FALSE_POSITIVE_SIGHTING = '1';

export interface AddSightingInput {
  /** Attribute id or UUID. */
  attribute: string;
  /** "0" sighting, "1" false positive, "2" expiration. */
  type: '0' | '1' | '2';
  source: string;
  /** Unix seconds; MISP's clock when absent. */
  timestamp?: number;
}

export function addSightingBody(input: AddSightingInput): Record<string, unknown> {
  const key = /^\d+$/.test(input.attribute) ? 'id' : 'uuid';
  return { [key]: input.attribute, type: input.type, source: input.source, ...(input.timestamp !== undefined && { timestamp: input.timestamp }) };
}

/** The saved sighting, or the typed error of MISP's HTTP-200 refusal. */
export function readAddSighting(res: unknown, details: MispErrorDetails): MispSighting {
  const sighting = (res as Partial<MispSightingAddResponse> | null)?.Sighting;
  if (sighting && typeof sighting.id === 'string') return sighting;
  const message = (res as { message?: unknown } | null)?.message;
  if (typeof message === 'string') {
    const body = { name: message, message, url: details.path };
    // "No valid attributes found ...": the attribute is unknown to MISP or not visible to this key.
    if (/No valid attributes/i.test(message)) return raise(new MispNotFoundError({ ...details, status: 200, body }));
    return raise(new MispSaveError({ ...details, status: 200, body: { ...body, saved: false } }));
  }
  return raise(new MispUnexpectedResponseError({ ...details, status: 200, reason: 'no Sighting in the /sightings/add answer' }));
}

/** `[{Sighting, Organisation}]` flattened to sightings (with the organisation's name when MISP shows it). */
export function readSightingList(res: unknown, details: MispErrorDetails): MispSighting[] {
  if (!Array.isArray(res)) return raise(new MispUnexpectedResponseError({ ...details, status: 200, reason: 'the sightings list is not a list' }));
  return (res as MispSightingListEntry[]).map((e) => ({
    ...e.Sighting,
    ...(e.Organisation?.name !== undefined && !e.Sighting.Organisation && { Organisation: { id: e.Sighting.org_id, uuid: '', name: e.Organisation.name } }),
  }));
}

/** MISP throws MethodNotAllowedException("Invalid object.") for an attribute it cannot show. */
export function isInvalidObject(error: unknown): boolean {
  return error instanceof MispUnexpectedResponseError && error.status === 405 && /Invalid object/i.test(error.mispMessage ?? '');
}

function raise(error: Error): never {
  throw error;
}
