/**
 * A MISP 2.5 look-alike over real HTTP (node:http on 127.0.0.1): the endpoints this service uses,
 * with MISP's status codes, bodies and filter semantics, plus fault injection and a log of every
 * mutating call.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBoundedBody } from '../../net/read-body.js';
import { FaultInjector, handleFaultAdmin, type FaultConfig } from '../../sim/faults.js';
import type { MispAttribute, MispErrorBody } from '../types.js';
import { ADMIN_KEY, Dataset, ROLES, USER_KEY, syncEmail, syncKey, type AttributeQuery, type DatasetOptions, type SimAttribute, type SimEvent, type SimUser, type TypeFilter } from './dataset.js';
import { describeTypes, PYMISP_VERSION, viewMe } from './client-support.js';
import { SightingStore, type SightingReply } from './sightings.js';
import { WarninglistSource } from './warninglists.js';

export interface MispSimulatorOptions extends DatasetOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** misp-warninglists checkout; default `../shared/data/misp-warninglists` if present; `false` = built-in lists. */
  warninglistsDir?: string | false;
  /** MISP event JSON files (`{"Event": {...}}`) loaded after the generated data. */
  eventFiles?: string[];
  faults?: FaultConfig;
  /** MISP's per-role rate limit on restSearch; applies to `keys` (default: every non-site-admin key). */
  rateLimit?: { limit: number; windowSeconds: number; keys?: string[] };
  /** Clock for mutation timestamps, unix seconds. */
  now?: () => number;
}

export interface MispMutation {
  at: string;
  method: string;
  path: string;
  action: 'soft-delete' | 'hard-delete' | 'restore' | 'edit' | 'tag' | 'sighting' | 'sighting-delete';
  /** Attribute id (as requested: id or uuid). */
  attribute: string;
  /** The sighting added or deleted. */
  sightingId?: number;
  userId: number;
  userEmail: string;
  status: number;
  body?: unknown;
}

export const AUTH_FAILED = 'Authentication failed. Please make sure you pass the API key of an API enabled user along in the Authorization header.';
export const POST_ONLY = 'This function is only accessible via POST requests.';
const NO_PERMISSION = 'You do not have permission to do that.';
const NO_ADMIN = 'You do not have permission to use this functionality.';
const MAX_BODY = 10 * 1024 * 1024;

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

type HandlerContext = { req: IncomingMessage; user: SimUser; params: string[]; body: unknown; path: string };
type Handler = (ctx: HandlerContext) => Reply;

export class MispSimulator {
  readonly dataset: Dataset;
  readonly warninglists: WarninglistSource;
  readonly sightings: SightingStore;
  readonly faults: FaultInjector;
  readonly mutations: MispMutation[] = [];
  /** Requests per path (without query), faults and auth failures included. */
  readonly requestCounts = new Map<string, number>();
  readonly keys: { admin: string; user: string; sync: string[]; syncEmails: string[] };
  private server: Server | undefined;
  private readonly now: () => number;
  private readonly rateWindows = new Map<string, { start: number; count: number }>();
  private readonly cursors = new Map<string, { version: number; page: number; lastId: number }>();
  private readonly routes: Array<{ method: 'GET' | 'POST'; re: RegExp; handler: Handler }>;
  private readonly mutationListeners = new Set<(m: MispMutation) => void>();
  private down = false;

