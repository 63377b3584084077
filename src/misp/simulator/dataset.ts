/**
 * The simulator's MISP data: organisations, users, events and attributes.
 *
 * Generated attributes are computed from their id (seeded hashes), never stored, so a day of a
 * million attributes costs a few arrays of event boundaries. Only changes (deletes, edits, tags)
 * and events loaded from MISP JSON files are kept as records.
 */
import { isIP } from 'node:net';
import { hashUnit, mulberry32, randInt } from '../../sim/prng.js';
import type { WarninglistFile } from '../types.js';
import type { WarninglistSource } from './warninglists.js';

export interface DatasetOptions {
  seed?: number;
  /** Connected communities, each with one sync user. Default 3. */
  communities?: number;
  /** Author organisations per community besides the sync user's own. Default 3. */
  creatorsPerCommunity?: number;
  /** First UTC day, `YYYY-MM-DD`. Default `2025-01-01`. */
  startDate?: string;
  days?: number;
  /** Generated attributes per day (timestamps spread evenly over the day). Default 1000. */
  perDay?: number;
  /** Largest ordinary event. Default 200. */
  maxEventSize?: number;
  /** Events per day larger than `oversizedEventSize` (the per-event cap tests). Default 0. */
  oversizedEventsPerDay?: number;
  oversizedEventSize?: number;
  /** Share of attributes whose value is planted from a served warninglist. Default 0.05. */
  falsePositiveShare?: number;
  /** Share of events owned by the host org (pulled, not from a registered community). Default 0.1. */
  pulledShare?: number;
  /**
   * Per community, in order: its share of events (`weight`, default 1/c), the share of its
   * attributes planted from a warninglist (default `falsePositiveShare`) and the share drawn
   * among values `isBenign` accepts (default 0), so communities differ in quality.
   */
  communityProfiles?: CommunityProfile[];
  /** Each day's first events (after the oversized ones) are one per community, so none has an empty day. */
  everyCommunityDaily?: boolean;
  /** Which values a reputation service calls benign (the demo passes its OpenTIP simulator's rule). */
  isBenign?: (type: string, value: string) => boolean;
}

export interface CommunityProfile {
  weight?: number;
  falsePositiveShare?: number;
  benignShare?: number;
}

export interface SimOrg {
  id: number;
  uuid: string;
  name: string;
  local: boolean;
  /** 1-based community number, for the sync org and the authors of that community. */
  community?: number;
}

export interface SimUser {
  id: number;
  email: string;
  orgId: number;
  roleId: number;
  apiKey: string;
}

export interface SimTag {
  id: number;
  name: string;
  colour: string;
  local: boolean;
}

export interface SimEvent {
  id: number;
  uuid: string;
  info: string;
  /** `Event.org_id`: the owner on this instance. */
  ownerOrgId: number;
  /** `Event.orgc_id`: the creator. */
  orgcId: number;
  userId: number;
  date: string;
  timestamp: number;
  publishTimestamp: number;
  published: boolean;
  distribution: number;
  attributeCount: number;
}

/** One attribute, current state included: the ground truth tests compare against. */
export interface SimAttribute {
  id: number;
  eventId: number;
  objectId: number;
  objectRelation: string | null;
  category: string;
  type: string;
  value: string;
  toIds: boolean;
  uuid: string;
  timestamp: number;
  deleted: boolean;
  comment: string;
  tags: SimTag[];
  ownerOrgId: number;
  orgcId: number;
  /** Name of the warninglist the value was planted from; `undefined` for ordinary values. */
  plantedFrom: string | undefined;
}

export interface TypeFilter {
  or?: Set<string>;
  not?: Set<string>;
}

export interface AttributeQuery {
  from: number;
  to: number;
  types: TypeFilter;
  deleted: 'no' | 'only' | 'both';
  /** Creator org ids allowed / excluded (`org` filters on orgc). */
  orgc?: { or?: Set<number>; not?: Set<number> };
  desc: boolean;
}

export const ROLES = [
  { id: 1, name: 'admin', siteAdmin: true, admin: true, sync: true },
  { id: 2, name: 'Org Admin', siteAdmin: false, admin: true, sync: false },
  { id: 3, name: 'User', siteAdmin: false, admin: false, sync: false },
  { id: 4, name: 'Publisher', siteAdmin: false, admin: false, sync: false },
  { id: 5, name: 'Sync user', siteAdmin: false, admin: false, sync: true },
  { id: 6, name: 'Read Only', siteAdmin: false, admin: false, sync: false },
] as const;

