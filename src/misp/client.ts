/**
 * MISP REST client over undici: one connection pool per MISP, retries with backoff on transport
 * faults, typed errors. The API key lives in a private field and in request headers only.
 */
import { readFileSync } from 'node:fs';
import { Pool, type Dispatcher } from 'undici';
import { isObject, outcomeOf, retry, TransientFault, type MispAnswer } from './answer.js';
import { MispNotFoundError, MispUnexpectedResponseError, MispUnreachableError, type MispErrorDetails } from './errors.js';
import { describeNetworkError } from '../net/network-error.js';
import { retrying, type AttemptOutcome, type RetryPolicy } from '../net/retry.js';
import { addSightingBody, isInvalidObject, readAddSighting, readSightingList, type AddSightingInput } from './sightings.js';
import type {
  AttributeSearch,
  MispAttachTagResponse,
  MispAttribute,
  MispAttributeResponse,
  MispMessageResponse,
  MispOrganisation,
  MispOrganisationEntry,
  MispRole,
  MispRoleEntry,
  MispSaveSuccessResponse,
  MispSighting,
  MispUserEntry,
  MispVersion,
  MispWarninglistIndex,
  MispWarninglistView,
  SyncUserResolution,
  WarninglistFile,
} from './types.js';

/** pino-compatible: `logger.warn({ ... }, 'message')`. */
export interface MispLogger {
  warn(obj: object, msg: string): void;
}

export interface MispClientOptions {
  baseUrl: string;
  apiKey: string;
  /** PEM bundle of the CA that signed MISP's certificate (self-signed instances). */
  caFile?: string;
  /** `false` switches TLS verification off. Default `true`; logs a warning when off. */
  rejectUnauthorized?: boolean;
  /** Per request attempt: time allowed for the whole answer, headers and body. Default 60 s. */
  timeoutMs?: number;
  /** Attributes per restSearch page. Default 1000. */
  pageSize?: number;
  retry?: Partial<RetryPolicy>;
  logger?: MispLogger;
  /** The wait between attempts; tests record the waits through it. Default: a timer. */
  sleep?: (ms: number) => Promise<void>;
}

/** One request as every attempt sends it, the body serialized once. */
interface MispRequest {
  method: 'GET' | 'POST';
  path: string;
  payload: string | undefined;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_PAGE_SIZE = 1000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** MISP's retry policy: full jitter (many sync jobs may hit one MISP), two minutes in all. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxTotalMs: 120_000, jitter: 'full' };

/** Errors of a single attempt that another attempt might not meet (5xx, 429, network, cut JSON). */
const transientErrors = new WeakSet<object>();

export class MispClient {
  readonly baseUrl: string;
  readonly pageSize: number;
  readonly #apiKey: string;
  readonly #pool: Pool;
  readonly #basePath: string;
  readonly #timeoutMs: number;
  readonly #retry: RetryPolicy;
  readonly #logger: MispLogger | undefined;
  readonly #sleep: (ms: number) => Promise<void>;