  constructor(readonly options: MispSimulatorOptions = {}) {
    this.warninglists = WarninglistSource.load(options.warninglistsDir);
    this.dataset = new Dataset(options, this.warninglists);
    for (const f of options.eventFiles ?? []) this.dataset.loadEvent(JSON.parse(readFileSync(f, 'utf8')));
    this.faults = new FaultInjector(options.faults ?? {}, {
      errorBody: (req) => JSON.stringify(err('Internal Server Error', 'An Internal Error Has Occurred.', pathOf(req))),
      rateLimitBody: (req) => JSON.stringify(err('Rate limit exceeded.', 'Rate limit exceeded.', pathOf(req))),
    });
    this.now = options.now ?? (() => Math.floor(Date.now() / 1000));
    this.sightings = new SightingStore(this.dataset, this.now);
    const n = this.dataset.communities;
    this.keys = {
      admin: ADMIN_KEY,
      user: USER_KEY,
      sync: Array.from({ length: n }, (_, i) => syncKey(i + 1)),
      syncEmails: Array.from({ length: n }, (_, i) => syncEmail(i + 1)),
    };
    this.routes = [
      { method: 'GET', re: /^\/servers\/getVersion$/, handler: (c) => this.getVersion(c.user) },
      { method: 'GET', re: /^\/admin\/users(?:\/index)?$/, handler: (c) => this.adminOnly(c, () => this.listUsers()) },
      { method: 'GET', re: /^\/roles(?:\/index)?$/, handler: () => ok(ROLES.map((r) => ({ Role: roleJson(r) }))) },
      { method: 'GET', re: /^\/organisations(?:\/index)?(?:\/scope:(local|external|all))?$/, handler: (c) => this.listOrgs(c.params[0] ?? 'local') },
      { method: 'GET', re: /^\/organisations\/view\/([^/]+)$/, handler: (c) => this.viewOrg(c.params[0]!, c.path) },
      { method: 'GET', re: /^\/warninglists(?:\/index)?$/, handler: () => ok(this.warninglists.index()) },
      { method: 'GET', re: /^\/warninglists\/view\/(\d+)$/, handler: (c) => found(this.warninglists.view(Number(c.params[0])), 'Warninglist not found.', c.path) },
      { method: 'GET', re: /^\/warninglists\/export\/(\d+)$/, handler: (c) => found(this.warninglists.export(Number(c.params[0])), 'Warninglist not found.', c.path) },
      { method: 'POST', re: /^\/attributes\/restSearch$/, handler: (c) => this.restSearch(c) },
      { method: 'POST', re: /^\/attributes\/delete\/([^/]+)(?:\/(1|0))?$/, handler: (c) => this.remove(c) },
      { method: 'POST', re: /^\/attributes\/restore\/([^/]+)$/, handler: (c) => this.mutate(c, 'restore', (a, now) => this.dataset.restore(a, now)) },
      { method: 'POST', re: /^\/attributes\/edit\/([^/]+)$/, handler: (c) => this.edit(c) },
      { method: 'POST', re: /^\/tags\/attachTagToObject$/, handler: (c) => this.attachTag(c) },
      { method: 'GET', re: /^\/servers\/getPyMISPVersion$/, handler: () => ok({ version: PYMISP_VERSION }) },
      { method: 'GET', re: /^\/users\/view\/([^/]+)$/, handler: (c) => this.viewUser(c) },
      { method: 'GET', re: /^\/attributes\/describeTypes$/, handler: () => ok(describeTypes()) },
      { method: 'POST', re: /^\/sightings\/add(?:\/([^/]+))?$/, handler: (c) => this.sighting(c, this.sightings.add(c.user, c.params[0], c.body, c.path)) },
      ...(['GET', 'POST'] as const).flatMap((method) => [
        { method, re: /^\/sightings\/delete\/([^/]+)$/, handler: (c: HandlerContext) => this.sighting(c, this.sightings.delete(c.user, method, c.params[0]!, c.path)) },
        { method, re: /^\/sightings\/listSightings\/([^/]+)(?:\/([^/]+))?$/, handler: (c: HandlerContext) => this.sightings.list(c.params[0]!, c.params[1] ?? 'attribute', c.path) },
      ]),
      { method: 'GET', re: /^\/sightings(?:\/index)?(?:\/(\d+))?$/, handler: (c) => ok(this.sightings.index(c.params[0])) },
    ];
  }

  /** Start a simulator; `await sim.stop()` when done. */
  static async start(options: MispSimulatorOptions = {}): Promise<MispSimulator> {
    const sim = new MispSimulator(options);
    await sim.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    return sim;
  }

  get url(): string {
    const addr = this.server?.address() as AddressInfo | null | undefined;
    if (!addr) throw new Error('The MISP simulator is not listening.');
    return `http://${addr.address}:${addr.port}`;
  }