export const HOST_ORG_ID = 1;
export const ADMIN_KEY = 'sim-admin-key-0000000000000000000000000000';
export const USER_KEY = 'sim-user-key-00000000000000000000000000000';
export const syncKey = (community: number) => `sim-sync-key-${pad2(community)}-`.padEnd(40, '0');
export const syncEmail = (community: number) => `sync@community-${pad2(community)}.example`;

/** Types the service skips at MISP (`type: {NOT: [...]}`), present in the data so the filter matters. */
export const SKIPPED_TYPES = ['comment', 'text', 'other'];

const TYPE_MIX: Array<[type: string, weight: number, category: string, toIdsShare: number]> = [
  ['ip-dst', 16, 'Network activity', 0.9],
  ['ip-src', 8, 'Network activity', 0.9],
  ['domain', 12, 'Network activity', 0.85],
  ['hostname', 7, 'Network activity', 0.85],
  ['url', 10, 'Network activity', 0.8],
  ['md5', 8, 'Payload delivery', 0.95],
  ['sha1', 6, 'Payload delivery', 0.95],
  ['sha256', 10, 'Payload delivery', 0.95],
  ['filename|md5', 4, 'Payload delivery', 0.9],
  ['domain|ip', 3, 'Network activity', 0.8],
  ['ip-dst|port', 3, 'Network activity', 0.85],
  ['email-src', 3, 'Payload delivery', 0.7],
  ['comment', 4, 'Other', 0],
  ['text', 3, 'Other', 0],
  ['other', 3, 'Other', 0],
];
const TYPE_TOTAL = TYPE_MIX.reduce((s, t) => s + t[1], 0);

const WORDS = ['secure', 'login', 'update', 'cdn', 'mail', 'account', 'verify', 'invoice', 'portal', 'sync', 'static', 'api'];
const TLDS = ['xyz', 'top', 'info', 'ru', 'biz', 'online', 'site', 'club'];
const FIRST_OCTETS = [5, 31, 37, 45, 46, 62, 77, 79, 80, 85, 91, 94, 109, 141, 146, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217];
const DAY = 86_400;

/** Salts so each derived property uses its own hash stream. */
const enum Salt {
  Type = 1,
  Value = 2,
  Fp = 3,
  FpPick = 4,
  ToIds = 5,
  Object = 6,
  Tag = 7,
  Uuid = 8,
  Benign = 9,
}

/** Types whose value has one lookup, so a value can be drawn benign. */
const BENIGN_TYPES = new Set(['ip-src', 'ip-dst', 'domain', 'hostname', 'url', 'md5', 'sha1', 'sha256']);

interface Overlay {
  deleted?: boolean;
  hardDeleted?: boolean;
  timestamp?: number;
  toIds?: boolean;
  comment?: string;
  tags?: SimTag[];
}

interface StoredAttribute extends Omit<SimAttribute, 'ownerOrgId' | 'orgcId' | 'plantedFrom' | 'tags' | 'deleted' | 'toIds' | 'timestamp' | 'comment'> {
  baseToIds: boolean;
  baseTimestamp: number;
  baseDeleted: boolean;
  baseComment: string;
  baseTags: SimTag[];
}

interface DayEvents {
  /** Offset in the day of each event's first attribute, plus a final sentinel = perDay. */
  start: Int32Array;
  owner: Int32Array;
  orgc: Int32Array;
  /** Global index of the day's first event. */
  base: number;
}

type FpPools = Record<'ip' | 'host' | 'md5' | 'sha1' | 'sha256', Array<{ value: string; list: string }>>;

export type MutationResult<T = SimAttribute> = { ok: true; attribute: T } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'invalid'; errors: Record<string, string[]> };

export class Dataset {
  readonly seed: number;
  readonly perDay: number;
  readonly days: number;
  readonly startUnix: number;
  readonly orgs = new Map<number, SimOrg>();
  readonly users: SimUser[] = [];
  readonly communities: number;
  /** Bumped on every change, so cached search cursors know they are stale. */
  version = 0;

  private readonly dayEvents: DayEvents[] = [];
  private readonly generatedEvents: number;
  private readonly fp: FpPools;
  private readonly fpShare: number;
  private readonly profiles: CommunityProfile[];
  private readonly isBenign: ((type: string, value: string) => boolean) | undefined;
  private readonly overlays = new Map<number, Overlay>();
  private readonly eventOverlays = new Map<number, Partial<Pick<SimEvent, 'published' | 'timestamp'>>>();
  private readonly stored: StoredAttribute[] = [];
  private readonly storedEvents: SimEvent[] = [];
  private readonly uuidToStored = new Map<string, number>();
  private readonly tags = new Map<string, SimTag>();
  private readonly foreignOrgIds: number[] = [];

