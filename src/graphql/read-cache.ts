// Whole results of read-only queries, reused until the next commit to the database (see
// stats/cache.ts). A month of daily buckets for 20 communities is 620 objects to execute per
// request; a dashboard polling it gets the same answer until the pipeline writes.
//
// Two layers:
// - the execution result, keyed by document and variables (useReadCache), for every request;
// - the HTTP answer itself, status, headers and bytes (ResponseCache), keyed by what the client
//   sent: a repeated identical POST with the same token is answered before Yoga, without parsing,
//   validating, authenticating or serialising again. Both expire together (same stamp and age).
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { getOperationAST, Kind, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/client.js';
import { cachedEntry, dataStamp, isCurrent, type Stamped } from '../stats/cache.js';
import type { GraphQLContext } from './context.js';

/**
 * Root fields whose answer is a function of the database alone, the same for every reader
 * (admins' answers are kept apart: they see more).
 * Not checkIndicator: its verdicts expire with the clock and its warninglists live in memory.
 */
const DATABASE_READS = new Set(['leaderboard', 'contributions', 'organizations', 'organization', 'syncUsers', 'curationLogs', 'pipelineRuns', 'pipelineRun', 'warninglists']);

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

/** Rejects compute() so that cachedRead keeps nothing, and carries the result to return anyway. */
class NotCacheable extends Error {
  constructor(readonly result: unknown) {
    super('not cacheable');
  }
}

function cacheable(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- both sides are graphql's Kind; the rule misreads its declaration
  return operation?.operation === 'query' && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && DATABASE_READS.has(s.name.value));
}

/** Request bodies up to this size are candidates for the response cache. */
export const RESPONSE_CACHE_MAX_REQUEST_BYTES = 64 * 1024;
/** Answers larger than this are not kept (a year of daily rows for every community is megabytes). */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

export interface ResponseCacheLimits {
  /** Answers kept at most. */
  maxEntries: number;
  /** Heap the kept answers may take together, as entryBytes() counts it. */
  maxBytes: number;
}

export const DEFAULT_RESPONSE_CACHE_LIMITS: ResponseCacheLimits = { maxEntries: 2000, maxBytes: 32 * 1024 * 1024 };

/**
 * What one kept answer costs beyond its body, key and headers' text: the entry and headers
 * objects and the Map slot. Rounded up: test/security/answer-cache.test.ts fills the cache and
 * weighs the heap after GC (a small dashboard answer: ~1.0 KB held, ~1.5 KB counted).
 */
const ENTRY_OVERHEAD_BYTES = 1024;

/** A string's heap: V8 keeps ASCII text one byte a character, other text two. */
function stringBytes(text: string): number {
  return Buffer.byteLength(text) === text.length ? text.length : text.length * 2;
}

function entryBytes(key: string, headers: Record<string, string>, body: string): number {
  let text = stringBytes(key) + stringBytes(body);
  for (const [name, value] of Object.entries(headers)) text += name.length + value.length + 32;
  return ENTRY_OVERHEAD_BYTES + text;
}

interface CachedResponse extends Stamped {
  status: number;
  headers: Record<string, string>;
  /**
   * The JSON text. A string, not a Buffer: a Buffer of its own costs ~2 KB of backing store
   * whatever its size, and a slice of Node's pool keeps 8 KB alive.
   */
  body: string;
  /** entryBytes() of it, as counted in the total. */
  bytes: number;
}

interface InFlight {
  done: Promise<void>;
  release(): void;
}

/** The key of a request's answer, carried from the HTTP server to the plugin on the request. */
const RESPONSE_KEY = Symbol('responseCacheKey');
const IN_FLIGHT = Symbol('responseCacheInFlight');
type KeyedRequest = IncomingMessage & { [RESPONSE_KEY]?: string; [IN_FLIGHT]?: InFlight };