  /** Replace the fault configuration (`{}` switches faults off) and reset the fault counters. */
  setFaults(config: FaultConfig): void {
    this.faults.configure(config);
    this.faults.resetCounters();
  }

  /**
   * Give the user of `apiKey` another role, as a MISP admin editing the user would (e.g. the
   * service's key losing site-admin rights mid-run). Returns the name of the role it had.
   */
  setRole(apiKey: string, role: string | number): string {
    const user = this.dataset.userByKey(apiKey);
    if (!user) throw new Error('No simulated user has this key.');
    const next = ROLES.find((r) => r.id === role || r.name === role);
    if (!next) throw new Error(`Unknown role ${JSON.stringify(role)}; known: ${ROLES.map((r) => r.name).join(', ')}.`);
    const previous = this.role(user).name;
    user.roleId = next.id;
    return previous;
  }

  /**
   * `true`: MISP is down behind a listening port (a stopped backend behind its proxy): every
   * request's connection is closed on arrival, before anything is read or changed. `false`: back up,
   * data intact.
   */
  setDown(down: boolean): void {
    this.down = down;
  }

  /**
   * Call `listener` after each mutating call is recorded (before its answer is sent), e.g. to
   * change the simulator after the Nth delete. Returns a function that removes the listener.
   */
  onMutation(listener: (m: MispMutation) => void): () => void {
    this.mutationListeners.add(listener);
    return () => this.mutationListeners.delete(listener);
  }