  constructor(options: DatasetOptions, warninglists: WarninglistSource) {
    this.seed = options.seed ?? 1;
    this.communities = options.communities ?? 3;
    this.perDay = options.perDay ?? 1000;
    this.days = options.days ?? 1;
    this.fpShare = options.falsePositiveShare ?? 0.05;
    this.profiles = options.communityProfiles ?? [];
    this.isBenign = options.isBenign;
    const start = Date.parse(`${options.startDate ?? '2025-01-01'}T00:00:00Z`);
    if (Number.isNaN(start)) throw new Error(`startDate must be YYYY-MM-DD (got ${options.startDate}).`);
    this.startUnix = start / 1000;
    if (this.communities < 1 || this.communities > 99) throw new Error('communities must be between 1 and 99.');

    this.addOrg({ id: HOST_ORG_ID, name: 'Host CERT', local: true });
    const creators = options.creatorsPerCommunity ?? 3;
    const communityOrgs: number[][] = [];
    for (let c = 1; c <= this.communities; c++) {
      const syncOrg = c * 100;
      this.addOrg({ id: syncOrg, name: `Community ${pad2(c)}`, local: false, community: c });
      const authors = [syncOrg];
      for (let j = 1; j <= creators; j++) {
        this.addOrg({ id: syncOrg + j, name: `Community ${pad2(c)} Author ${j}`, local: false, community: c });
        authors.push(syncOrg + j);
      }
      communityOrgs.push(authors);
    }
    for (let j = 1; j <= 3; j++) {
      this.addOrg({ id: 9000 + j, name: `Foreign CERT ${j}`, local: false });
      this.foreignOrgIds.push(9000 + j);
    }
    this.users.push({ id: 1, email: 'admin@admin.test', orgId: HOST_ORG_ID, roleId: 1, apiKey: ADMIN_KEY });
    this.users.push({ id: 2, email: 'analyst@host.example', orgId: HOST_ORG_ID, roleId: 3, apiKey: USER_KEY });
    for (let c = 1; c <= this.communities; c++) {
      this.users.push({ id: 100 + c, email: syncEmail(c), orgId: c * 100, roleId: 5, apiKey: syncKey(c) });
    }
    this.tagNamed('tlp:green', false);

    this.fp = buildFpPools(warninglists);
    this.generatedEvents = this.layoutEvents(options, communityOrgs);
  }

  /** Ids of generated attributes are 1..generatedCount; loaded ones follow. */
  get generatedCount(): number {
    return this.perDay * this.days;
  }

  /** `[start, next start − 1]` of a UTC day given as `YYYY-MM-DD` or a 0-based day index. */
  dayRange(day: string | number): { from: number; to: number } {
    const from = typeof day === 'number' ? this.startUnix + day * DAY : Date.parse(`${day}T00:00:00Z`) / 1000;
    return { from, to: from + DAY - 1 };
  }

  userByKey(key: string): SimUser | undefined {
    return this.users.find((u) => u.apiKey === key);
  }

  syncOrgOf(community: number): SimOrg | undefined {
    return this.orgs.get(community * 100);
  }

  /** Current state of an attribute (hard-deleted ones are gone). */
  attribute(id: number): SimAttribute | undefined {
    if (!Number.isInteger(id) || id < 1) return undefined;
    if (id <= this.generatedCount) return this.generated(id);
    const s = this.stored[id - this.generatedCount - 1];
    if (!s) return undefined;
    const o = this.overlays.get(id);
    if (o?.hardDeleted) return undefined;
    const ev = this.event(s.eventId)!;
    return {
      ...s,
      toIds: o?.toIds ?? s.baseToIds,
      timestamp: o?.timestamp ?? s.baseTimestamp,
      deleted: o?.deleted ?? s.baseDeleted,
      comment: o?.comment ?? s.baseComment,
      tags: o?.tags ?? s.baseTags,
      ownerOrgId: ev.ownerOrgId,
      orgcId: ev.orgcId,
      plantedFrom: undefined,
    };
  }

  attributeByUuidOrId(ref: string): SimAttribute | undefined {
    if (/^\d+$/.test(ref)) return this.attribute(Number(ref));
    const stored = this.uuidToStored.get(ref.toLowerCase());
    if (stored !== undefined) return this.attribute(stored);
    const m = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-([0-9a-f]{12})$/i.exec(ref);
    if (!m) return undefined;
    const a = this.attribute(parseInt(m[1]!, 16));
    return a && a.uuid === ref.toLowerCase() ? a : undefined;
  }

