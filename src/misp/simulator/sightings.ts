/**
 * Sightings as MISP 2.5 keeps and answers them (app/Controller/SightingsController.php,
 * app/Model/Sighting.php): `/sightings/add[/{attribute id or uuid}]`, `/sightings/delete/{id}`,
 * `/sightings/index/{event id}`, `/sightings/listSightings/{id}/{context}`, and the `Sighting` list
 * restSearch attaches with `includeSightings`.
 */
import { randomUUID } from 'node:crypto';
import type { MispErrorBody, MispSighting } from '../types.js';
import { ROLES, type Dataset, type SimAttribute, type SimUser } from './dataset.js';

/** `Sighting::TYPE`: 0 sighting, 1 false positive, 2 expiration. */
export const SIGHTING_TYPES = ['sighting', 'false-positive', 'expiration'] as const;

export interface SimSighting {
  id: number;
  uuid: string;
  attributeId: number;
  eventId: number;
  orgId: number;
  /** Unix seconds. */
  dateSighting: number;
  type: 0 | 1 | 2;
  source: string;
}

export interface SightingReply {
  status: number;
  body: unknown;
  /** What changed, for the simulator's mutation log. */
  change?: { action: 'sighting' | 'sighting-delete'; attribute: string; sightingId?: number };
}

const ADD_FAILED = 'Could not add the Sighting. Reason: ';
const INVALID_SIGHTING = 'Invalid sighting.';
const DELETE_POST_ONLY = 'This action can only be accessed via a post request.';
const NO_PERMISSION = 'You do not have permission to use this functionality.';

const err = (message: string, url: string): MispErrorBody => ({ name: message, message, url });

export class SightingStore {
  private readonly byId = new Map<number, SimSighting>();
  private readonly byAttribute = new Map<number, SimSighting[]>();
  private nextId = 1;

  constructor(
    private readonly dataset: Dataset,
    private readonly now: () => number,
  ) {}

  /** Every sighting MISP holds, in id order (tests compare against it). */
  all(): SimSighting[] {
    return [...this.byId.values()];
  }

  ofAttribute(attributeId: number): SimSighting[] {
    return this.byAttribute.get(attributeId) ?? [];
  }

  /**
   * `POST /sightings/add[/{id}]`. The body may be wrapped in `request` or `Sighting`; the attribute
   * is the path's id, else `uuid`, else `id`, else every attribute whose value (or either half of a
   * composite value) is one of `values`/`value`. MISP answers a failure with HTTP 200 and a
   * `message`, and a success with the last sighting saved.
   */
  add(user: SimUser, pathId: string | undefined, rawBody: unknown, url: string): SightingReply {
    if (!this.mayAdd(user)) return { status: 403, body: err(NO_PERMISSION, url) };
    let b = (rawBody ?? {}) as Record<string, unknown>;
    if (isObject(b.request)) b = b.request as Record<string, unknown>;
    if (isObject(b.Sighting)) b = b.Sighting as Record<string, unknown>;
    const values = b.value !== undefined ? [b.value] : Array.isArray(b.values) ? b.values : b.values !== undefined ? [b.values] : undefined;
    let id = pathId;
    if (!id && b.uuid !== undefined && b.uuid !== '') id = String(b.uuid);
    if (!id && b.id !== undefined && b.id !== '') id = String(b.id);
    const type = b.type === undefined ? 0 : sightingType(b.type);
    if (type === undefined) return failed('Invalid type, please change it before you POST 1000000 sightings.');
    const source = typeof b.source === 'string' ? b.source.trim() : '';
    const timestamp = b.timestamp !== undefined && /^\d+$/.test(String(b.timestamp)) ? Number(b.timestamp) : this.now();

    let attributes: SimAttribute[];
    if (id) {
      const a = this.dataset.attributeByUuidOrId(id);
      attributes = a ? [a] : [];
    } else {
      if (!values || values.length === 0) return failed('No valid attributes found.');
      attributes = this.byValues(new Set(values.map(String)));
    }
    if (attributes.length === 0) return failed('No valid attributes found that match the criteria.');
    let last: SimSighting | undefined;
    for (const a of attributes) {
      if (type === 2) {
        // An expiration replaces the org's earlier expiration of the attribute.
        for (const s of this.ofAttribute(a.id)) if (s.type === 2 && s.orgId === user.orgId) this.remove(s);
      }
      last = { id: this.nextId++, uuid: randomUUID(), attributeId: a.id, eventId: a.eventId, orgId: user.orgId, dateSighting: timestamp, type, source };
      this.byId.set(last.id, last);
      const list = this.byAttribute.get(a.id) ?? [];
      list.push(last);
      this.byAttribute.set(a.id, list);
    }
    return { status: 200, body: { Sighting: this.row(last!) }, change: { action: 'sighting', attribute: id ?? String(attributes[0]!.id), sightingId: last!.id } };

    function failed(reason: string): SightingReply {
      return { status: 200, body: { message: ADD_FAILED + reason } };
    }
  }