  async listen(port: number, host: string): Promise<void> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) this.writeJson(res, 500, err('Internal Server Error', (e as Error).message, pathOf(req)));
        else res.destroy();
      });
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req);
    const method = req.method ?? 'GET';
    this.requestCounts.set(path, (this.requestCounts.get(path) ?? 0) + 1);
    if (this.down && !path.startsWith('/__sim/')) {
      req.socket.destroy();
      return;
    }
    const received = await readBoundedBody(req, MAX_BODY);
    if (received === null) {
      req.socket.destroy();
      return;
    }
    const raw = received.toString('utf8');

    if (path === '/__sim/faults') return handleFaultAdmin(this.faults, method, raw, res);
    if (path === '/__sim/mutations') return this.writeJson(res, 200, this.mutations);

    const key = req.headers.authorization ?? '';
    const user = key ? this.dataset.userByKey(key) : undefined;
    if (!user) return this.reply(req, res, { status: 403, body: err(AUTH_FAILED, AUTH_FAILED, path) });

    const candidates = this.routes.filter((r) => r.re.test(path));
    const route = candidates.find((r) => r.method === method);
    if (!route) {
      if (candidates.length > 0) return this.reply(req, res, { status: 405, body: err(POST_ONLY, POST_ONLY, path) });
      return this.reply(req, res, { status: 404, body: err('Not Found', 'Not Found', path) });
    }
    let body: unknown = {};
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        return this.reply(req, res, { status: 400, body: err('Bad Request', 'Malformed JSON in the request body.', path) });
      }
    }
    const params = route.re
      .exec(path)!
      .slice(1)
      .filter((p): p is string => p !== undefined)
      .map(decodeURIComponent);
    return this.reply(req, res, route.handler({ req, user, params, body, path }));
  }

  private reply(req: IncomingMessage, res: ServerResponse, r: Reply): Promise<void> {
    return this.faults.send(req, res, r.status, JSON.stringify(r.body), { 'Content-Type': 'application/json', ...r.headers });
  }

  private writeJson(res: ServerResponse, status: number, body: unknown): void {
    const s = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(s)) });
    res.end(s);
  }

  private role(user: SimUser) {
    return ROLES.find((r) => r.id === user.roleId)!;
  }

  private adminOnly(c: { user: SimUser; path: string }, fn: () => Reply): Reply {
    return this.role(c.user).siteAdmin ? fn() : { status: 403, body: err(NO_ADMIN, NO_ADMIN, c.path) };
  }

  private getVersion(user: SimUser): Reply {
    return ok({
      version: '2.5.1',
      pymisp_recommended_version: '2.5.1',
      perm_sync: this.role(user).sync,
      perm_sighting: true,
      perm_galaxy_editor: this.role(user).siteAdmin,
      request_encoding: ['gzip', 'br'],
      filter_sightings: true,
    });
  }

  private listUsers(): Reply {
    return ok(
      this.dataset.users.map((u) => {
        const org = this.dataset.orgs.get(u.orgId)!;
        const role = ROLES.find((r) => r.id === u.roleId)!;
        return {
          User: { id: String(u.id), org_id: String(u.orgId), email: u.email, role_id: String(u.roleId), disabled: false, autoalert: false, last_login: '0', date_created: '1704067200' },
          Organisation: { id: String(org.id), name: org.name, uuid: org.uuid },
          Role: { id: String(role.id), name: role.name, perm_auth: true, perm_site_admin: role.siteAdmin, perm_admin: role.admin },
        };
      }),
    );
  }

  /** MISP's plain index lists local organisations only; `scope:external` the others, `scope:all` both. */
  private listOrgs(scope: string): Reply {
    const orgs = [...this.dataset.orgs.values()].filter((o) => scope === 'all' || o.local === (scope === 'local'));
    return ok(orgs.map((o) => ({ Organisation: orgJson(o) })));
  }

  private viewUser(c: HandlerContext): Reply {
    const ref = c.params[0]!;
    const target = ref === 'me' ? c.user : this.dataset.users.find((u) => String(u.id) === ref);
    if (!target || (target !== c.user && !this.role(c.user).siteAdmin)) {
      const message = target ? 'Invalid user or not authorised.' : 'Invalid user';
      return { status: 404, body: err(message, message, c.path) };
    }
    return ok(viewMe(this.dataset, target));
  }

  /** Sightings change MISP: they are logged with the other mutations. */
  private sighting(c: HandlerContext, r: SightingReply): Reply {
    if (r.change) this.record(c, r.change.action, r.change.attribute, r.status, r.change.sightingId);
    return { status: r.status, body: r.body };
  }

  private viewOrg(ref: string, path: string): Reply {
    const org = [...this.dataset.orgs.values()].find((o) => String(o.id) === ref || o.uuid === ref.toLowerCase() || o.name === ref);
    return found(org && { Organisation: orgJson(org) }, 'Invalid organisation', path);
  }

  private rateLimited(user: SimUser): Reply | undefined {
    const rl = this.options.rateLimit;
    if (!rl) return undefined;
    const applies = rl.keys ? rl.keys.includes(user.apiKey) : !this.role(user).siteAdmin;
    if (!applies) return undefined;
    const now = Date.now();
    let w = this.rateWindows.get(user.apiKey);
    if (!w || now - w.start >= rl.windowSeconds * 1000) {
      w = { start: now, count: 0 };
      this.rateWindows.set(user.apiKey, w);
    }
    const reset = String(Math.max(1, Math.ceil((w.start + rl.windowSeconds * 1000 - now) / 1000)));
    if (w.count >= rl.limit) {
      return {
        status: 429,
        body: err('Rate limit exceeded.', 'Rate limit exceeded.', '/attributes/restSearch'),
        headers: { 'X-Rate-Limit-Limit': String(rl.limit), 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Reset': reset },
      };
    }
    w.count++;
    return undefined;
  }

  private restSearch(c: { user: SimUser; body: unknown }): Reply {
    const limited = this.rateLimited(c.user);
    if (limited) return limited;
    const p = unwrapRequest(c.body);
    const q = this.parseQuery(p);
    const limit = positiveInt(p.limit);
    const page = positiveInt(p.page) ?? 1;
    const attrs: SimAttribute[] = [];
    if (q) {
      // MISP pages with SQL OFFSET; a cursor per query makes sequential pages O(limit) with the same result.
      const key = JSON.stringify([p.timestamp, p.type, p.deleted, p.org, p.order, limit]);
      const cur = this.cursors.get(key);
      const resume = limit !== undefined && cur && cur.version === this.dataset.version && cur.page === page - 1;
      let skip = resume || limit === undefined ? 0 : (page - 1) * limit;
      for (const a of this.dataset.query(q, resume ? cur.lastId : undefined)) {
        if (skip > 0) {
          skip--;
          continue;
        }
        attrs.push(a);
        if (limit !== undefined && attrs.length >= limit) break;
      }
      if (limit !== undefined && attrs.length > 0) {
        this.cursors.delete(key);
        this.cursors.set(key, { version: this.dataset.version, page, lastId: attrs.at(-1)!.id });
        if (this.cursors.size > 16) this.cursors.delete(this.cursors.keys().next().value!);
      }
    }
    const withUuid = truthy(p.includeEventUuid);
    const withSightings = truthy(p.includeSightings);
    let ev: SimEvent | undefined;
    const out = attrs.map((a) => {
      if (ev?.id !== a.eventId) ev = this.dataset.event(a.eventId)!;
      const json = attributeJson(a, ev, withUuid);
      if (withSightings) json.Sighting = this.sightings.attached(a.id);
      return json;
    });
    return ok({ response: { Attribute: out } });
  }

  /** restSearch filters; `undefined` when a filter can match nothing (e.g. an unparseable timestamp). */
  private parseQuery(p: Record<string, unknown>): AttributeQuery | undefined {
    let from = 0;
    let to = Number.MAX_SAFE_INTEGER;
    if (p.timestamp !== undefined && p.timestamp !== null && p.timestamp !== '') {
      const now = this.now();
      if (Array.isArray(p.timestamp)) {
        const f = parseTime(p.timestamp[0], now);
        const t = parseTime(p.timestamp[1], now);
        if (f === undefined || t === undefined) return undefined;
        [from, to] = [f, t];
      } else {
        const f = parseTime(p.timestamp, now);
        if (f === undefined) return undefined;
        from = f;
      }
    }
    const deletedRaw = p.deleted;
    const deleted: AttributeQuery['deleted'] = Array.isArray(deletedRaw) ? 'both' : deletedRaw === 'only' || truthy(deletedRaw) ? 'only' : 'no';
    const q: AttributeQuery = { from, to, types: parseListFilter(p.type), deleted, desc: /\bdesc\b/i.test(String(p.order ?? '')) };
    if (p.org !== undefined) {
      const f = parseListFilter(p.org);
      const resolve = (names: Set<string> | undefined) => {
        if (!names) return undefined;
        const ids = new Set<number>();
        for (const o of this.dataset.orgs.values()) if (names.has(String(o.id)) || names.has(o.name) || names.has(o.uuid)) ids.add(o.id);
        return ids;
      };
      q.orgc = { or: resolve(f.or), not: resolve(f.not) };
    }
    return q;
  }

  private remove(c: { user: SimUser; params: string[]; body: unknown; path: string; req: IncomingMessage }): Reply {
    const hard = c.params[1] === '1' || truthy((c.body as { hard?: unknown } | null)?.hard);
    return hard
      ? this.mutate(c, 'hard-delete', (a, now) => this.dataset.hardDelete(a, now), 'Attribute deleted.')
      : this.mutate(c, 'soft-delete', (a, now) => this.dataset.softDelete(a, now), 'Attribute deleted.');
  }

  private edit(c: { user: SimUser; params: string[]; body: unknown; path: string; req: IncomingMessage }): Reply {
    const b = unwrapAttribute(c.body);
    const fields: { to_ids?: boolean; comment?: string } = {};
    if (b.to_ids !== undefined) fields.to_ids = truthy(b.to_ids);
    if (typeof b.comment === 'string') fields.comment = b.comment;
    return this.mutate(c, 'edit', (a, now) => this.dataset.edit(a, fields, now));
  }

  private attachTag(c: { user: SimUser; body: unknown; path: string; req: IncomingMessage }): Reply {
    const b = (c.body ?? {}) as { uuid?: unknown; tag?: unknown; local?: unknown };
    const uuid = String(b.uuid ?? '');
    const tag = String(b.tag ?? '');
    const record = (status: number) => this.record(c, 'tag', uuid, status);
    if (!uuid || !tag) {
      record(403);
      return { status: 403, body: { saved: false, name: 'Failed to attach tag.', message: 'Both uuid and tag are required.', url: c.path, errors: 'Missing uuid or tag.' } };
    }
    const a = this.dataset.attributeByUuidOrId(uuid);
    if (!a || /^\d+$/.test(uuid)) {
      record(404);
      return { status: 404, body: err('Invalid object uuid.', 'Invalid object uuid.', c.path) };
    }
    if (!this.canModify(c.user, a)) {
      record(403);
      return { status: 403, body: err(NO_PERMISSION, NO_PERMISSION, c.path) };
    }
    const r = this.dataset.attachTag(uuid, tag, truthy(b.local), this.now());
    if (!r.ok) {
      record(404);
      return { status: 404, body: err('Invalid object uuid.', 'Invalid object uuid.', c.path) };
    }
    record(200);
    return ok({ saved: true, success: `Tag ${tag} successfully attached to Attribute(${a.id}).`, check_publish: true });
  }

  private mutate(
    c: { user: SimUser; params: string[]; path: string; req: IncomingMessage; body: unknown },
    action: MispMutation['action'],
    fn: (ref: string, now: number) => ReturnType<Dataset['softDelete']>,
    message?: string,
  ): Reply {
    const ref = c.params[0]!;
    const current = this.dataset.attributeByUuidOrId(ref);
    let reply: Reply;
    if (!current) {
      reply = { status: 404, body: err('Invalid attribute', 'Invalid attribute', c.path) };
    } else if (!this.canModify(c.user, current)) {
      reply = { status: 403, body: err(NO_PERMISSION, NO_PERMISSION, c.path) };
    } else {
      const r = fn(ref, this.now());
      if (r.ok) reply = ok(message ? { message } : { Attribute: attributeJson(r.attribute, undefined, false) });
      else if (r.reason === 'not_found') reply = { status: 404, body: err('Invalid attribute', 'Invalid attribute', c.path) };
      else {
        const name = `Could not ${action === 'edit' ? 'edit' : action} Attribute`;
        const body: MispErrorBody = { saved: false, name, message: name, url: c.path, errors: r.errors };
        reply = { status: 403, body };
      }
    }
    this.record(c, action, ref, reply.status);
    return reply;
  }

  private record(c: { user: SimUser; path: string; req: IncomingMessage; body?: unknown }, action: MispMutation['action'], attribute: string, status: number, sightingId?: number): void {
    const mutation: MispMutation = {
      ...(sightingId !== undefined && { sightingId }),
      at: new Date().toISOString(),
      method: c.req.method ?? 'POST',
      path: c.path,
      action,
      attribute,
      userId: c.user.id,
      userEmail: c.user.email,
      status,
      body: c.body,
    };
    this.mutations.push(mutation);
    for (const listener of this.mutationListeners) listener(mutation);
  }

  /** Site admin: anything. Others: their org created the event, or (sync role) owns it on this instance. */
  private canModify(user: SimUser, a: SimAttribute): boolean {
    const role = this.role(user);
    if (role.siteAdmin) return true;
    if (role.name === 'Read Only') return false;
    return a.orgcId === user.orgId || (role.sync && a.ownerOrgId === user.orgId);
  }
}