  event(id: number): SimEvent | undefined {
    if (id >= 1 && id <= this.generatedEvents) return this.generatedEvent(id);
    const e = this.storedEvents[id - this.generatedEvents - 1];
    if (!e) return undefined;
    return { ...e, ...this.eventOverlays.get(id) };
  }

  /** Ground truth of a day: attributes whose current timestamp falls on it (deleted ones included). */
  *attributesOfDay(day: string | number): Generator<SimAttribute> {
    const { from, to } = this.dayRange(day);
    yield* this.query({ from, to, types: {}, deleted: 'both', desc: false });
  }

  /** Attributes matching `q`, in id order, starting after `afterId` (exclusive). */
  *query(q: AttributeQuery, afterId?: number): Generator<SimAttribute> {
    const [lo, hi] = this.generatedIdRange(q.from, q.to);
    // Attributes whose timestamp moved (edits, deletes) or that were loaded from files sit outside the generated range.
    const extras: number[] = [];
    for (const [id, o] of this.overlays) {
      if (o.timestamp !== undefined && id <= this.generatedCount && (id < lo || id > hi) && o.timestamp >= q.from && o.timestamp <= q.to) extras.push(id);
    }
    for (let i = 0; i < this.stored.length; i++) {
      const id = this.generatedCount + i + 1;
      const ts = this.overlays.get(id)?.timestamp ?? this.stored[i]!.baseTimestamp;
      if (ts >= q.from && ts <= q.to) extras.push(id);
    }
    extras.sort((a, b) => (q.desc ? b - a : a - b));

    const step = q.desc ? -1 : 1;
    let g = q.desc ? hi : lo;
    if (afterId !== undefined) g = q.desc ? Math.min(g, afterId - 1) : Math.max(g, afterId + 1);
    let x = afterId === undefined ? 0 : extras.findIndex((id) => (q.desc ? id < afterId : id > afterId));
    if (x < 0) x = extras.length;
    const genLeft = () => (q.desc ? g >= lo : g <= hi);

    while (genLeft() || x < extras.length) {
      let id: number;
      if (genLeft() && (x >= extras.length || (q.desc ? g > extras[x]! : g < extras[x]!))) {
        id = g;
        g += step;
        // Cheap type test before building the value.
        if (!typeAllowed(q.types, TYPE_MIX[this.typeIndex(id)]![0])) continue;
      } else {
        id = extras[x++]!;
      }
      const a = this.attribute(id);
      if (a && matches(a, q)) yield a;
    }
  }

  softDelete(ref: string, now: number): MutationResult {
    const a = this.attributeByUuidOrId(ref);
    if (!a || a.deleted) return { ok: false, reason: 'not_found' };
    return this.change(a, { deleted: true, timestamp: now }, now);
  }

  hardDelete(ref: string, now: number): MutationResult {
    const a = this.attributeByUuidOrId(ref);
    if (!a) return { ok: false, reason: 'not_found' };
    return this.change(a, { hardDeleted: true }, now);
  }

  restore(ref: string, now: number): MutationResult {
    const a = this.attributeByUuidOrId(ref);
    if (!a) return { ok: false, reason: 'not_found' };
    return this.change(a, { deleted: false, timestamp: now }, now);
  }

  /** MISP re-validates the whole attribute on edit, so a stored invalid value makes the save fail. */
  edit(ref: string, fields: { to_ids?: boolean; comment?: string }, now: number): MutationResult {
    const a = this.attributeByUuidOrId(ref);
    if (!a || a.deleted) return { ok: false, reason: 'not_found' };
    const problem = validateValue(a.type, a.value);
    if (problem) return { ok: false, reason: 'invalid', errors: { value: [problem] } };
    const change: Overlay = { timestamp: now };
    if (fields.to_ids !== undefined) change.toIds = fields.to_ids;
    if (fields.comment !== undefined) change.comment = fields.comment;
    return this.change(a, change, now);
  }

  /** Local tags do not change the event; global ones bump timestamps and un-publish like an edit. */
  attachTag(uuid: string, tagName: string, local: boolean, now: number): MutationResult<{ attribute: SimAttribute; tag: SimTag }> {
    const a = this.attributeByUuidOrId(uuid);
    if (!a || /^\d+$/.test(uuid)) return { ok: false, reason: 'not_found' };
    const tag = this.tagNamed(tagName, local);
    const tags = a.tags.some((t) => t.id === tag.id) ? a.tags : [...a.tags, tag];
    const r = local ? this.change(a, { tags }, undefined) : this.change(a, { tags, timestamp: now }, now);
    return r.ok ? { ok: true, attribute: { attribute: r.attribute, tag } } : r;
  }