  constructor(options: MispClientOptions) {
    const url = new URL(options.baseUrl);
    // Credentials in the URL would leak into error messages; MISP authenticates by header anyway.
    url.username = '';
    url.password = '';
    this.#basePath = url.pathname.replace(/\/+$/, '');
    this.baseUrl = `${url.origin}${this.#basePath}`;
    if (!options.apiKey) throw new Error('The MISP API key is empty: set the auth key of the MISP user this service should act as.');
    this.#apiKey = options.apiKey;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#logger = options.logger;
    this.#sleep = options.sleep ?? sleep;

    const rejectUnauthorized = options.rejectUnauthorized ?? true;
    if (!rejectUnauthorized) {
      this.#logger?.warn(
        { mispUrl: this.baseUrl },
        'TLS certificate verification of MISP is OFF: anyone on the network path can impersonate MISP and read the API key. Use caFile with the CA of a self-signed MISP instead.',
      );
    }
    this.#pool = new Pool(url.origin, {
      connect: {
        rejectUnauthorized,
        ...(options.caFile ? { ca: readFileSync(options.caFile) } : {}),
      },
      headersTimeout: this.#timeoutMs,
      bodyTimeout: this.#timeoutMs,
    });
  }

  /** Close the connection pool. */
  async close(): Promise<void> {
    await this.#pool.close();
  }

  toJSON(): Record<string, unknown> {
    return { baseUrl: this.baseUrl, pageSize: this.pageSize };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `MispClient { baseUrl: '${this.baseUrl}' }`;
  }

  getVersion(): Promise<MispVersion> {
    return this.#call('GET', '/servers/getVersion');
  }

  /** Site admin only. */
  listUsers(): Promise<MispUserEntry[]> {
    return this.#call('GET', '/admin/users');
  }

  async listRoles(): Promise<MispRole[]> {
    const rows = await this.#call<MispRoleEntry[]>('GET', '/roles');
    return rows.map((r) => r.Role);
  }

  async listOrganisations(): Promise<MispOrganisation[]> {
    const rows = await this.#call<MispOrganisationEntry[]>('GET', '/organisations/index/scope:all');
    return rows.map((r) => r.Organisation);
  }

  async getOrganisation(id: string | number): Promise<MispOrganisation> {
    const row = await this.#call<MispOrganisationEntry>('GET', `/organisations/view/${encodeURIComponent(String(id))}`);
    return row.Organisation;
  }

  /**
   * Find the MISP user a community pushes with. A sync user's role has `perm_sync` and not
   * `perm_site_admin` (read from `/roles`: the Role in `/admin/users` has no `perm_sync`).
   */
  async resolveSyncUser(email: string): Promise<SyncUserResolution> {
    const wanted = email.trim().toLowerCase();
    const [users, roles] = await Promise.all([this.listUsers(), this.listRoles()]);
    const entry = users.find((u) => u.User.email.toLowerCase() === wanted);
    if (!entry) return { status: 'not_found' };
    const user = entry.User;
    const role = roles.find((r) => r.id === user.role_id);
    if (!role || !role.perm_sync || role.perm_site_admin) return { status: 'not_sync_user', user, role };
    const organisation = await this.getOrganisation(user.org_id);
    return { status: 'resolved', user, role, organisation };
  }

  listWarninglists(): Promise<MispWarninglistIndex> {
    return this.#call('GET', '/warninglists');
  }

  viewWarninglist(id: string | number): Promise<MispWarninglistView> {
    return this.#call('GET', `/warninglists/view/${encodeURIComponent(String(id))}`);
  }

  exportWarninglist(id: string | number): Promise<WarninglistFile> {
    return this.#call('GET', `/warninglists/export/${encodeURIComponent(String(id))}`);
  }

  /**
   * Attributes whose `Attribute.timestamp` is in `[from, to]`, one page at a time, in id order.
   * Only the current page is held in memory.
   */
  async *searchAttributes(search: AttributeSearch): AsyncGenerator<MispAttribute[], void, undefined> {
    const limit = search.pageSize ?? this.pageSize;
    if (!Number.isInteger(search.from) || !Number.isInteger(search.to) || search.from > search.to) {
      throw new RangeError(`searchAttributes needs integer unix seconds with from <= to (got ${search.from}..${search.to}).`);
    }
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`pageSize must be a positive integer (got ${limit}).`);
    for (let page = 1; ; page++) {
      const body: Record<string, unknown> = {
        returnFormat: 'json',
        timestamp: [search.from, search.to],
        limit,
        page,
        order: 'Attribute.id asc',
        includeEventUuid: true,
      };
      if (search.notTypes.length > 0) body.type = { NOT: search.notTypes };
      if (search.includeDeleted) body.deleted = [0, 1];
      const res = await this.#call<unknown>('POST', '/attributes/restSearch', body);
      const attributes = restSearchAttributes(res);
      if (!attributes) {
        throw new MispUnexpectedResponseError({
          baseUrl: this.baseUrl,
          method: 'POST',
          path: '/attributes/restSearch',
          reason: 'no response.Attribute list in the restSearch answer',
        });
      }
      if (attributes.length > 0) yield attributes;
      if (attributes.length < limit) return;
    }
  }

  softDeleteAttribute(id: string | number): Promise<MispMessageResponse> {
    return this.#call('POST', `/attributes/delete/${encodeURIComponent(String(id))}`, {});
  }

  restoreAttribute(id: string | number): Promise<MispAttributeResponse> {
    return this.#call('POST', `/attributes/restore/${encodeURIComponent(String(id))}`, {});
  }

  disableIds(id: string | number): Promise<MispAttributeResponse> {
    return this.#call('POST', `/attributes/edit/${encodeURIComponent(String(id))}`, { to_ids: false });
  }

  attachTag(uuid: string, tag: string, local = true): Promise<MispAttachTagResponse> {
    return this.#call('POST', '/tags/attachTagToObject', { uuid, tag, local: local ? 1 : 0 });
  }

  /**
   * Adds a sighting to one attribute (id or UUID); `type: '1'` is a false positive. One attempt
   * only: MISP may have saved the sighting before a 5xx or a cut connection, and a blind retry would
   * add a second one (use ensureSighting to retry safely). MISP refuses with HTTP 200 and a message:
   * an unknown attribute throws MispNotFoundError, other refusals MispSaveError.
   */
  async addSighting(input: AddSightingInput): Promise<MispSighting> {
    const path = '/sightings/add';
    const res = await this.#call<unknown>('POST', path, addSightingBody(input), { once: true });
    return readAddSighting(res, { baseUrl: this.baseUrl, method: 'POST', path });
  }

  /**
   * Makes sure the attribute (by id) carries one sighting of `type` from `source`: returns the one
   * MISP already has, or adds it. After a failure whose outcome is unknown (5xx, cut connection,
   * no answer) it looks again before adding, with the client's backoff, so a sighting MISP saved
   * without answering is found instead of doubled. `source` must be this service's own.
   */
  async ensureSighting(input: AddSightingInput): Promise<{ sighting: MispSighting; added: boolean }> {
    const loop = {
      policy: this.#retry,
      now: () => Date.now(),
      sleep: this.#sleep,
      giveUp: (error: Error) => error,
      onRetry: (error: Error, attempt: number, delayMs: number) =>
        this.#logger?.warn({ mispUrl: this.baseUrl, path: '/sightings/add', attempt, delayMs, reason: error.message }, 'MISP sighting failed, looking before retrying'),
    };
    return retrying<{ sighting: MispSighting; added: boolean }, Error>(loop, async () => {
      const existing = (await this.listSightings(input.attribute)).find((s) => s.type === input.type && s.source === input.source);
      if (existing) return { done: true, value: { sighting: existing, added: false } };
      try {
        return { done: true, value: { sighting: await this.addSighting(input), added: true } };
      } catch (error) {
        if (!transientErrors.has(error as object)) throw error;
        return { done: false, failure: error as Error };
      }
    });
  }

  /** Deletes a sighting by id or UUID; MispNotFoundError when MISP has no such sighting (or it is another org's). */
  deleteSighting(id: string | number): Promise<MispSaveSuccessResponse> {
    return this.#call('POST', `/sightings/delete/${encodeURIComponent(String(id))}`, {});
  }

  /** The sightings of one attribute (by id), newest first; MispNotFoundError when MISP cannot show it (unknown or deleted). */
  async listSightings(attributeId: string | number): Promise<MispSighting[]> {
    const path = `/sightings/listSightings/${encodeURIComponent(String(attributeId))}/attribute`;
    const details = { baseUrl: this.baseUrl, method: 'GET', path };
    let res: unknown;
    try {
      res = await this.#call<unknown>('GET', path);
    } catch (error) {
      if (isInvalidObject(error)) {
        const e = error as MispUnexpectedResponseError;
        throw new MispNotFoundError({ ...details, status: e.status, body: { name: e.mispName, message: e.mispMessage, url: e.mispUrl } });
      }
      throw error;
    }
    return readSightingList(res, details);
  }

  /** `once`: no retry, for requests MISP may have applied before failing and that are not idempotent. */
  async #call<T>(method: 'GET' | 'POST', path: string, body?: unknown, options: { once?: boolean } = {}): Promise<T> {
    const request: MispRequest = { method, path, payload: body === undefined ? undefined : JSON.stringify(body) };
    const loop = {
      policy: this.#retry,
      now: () => Date.now(),
      sleep: this.#sleep,
      giveUp: (fault: TransientFault, attempts: number) => fault.final(attempts),
      onRetry: (fault: TransientFault, attempt: number, delayMs: number) =>
        this.#logger?.warn({ mispUrl: this.baseUrl, method, path, attempt, delayMs, reason: fault.reason }, 'MISP request failed, retrying'),
    };
    const value = await retrying(loop, async (attempt) => {
      const outcome = await this.#attempt(request, attempt);
      if (outcome.done || !options.once) return outcome;
      const error = outcome.failure.final(attempt);
      transientErrors.add(error);
      throw error;
    });
    return value as T;
  }

  /** One HTTP exchange: the parsed body, a TransientFault to retry, or a thrown final MispError. */
  async #attempt(request: MispRequest, attempt: number): Promise<AttemptOutcome<unknown, TransientFault>> {
    const answer = await this.#exchange(request);
    if (answer instanceof TransientFault) return retry(answer);
    return outcomeOf(answer, this.#details(request), attempt);
  }

  /** Sends the request and reads the whole answer before the deadline; no answer is a TransientFault. */
  async #exchange(request: MispRequest): Promise<MispAnswer | TransientFault> {
    // undici's timeouts bound the wait for the headers and each pause in the body; a body that keeps
    // trickling would never end without a deadline for the whole answer.
    const deadline = AbortSignal.timeout(this.#timeoutMs);
    let answered = false;
    try {
      const res = await this.#pool.request(this.#requestOptions(request, deadline));
      answered = true;
      return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
    } catch (err) {
      const reason = deadline.aborted
        ? answered
          ? `the answer did not finish within ${this.#timeoutMs} ms`
          : `no response headers within ${this.#timeoutMs} ms`
        : describeNetworkError(err, this.#timeoutMs);
      return new TransientFault(reason, (attempts) => new MispUnreachableError({ ...this.#details(request), attempts, reason }));
    }
  }

  /** The undici request; the API key travels in its Authorization header and nowhere else. */
  #requestOptions(request: MispRequest, signal: AbortSignal): Dispatcher.RequestOptions {
    return {
      path: this.#basePath + request.path,
      method: request.method,
      headers: {
        Authorization: this.#apiKey,
        Accept: 'application/json',
        'Content-Type': 'application/json',
      },
      body: request.payload,
      signal,
    };
  }

  /** What every error of this request names: where it went, never the key. */
  #details(request: MispRequest): MispErrorDetails {
    return { baseUrl: this.baseUrl, method: request.method, path: request.path };
  }
}

function restSearchAttributes(res: unknown): MispAttribute[] | undefined {
  if (!isObject(res)) return undefined;
  const response = (res as { response?: unknown }).response;
  // Some MISP versions answer an empty search with `"response": []`.
  if (Array.isArray(response)) return response.length === 0 ? [] : undefined;
  if (!isObject(response)) return undefined;
  const list = (response as { Attribute?: unknown }).Attribute;
  return Array.isArray(list) ? (list as MispAttribute[]) : undefined;
}