function attributeJson(a: SimAttribute, ev: SimEvent | undefined, withEventUuid: boolean): MispAttribute {
  const out: MispAttribute = {
    id: String(a.id),
    event_id: String(a.eventId),
    object_id: String(a.objectId),
    object_relation: a.objectRelation,
    category: a.category,
    type: a.type,
    value: a.value,
    to_ids: a.toIds,
    uuid: a.uuid,
    timestamp: String(a.timestamp),
    distribution: '5',
    sharing_group_id: '0',
    comment: a.comment,
    deleted: a.deleted,
    disable_correlation: false,
    first_seen: null,
    last_seen: null,
  };
  if (ev) {
    out.Event = {
      id: String(ev.id),
      org_id: String(ev.ownerOrgId),
      orgc_id: String(ev.orgcId),
      user_id: String(ev.userId),
      uuid: ev.uuid,
      info: ev.info,
      distribution: String(ev.distribution),
      publish_timestamp: String(ev.publishTimestamp),
    };
  }
  if (a.tags.length > 0) out.Tag = a.tags.map((t) => ({ id: String(t.id), name: t.name, colour: t.colour, local: t.local }));
  if (withEventUuid && ev) out.event_uuid = ev.uuid;
  return out;
}

function roleJson(r: (typeof ROLES)[number]) {
  return {
    id: String(r.id),
    name: r.name,
    perm_add: r.name !== 'Read Only',
    perm_modify: r.name !== 'Read Only',
    perm_modify_org: r.admin || r.sync || r.name === 'Publisher',
    perm_publish: r.admin || r.sync || r.name === 'Publisher',
    perm_sync: r.sync,
    perm_admin: r.admin,
    perm_site_admin: r.siteAdmin,
    perm_auth: true,
    perm_tagger: r.name !== 'Read Only',
    enforce_rate_limit: false,
    rate_limit_count: '0',
  };
}