  /** `POST /sightings/delete/{id or uuid}`: a site admin, or a user of the sighting's org whose role may modify its org's data. */
  delete(user: SimUser, method: string, ref: string, url: string): SightingReply {
    if (method !== 'POST') return { status: 405, body: err(DELETE_POST_ONLY, url) };
    const s = /^\d+$/.test(ref) ? this.byId.get(Number(ref)) : [...this.byId.values()].find((x) => x.uuid === ref.toLowerCase());
    const role = ROLES.find((r) => r.id === user.roleId)!;
    const allowed = s && (role.siteAdmin || (mayModifyOrg(user) && s.orgId === user.orgId));
    if (!s || !allowed) return { status: 404, body: err(INVALID_SIGHTING, url), change: { action: 'sighting-delete', attribute: s ? String(s.attributeId) : '' } };
    this.remove(s);
    const message = 'Sighting successfully deleted.';
    return {
      status: 200,
      body: { saved: true, success: true, name: message, message, url, id: ref },
      change: { action: 'sighting-delete', attribute: String(s.attributeId), sightingId: s.id },
    };
  }

  /** `GET /sightings/index[/{event id}]`: flat sightings with `attribute_uuid` and their `Organisation`. */
  index(eventId: string | undefined): MispSighting[] {
    const out: MispSighting[] = [];
    for (const s of this.byId.values()) if (eventId === undefined || String(s.eventId) === eventId) out.push(this.flat(s));
    return out;
  }

  /**
   * `/sightings/listSightings/{id}/{context}`: `[{Sighting, Organisation: {name}}]`, newest first.
   * An attribute that is deleted or unknown is "Invalid object." with HTTP 405, as MISP throws it.
   */
  list(ref: string, context: string, url: string): SightingReply {
    if (context !== 'attribute' && context !== 'event') return { status: 500, body: err(`Invalid context '${context}'.`, url) };
    let sightings: SimSighting[];
    if (context === 'attribute') {
      const a = /^\d+$/.test(ref) ? this.dataset.attribute(Number(ref)) : undefined;
      if (!a || a.deleted) return { status: 405, body: err('Invalid object.', url) };
      sightings = this.ofAttribute(a.id);
    } else {
      if (!/^\d+$/.test(ref) || !this.dataset.event(Number(ref))) return { status: 405, body: err('Invalid object.', url) };
      sightings = [...this.byId.values()].filter((s) => String(s.eventId) === ref);
    }
    const body = [...sightings]
      .sort((x, y) => y.dateSighting - x.dateSighting || y.id - x.id)
      .map((s) => ({ Sighting: this.row(s), Organisation: { name: this.dataset.orgs.get(s.orgId)?.name ?? '' } }));
    return { status: 200, body };
  }

  /** What restSearch puts in `Attribute.Sighting` with `includeSightings`. */
  attached(attributeId: number): MispSighting[] {
    return this.ofAttribute(attributeId).map((s) => this.flat(s));
  }

  private remove(s: SimSighting): void {
    this.byId.delete(s.id);
    const list = this.byAttribute.get(s.attributeId);
    if (list)
      this.byAttribute.set(
        s.attributeId,
        list.filter((x) => x.id !== s.id),
      );
  }

  private mayAdd(user: SimUser): boolean {
    return ROLES.find((r) => r.id === user.roleId)?.name !== 'Read Only';
  }

  private byValues(values: Set<string>): SimAttribute[] {
    const out: SimAttribute[] = [];
    for (const a of this.dataset.query({ from: 0, to: Number.MAX_SAFE_INTEGER, types: {}, deleted: 'both', desc: false })) {
      const [v1, v2] = a.type.includes('|') || a.type === 'malware-sample' ? splitOnce(a.value) : [a.value, ''];
      if (values.has(v1) || (v2 !== '' && values.has(v2))) out.push(a);
    }
    return out;
  }

  private row(s: SimSighting) {
    return {
      id: String(s.id),
      attribute_id: String(s.attributeId),
      event_id: String(s.eventId),
      org_id: String(s.orgId),
      date_sighting: String(s.dateSighting),
      uuid: s.uuid,
      source: s.source,
      type: String(s.type),
    };
  }

  private flat(s: SimSighting): MispSighting {
    const org = this.dataset.orgs.get(s.orgId);
    return {
      ...this.row(s),
      attribute_uuid: this.dataset.attribute(s.attributeId)?.uuid ?? '',
      ...(org && { Organisation: { id: String(org.id), uuid: org.uuid, name: org.name } }),
    };
  }
}

/** MISP compares loosely with 0, 1, 2: `"1"` and `1` are a false positive, anything else is refused. */
function sightingType(v: unknown): 0 | 1 | 2 | undefined {
  const s = String(v).trim();
  return s === '0' || s === '1' || s === '2' ? (Number(s) as 0 | 1 | 2) : undefined;
}

function mayModifyOrg(user: SimUser): boolean {
  const role = ROLES.find((r) => r.id === user.roleId)!;
  return role.admin || role.sync || role.name === 'Publisher';
}

function splitOnce(value: string): [string, string] {
  const i = value.indexOf('|');
  return i < 0 ? [value, ''] : [value.slice(0, i), value.slice(i + 1)];
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