  /**
   * Load one event in MISP's export format (`{"Event": {..., "Attribute", "Object", "Org", "Orgc"}}`).
   * Ids are assigned here, as MISP does on import. Returns the new event id.
   */
  loadEvent(json: unknown): number {
    const ev = (json as { Event?: Record<string, unknown> }).Event;
    if (!ev || typeof ev !== 'object') throw new Error('A MISP event file must hold {"Event": {...}}.');
    const orgc = this.orgFromJson(ev.Orgc, ev.orgc_id);
    const owner = ev.Org ? this.orgFromJson(ev.Org, ev.org_id) : HOST_ORG_ID;
    const id = this.generatedEvents + this.storedEvents.length + 1;
    const ts = Number(ev.timestamp ?? this.startUnix);
    const attrs: Array<Record<string, unknown> & { __object: number; __relation: string | null }> = [];
    for (const a of asArray(ev.Attribute)) attrs.push({ ...a, __object: 0, __relation: null });
    for (const o of asArray(ev.Object)) {
      const objectId = Number(o.id ?? 0);
      for (const a of asArray(o.Attribute)) attrs.push({ ...a, __object: objectId, __relation: (a.object_relation as string | undefined) ?? null });
    }
    this.storedEvents.push({
      id,
      uuid: String(ev.uuid ?? uuidFor(this.seed + 7, id + 1_000_000_000)).toLowerCase(),
      info: String(ev.info ?? ''),
      ownerOrgId: owner,
      orgcId: orgc,
      userId: Number(ev.user_id ?? 1),
      date: String(ev.date ?? new Date(ts * 1000).toISOString().slice(0, 10)),
      timestamp: ts,
      publishTimestamp: Number(ev.publish_timestamp ?? ts),
      published: ev.published === true || ev.published === '1' || ev.published === 1,
      distribution: Number(ev.distribution ?? 1),
      attributeCount: attrs.length,
    });
    for (const a of attrs) {
      const aid = this.generatedCount + this.stored.length + 1;
      const uuid = String(a.uuid ?? uuidFor(this.seed + 9, aid)).toLowerCase();
      this.uuidToStored.set(uuid, aid);
      this.stored.push({
        id: aid,
        eventId: id,
        objectId: a.__object,
        objectRelation: a.__relation,
        category: String(a.category ?? 'Other'),
        type: String(a.type ?? 'text'),
        value: String(a.value ?? ''),
        uuid,
        baseToIds: a.to_ids === true || a.to_ids === '1' || a.to_ids === 1,
        baseTimestamp: Number(a.timestamp ?? ts),
        baseDeleted: a.deleted === true || a.deleted === '1' || a.deleted === 1,
        baseComment: String(a.comment ?? ''),
        baseTags: asArray(a.Tag).map((t) => this.tagNamed(String(t.name), Boolean(t.local))),
      });
    }
    this.version++;
    return id;
  }

  private change(a: SimAttribute, patch: Overlay, eventTouch: number | undefined): MutationResult {
    this.overlays.set(a.id, { ...this.overlays.get(a.id), ...patch });
    if (eventTouch !== undefined) this.eventOverlays.set(a.eventId, { published: false, timestamp: eventTouch });
    this.version++;
    return { ok: true, attribute: this.attribute(a.id) ?? a };
  }

  private tagNamed(name: string, local: boolean): SimTag {
    let t = this.tags.get(name);
    if (!t) {
      t = { id: this.tags.size + 1, name, colour: name.startsWith('tlp:green') ? '#33FF00' : '#A5A5A5', local };
      this.tags.set(name, t);
    }
    return t;
  }

  private orgFromJson(o: unknown, fallbackId: unknown): number {
    const org = (o ?? {}) as { uuid?: string; name?: string };
    for (const existing of this.orgs.values()) {
      if ((org.uuid && existing.uuid === org.uuid.toLowerCase()) || (org.name && existing.name === org.name)) return existing.id;
    }
    if (!org.name && !org.uuid) return Number(fallbackId ?? HOST_ORG_ID);
    const id = 5000 + this.orgs.size;
    this.addOrg({ id, name: org.name ?? `Imported org ${id}`, local: false, uuid: org.uuid?.toLowerCase() });
    return id;
  }

  private addOrg(o: Omit<SimOrg, 'uuid'> & { uuid?: string | undefined }): void {
    this.orgs.set(o.id, { ...o, uuid: o.uuid ?? uuidFor(this.seed + 11, o.id) });
  }