function orgJson(o: { id: number; uuid: string; name: string; local: boolean }) {
  return { id: String(o.id), uuid: o.uuid, name: o.name, local: o.local, description: null, nationality: '', sector: '', date_created: '2024-01-01 00:00:00' };
}

const err = (name: string, message: string, url: string): MispErrorBody => ({ name, message, url });
const ok = (body: unknown): Reply => ({ status: 200, body });
const found = (body: unknown, notFound: string, url: string): Reply => (body === undefined ? { status: 404, body: err(notFound, notFound, url) } : ok(body));

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0]!.replace(/\.json$/, '');
}

/** MISP accepts the filters either at the top level or under `request`. */
function unwrapRequest(body: unknown): Record<string, unknown> {
  const b = (body ?? {}) as Record<string, unknown>;
  return typeof b.request === 'object' && b.request !== null ? (b.request as Record<string, unknown>) : b;
}

function unwrapAttribute(body: unknown): Record<string, unknown> {
  const b = (body ?? {}) as Record<string, unknown>;
  return typeof b.Attribute === 'object' && b.Attribute !== null ? (b.Attribute as Record<string, unknown>) : b;
}

function truthy(v: unknown): boolean {
  return v === true || v === 1 || v === '1' || v === 'true';
}

function positiveInt(v: unknown): number | undefined {
  const n = Number(v);
  return v !== undefined && v !== null && v !== '' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** A unix time, a numeric string, or a delta like `1d`, `12h`, `30m`, `2w`, `10s`; anything else is unparseable. */
export function parseTime(v: unknown, now: number): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.floor(v);
  if (typeof v !== 'string') return undefined;
  if (/^\d+$/.test(v)) return Number(v);
  const m = /^(\d+)([smhdw])$/.exec(v.trim());
  if (!m) return undefined;
  const unit = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }[m[2] as 's' | 'm' | 'h' | 'd' | 'w'];
  return now - Number(m[1]) * unit;
}

/** A value, a list (entries starting with `!` negate), or `{OR: [...], NOT: [...]}`. */
export function parseListFilter(v: unknown): TypeFilter {
  if (v === undefined || v === null || v === '') return {};
  const or = new Set<string>();
  const not = new Set<string>();
  const addAll = (list: unknown, into: Set<string>) => {
    for (const x of Array.isArray(list) ? list : [list]) {
      const s = String(x);
      if (s.startsWith('!')) not.add(s.slice(1));
      else into.add(s);
    }
  };
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as { OR?: unknown; NOT?: unknown };
    if (o.OR !== undefined) addAll(o.OR, or);
    if (o.NOT !== undefined) addAll(o.NOT, not);
  } else {
    addAll(v, or);
  }
  return { ...(or.size > 0 ? { or } : {}), ...(not.size > 0 ? { not } : {}) };
}