/**
 * HTTP answers to read requests, replayed while the database is unchanged. Only answers of
 * cacheable executions (every root field a DATABASE_READ, a token allowed to read, no errors) are
 * kept, each under the stamp of the result it carries, so it never outlives that result.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  /** The commit stamp the kept answers were last swept for. */
  private sweptStamp: number | null = null;
  /** Requests with a key being answered by Yoga now. */
  private readonly inFlight = new Map<string, InFlight>();
  /** Requests answered from the cache, and answers kept (for tests and diagnostics). */
  readonly counts = { hits: 0, stored: 0 };
  /** Results of cacheable executions by request, with the stamp they were computed under. */
  readonly results = new WeakMap<object, Stamped>();

  constructor(
    private readonly prisma: Db,
    readonly limits: ResponseCacheLimits = DEFAULT_RESPONSE_CACHE_LIMITS,
  ) {}

  /** Answers kept now and the heap they are counted for. */
  size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /**
   * Everything of the request the answer depends on: the token (hashed), the media types
   * (Accept picks the response's content type), Origin (CORS headers) and the body, byte for byte.
   */
  static keyOf(req: IncomingMessage, body: Buffer): string {
    const h = req.headers;
    const token = h.authorization ? createHash('sha256').update(h.authorization).digest('base64') : '';
    // Header values cannot hold a newline; the body comes last.
    return `${token}\n${h.accept ?? ''}\n${h['content-type'] ?? ''}\n${h.origin ?? ''}\n${body.toString('latin1')}`;
  }

  /** The answer kept for `key`, if nothing was committed since and it is young enough. */
  async get(key: string): Promise<CachedResponse | null> {
    const hit = this.entries.get(key);
    if (!hit) return null;
    const stamp = await dataStamp(this.prisma);
    if (stamp !== null) this.sweep(stamp);
    if (stamp !== null && isCurrent(hit, stamp)) {
      this.counts.hits++;
      return hit;
    }
    this.delete(key);
    return null;
  }

  /**
   * The answer for `key`, waiting first for a request with the same key that Yoga is answering
   * now: after a commit (or once an answer is a second old) the dashboards' identical requests
   * arrive together, and one execution and one serialisation serve them all. Without an answer,
   * `req` is marked to be answered by Yoga (and, if none is, as the one the others wait for)
   * until release(req): when its answer is stored or known not to be kept, or when it closes.
   */
  async answer(req: IncomingMessage, key: string): Promise<CachedResponse | null> {
    const hit = await this.get(key);
    if (hit) return hit;
    const pending = this.inFlight.get(key);
    if (pending) {
      await pending.done;
      const shared = await this.get(key);
      if (shared) return shared;
    }
    (req as KeyedRequest)[RESPONSE_KEY] = key;
    if (!this.inFlight.has(key)) {
      let release!: () => void;
      const entry: InFlight = { done: new Promise<void>((resolve) => (release = resolve)), release: () => undefined };
      entry.release = () => {
        release();
        if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
      };
      this.inFlight.set(key, entry);
      (req as KeyedRequest)[IN_FLIGHT] = entry;
    }
    return null;
  }

  /** Lets the requests waiting for `req`'s answer go (once is enough; later calls do nothing). */
  release(req: IncomingMessage): void {
    (req as KeyedRequest)[IN_FLIGHT]?.release();
  }

  /** For the plugin: keeps a cacheable execution's answer, then lets the waiting requests go. */
  async settle(req: IncomingMessage | undefined, stamped: Stamped | undefined, response: Response): Promise<void> {
    try {
      await this.store(req, stamped, response);
    } finally {
      if (req) this.release(req);
    }
  }

  private async store(req: IncomingMessage | undefined, stamped: Stamped | undefined, response: Response): Promise<void> {
    const key = req && (req as KeyedRequest)[RESPONSE_KEY];
    if (!key || !stamped || response.status !== 200 || !/json/.test(response.headers.get('content-type') ?? '')) return;
    const length = Number(response.headers.get('content-length'));
    if (!(length <= MAX_RESPONSE_BYTES)) return;
    const body = await response.clone().text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    const bytes = entryBytes(key, headers, body);
    if (bytes > this.limits.maxBytes) return;
    this.delete(key);
    this.entries.set(key, { stamp: stamped.stamp, at: stamped.at, status: response.status, headers, body, bytes });
    this.bytes += bytes;
    this.counts.stored++;
    const stamp = await dataStamp(this.prisma);
    if (stamp !== null) this.sweep(stamp);
    // Oldest first, as a Map iterates.
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.limits.maxBytes && this.entries.size <= this.limits.maxEntries) break;
      this.delete(oldest);
    }
  }

  /**
   * Drops what can no longer be answered: after a commit, every answer from before it; and the
   * oldest answers past their age (a Map iterates in the order answers were kept).
   */
  private sweep(stamp: number, now = Date.now()): void {
    if (stamp !== this.sweptStamp) {
      this.sweptStamp = stamp;
      for (const [key, entry] of this.entries) if (entry.stamp !== stamp) this.delete(key);
    }
    for (const [key, entry] of this.entries) {
      if (isCurrent(entry, stamp, now)) break;
      this.delete(key);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

export function useReadCache(prisma: Db, responses?: ResponseCache): Plugin<GraphQLContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as GraphQLContext & { request?: Request };
      // Envelop types the execution arguments loosely; these two are graphql-js's.
      const document = args.document as DocumentNode;
      const operationName = args.operationName as string | null | undefined;
      // Only for requests allowed to read: a cached answer must never skip the token check.
      if (!(context.viewer || context.config.allowAnonymous) || !cacheable(document, operationName)) return;
      let id = documentIds.get(document);
      if (id === undefined) {
        id = nextDocumentId++;
        documentIds.set(document, id);
      }
      // Admins see fields readers do not (reader-view.ts): each view is kept apart.
      const view = context.viewer?.role === 'ADMIN' ? 'admin' : 'reader';
      const key = `result:${view}:${id}:${operationName ?? ''}:${JSON.stringify(args.variableValues ?? {})}`;
      setExecuteFn((execArgs) =>
        cachedEntry(prisma, key, async () => {
          const result = (await executeFn(execArgs)) as ExecutionResult | AsyncIterable<unknown>;
          // Errors (a bad range, say) and streamed results are answered, not kept.
          if (Symbol.asyncIterator in result || result.errors) throw new NotCacheable(result);
          return result;
        }).then(
          ({ value, stamped }) => {
            if (stamped && responses && context.request) responses.results.set(context.request, stamped);
            return value;
          },
          (error: unknown) => {
            if (error instanceof NotCacheable) return error.result as ExecutionResult;
            throw error;
          },
        ),
      );
    },
    onResponse({ request, response, serverContext }) {
      return responses?.settle((serverContext as { req?: IncomingMessage }).req, responses.results.get(request), response);
    },
  };
}