  /** Draw every day's event sizes and owners once: a few ints per event, nothing per attribute. */
  private layoutEvents(options: DatasetOptions, communityOrgs: number[][]): number {
    const rng = mulberry32(this.seed);
    const maxSize = Math.max(1, options.maxEventSize ?? 200);
    const oversized = options.oversizedEventsPerDay ?? 0;
    const oversizedSize = options.oversizedEventSize ?? 6000;
    const pulledShare = options.pulledShare ?? 0.1;
    // Bigger communities first: weight 1/c, unless profiles say otherwise.
    const weights = communityOrgs.map((_, i) => this.profiles[i]?.weight ?? 1 / (i + 1));
    const everyDaily = options.everyCommunityDaily ?? false;
    const wTotal = weights.reduce((s, w) => s + w, 0);
    let base = 0;
    for (let d = 0; d < this.days; d++) {
      const starts: number[] = [];
      const owners: number[] = [];
      const orgcs: number[] = [];
      let offset = 0;
      let n = 0;
      while (offset < this.perDay) {
        const daily = everyDaily && n >= oversized && n - oversized < communityOrgs.length ? communityOrgs[n - oversized]! : undefined;
        // A community's one event of the day is not a handful of attributes, so its daily ratio means something.
        const size = n < oversized ? oversizedSize : (daily ? Math.ceil(maxSize / 5) : 1) + Math.floor(rng() * rng() * maxSize);
        starts.push(offset);
        if (daily) {
          owners.push(daily[0]!);
          orgcs.push(daily[randInt(rng, daily.length)]!);
        } else if (rng() < pulledShare) {
          owners.push(HOST_ORG_ID);
          orgcs.push(this.foreignOrgIds[randInt(rng, this.foreignOrgIds.length)]!);
        } else {
          let pick = rng() * wTotal;
          let c = 0;
          while (c < weights.length - 1 && (pick -= weights[c]!) > 0) c++;
          const authors = communityOrgs[c]!;
          owners.push(authors[0]!);
          orgcs.push(authors[randInt(rng, authors.length)]!);
        }
        offset += size;
        n++;
      }
      starts.push(this.perDay);
      this.dayEvents.push({ start: Int32Array.from(starts), owner: Int32Array.from(owners), orgc: Int32Array.from(orgcs), base });
      base += n;
    }
    return base;
  }

  private locate(id: number): { local: number; ev: DayEvents } {
    const day = Math.floor((id - 1) / this.perDay);
    const index = (id - 1) % this.perDay;
    const ev = this.dayEvents[day]!;
    let lo = 0;
    let hi = ev.start.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ev.start[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { local: lo, ev };
  }

  private baseTimestamp(id: number): number {
    const day = Math.floor((id - 1) / this.perDay);
    const index = (id - 1) % this.perDay;
    return this.startUnix + day * DAY + Math.floor((index * DAY) / this.perDay);
  }

  /** Generated ids whose original timestamp is in [from, to] (timestamps grow with the id). */
  private generatedIdRange(from: number, to: number): [number, number] {
    const first = (t: number) => {
      let lo = 1;
      let hi = this.generatedCount + 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.baseTimestamp(mid) >= t) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    return [first(from), first(to + 1) - 1];
  }

  private typeIndex(id: number): number {
    let pick = hashUnit(this.seed + Salt.Type, id) * TYPE_TOTAL;
    for (let i = 0; i < TYPE_MIX.length; i++) {
      pick -= TYPE_MIX[i]![1];
      if (pick < 0) return i;
    }
    return TYPE_MIX.length - 1;
  }

  private generatedEvent(id: number): SimEvent {
    let d = this.dayEvents.length - 1;
    while (d > 0 && this.dayEvents[d]!.base >= id) d--;
    const ev = this.dayEvents[d]!;
    const local = id - 1 - ev.base;
    const firstId = d * this.perDay + ev.start[local]! + 1;
    const ts = this.baseTimestamp(firstId);
    const owner = ev.owner[local]!;
    const community = this.orgs.get(owner)?.community;
    return {
      id,
      uuid: uuidFor(this.seed + 7, id),
      info: `${WORDS[id % WORDS.length]} campaign #${id}`,
      ownerOrgId: owner,
      orgcId: ev.orgc[local]!,
      userId: community ? 100 + community : 1,
      date: new Date(ts * 1000).toISOString().slice(0, 10),
      timestamp: ts,
      publishTimestamp: ts,
      published: true,
      distribution: 1,
      attributeCount: ev.start[local + 1]! - ev.start[local]!,
      ...this.eventOverlays.get(id),
    };
  }

  private generated(id: number): SimAttribute | undefined {
    const o = this.overlays.get(id);
    if (o?.hardDeleted) return undefined;
    const { local, ev } = this.locate(id);
    const eventId = ev.base + local + 1;
    const [type, , category, toIdsShare] = TYPE_MIX[this.typeIndex(id)]!;
    const profile = this.profiles[(this.orgs.get(ev.owner[local]!)?.community ?? 0) - 1];
    const planted = this.plant(id, type, profile?.falsePositiveShare ?? this.fpShare);
    const inObject = hashUnit(this.seed + Salt.Object, id) < 0.2;
    return {
      id,
      eventId,
      objectId: inObject ? Math.floor(id / 3) + 1 : 0,
      objectRelation: inObject ? objectRelation(type) : null,
      category,
      type,
      value: planted?.value ?? this.ordinaryValue(id, type, profile?.benignShare ?? 0),
      toIds: o?.toIds ?? hashUnit(this.seed + Salt.ToIds, id) < toIdsShare,
      uuid: uuidFor(this.seed + Salt.Uuid, id),
      timestamp: o?.timestamp ?? this.baseTimestamp(id),
      deleted: o?.deleted ?? false,
      comment: o?.comment ?? '',
      tags: o?.tags ?? (hashUnit(this.seed + Salt.Tag, id) < 0.3 ? [this.tags.get('tlp:green')!] : []),
      ownerOrgId: ev.owner[local]!,
      orgcId: ev.orgc[local]!,
      plantedFrom: planted?.list,
    };
  }

  private plant(id: number, type: string, share: number): { value: string; list: string } | undefined {
    if (hashUnit(this.seed + Salt.Fp, id) >= share) return undefined;
    const pick = hashUnit(this.seed + Salt.FpPick, id);
    const from = (pool: FpPools[keyof FpPools]) => pool[Math.floor(pick * pool.length)];
    switch (type) {
      case 'ip-src':
      case 'ip-dst':
        return from(this.fp.ip);
      case 'ip-dst|port': {
        const p = from(this.fp.ip);
        return p && { value: `${p.value}|443`, list: p.list };
      }
      case 'domain':
      case 'hostname':
        return from(this.fp.host);
      case 'url': {
        const p = from(this.fp.host);
        return p && { value: `https://${p.value}/index.html`, list: p.list };
      }
      case 'md5':
      case 'sha1':
      case 'sha256':
        return from(this.fp[type]);
      case 'filename|md5': {
        const p = from(this.fp.md5);
        return p && { value: `empty.bin|${p.value}`, list: p.list };
      }
      default:
        return undefined;
    }
  }

  /** A value drawn among the benign ones for a `benignShare` of attributes (when some variant is), otherwise the usual one. */
  private ordinaryValue(id: number, type: string, benignShare: number): string {
    if (this.isBenign && BENIGN_TYPES.has(type) && hashUnit(this.seed + Salt.Benign, id) < benignShare) {
      for (let variant = 1; variant <= 64; variant++) {
        const value = this.value(id, type, variant);
        if (this.isBenign(type, value)) return value;
      }
    }
    return this.value(id, type);
  }

  private value(id: number, type: string, variant = 0): string {
    const h = (k: number) => hashUnit(this.seed + Salt.Value * 1000 + k + variant * 100, id);
    const ip = () => `${FIRST_OCTETS[Math.floor(h(1) * FIRST_OCTETS.length)]}.${Math.floor(h(2) * 256)}.${Math.floor(h(3) * 256)}.${1 + Math.floor(h(4) * 254)}`;
    const domain = () => `${WORDS[Math.floor(h(5) * WORDS.length)]}-${id.toString(36)}.${TLDS[Math.floor(h(6) * TLDS.length)]}`;
    const hex = (len: number) => {
      let s = '';
      for (let k = 0; s.length < len; k++) s += (Math.floor(hashUnit(this.seed + 77 + k + variant * 100, id) * 0x100000000) >>> 0).toString(16).padStart(8, '0');
      return s.slice(0, len);
    };
    switch (type) {
      case 'ip-src':
      case 'ip-dst':
        return ip();
      case 'domain':
        return domain();
      case 'hostname':
        return `${WORDS[Math.floor(h(7) * WORDS.length)]}.${domain()}`;
      case 'url':
        return `http://${domain()}/${WORDS[Math.floor(h(8) * WORDS.length)]}/${id}.php`;
      case 'md5':
        return hex(32);
      case 'sha1':
        return hex(40);
      case 'sha256':
        return hex(64);
      case 'filename|md5':
        return `${WORDS[Math.floor(h(9) * WORDS.length)]}_${id}.exe|${hex(32)}`;
      case 'domain|ip':
        return `${domain()}|${ip()}`;
      case 'ip-dst|port':
        return `${ip()}|${[443, 80, 8080, 4444, 8443][Math.floor(h(10) * 5)]}`;
      case 'email-src':
        return `${WORDS[Math.floor(h(11) * WORDS.length)]}${id}@${domain()}`;
      default:
        return `Analyst note ${id}: seen in ${WORDS[Math.floor(h(12) * WORDS.length)]} traffic.`;
    }
  }
}

function typeAllowed(f: TypeFilter, type: string): boolean {
  if (f.or && !f.or.has(type)) return false;
  return !f.not?.has(type);
}

function matches(a: SimAttribute, q: AttributeQuery): boolean {
  if (a.timestamp < q.from || a.timestamp > q.to) return false;
  if (!typeAllowed(q.types, a.type)) return false;
  if (q.deleted === 'no' ? a.deleted : q.deleted === 'only' ? !a.deleted : false) return false;
  if (q.orgc?.or && !q.orgc.or.has(a.orgcId)) return false;
  return !q.orgc?.not?.has(a.orgcId);
}

function validateValue(type: string, value: string): string | undefined {
  if (type === 'ip-src' || type === 'ip-dst') return isIP(value) ? undefined : 'IP address has an invalid format.';
  if (type === 'md5' || type === 'sha1' || type === 'sha256') {
    const len = { md5: 32, sha1: 40, sha256: 64 }[type];
    return new RegExp(`^[0-9a-f]{${len}}$`, 'i').test(value) ? undefined : `Checksum has an invalid length or format (expected: ${len} hexadecimal characters).`;
  }
  if (type === 'domain' || type === 'hostname') return /^[A-Za-z0-9_.-]+\.[A-Za-z0-9-]+$/.test(value) ? undefined : 'Domain name has an invalid format.';
  return undefined;
}

function objectRelation(type: string): string {
  if (type.startsWith('ip')) return 'ip';
  if (type === 'filename|md5') return 'malware-sample';
  return type.split('|')[0]!;
}

function uuidFor(salt: number, id: number): string {
  const h = (k: number) => (Math.floor(hashUnit(salt * 31 + k, id) * 0x100000000) >>> 0).toString(16).padStart(8, '0');
  const a = h(1);
  const b = h(2);
  // The id in the last group lets the simulator find a generated attribute from its uuid.
  return `${a}-${b.slice(0, 4)}-4${b.slice(4, 7)}-a${h(3).slice(0, 3)}-${id.toString(16).padStart(12, '0')}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function asArray(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? (v as Array<Record<string, unknown>>) : [];
}

/** Values planted as false positives, taken from lists the simulator actually serves. */
function buildFpPools(source: WarninglistSource): FpPools {
  const pools: FpPools = { ip: [], host: [], md5: [], sha1: [], sha256: [] };
  const take = (names: string[], fn: (file: WarninglistFile) => void) => {
    for (const n of names) {
      const f = source.findByName(n);
      if (f) fn(f);
    }
  };
  take(['alexa', 'tranco10k', 'Sim: top domains'], (f) => {
    const famous = f.list.filter((e) => /(^|\.)(google|microsoft|apple|amazon|cloudflare|github)\.com$/.test(e));
    for (const e of [...famous, ...f.list.slice(0, 100)].slice(0, 120)) pools.host.push({ value: e, list: f.name }, { value: `www.${e}`, list: f.name });
  });
  take(['public-dns-v4', 'Sim: public DNS resolvers'], (f) => {
    const famous = f.list.filter((e) => ['8.8.8.8', '8.8.4.4', '1.1.1.1', '9.9.9.9'].includes(e));
    for (const e of [...famous, ...f.list.filter((x) => !x.includes('/') && !x.includes(':')).slice(0, 50)]) pools.ip.push({ value: e, list: f.name });
  });
  take(['amazon-aws', 'google-gcp', 'Sim: cloud ranges'], (f) => {
    for (const e of f.list.filter((x) => /^\d+\.\d+\.\d+\.\d+\/(\d|1\d|2[0-4])$/.test(x)).slice(0, 50)) {
      const [a, b, c] = e.split('/')[0]!.split('.');
      pools.ip.push({ value: `${a}.${b}.${c}.10`, list: f.name });
    }
  });
  take(['empty-hashes', 'Sim: empty hashes'], (f) => {
    for (const e of f.list) {
      const key = ({ 32: 'md5', 40: 'sha1', 64: 'sha256' } as const)[e.length as 32 | 40 | 64];
      if (key && /^[0-9a-f]+$/.test(e)) pools[key].push({ value: e, list: f.name });
    }
  });
  return pools;
}
