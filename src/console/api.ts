// Talks to the service's GraphQL endpoint: queries and mutations as JSON POSTs, the run progress
// subscription as server-sent events read from a fetch stream (EventSource cannot send a token).
// Every operation goes by the SHA-256 hash codegen registered for it ({"documentId": ...}), never
// as text, so the console works on a server with GRAPHQL_PERSISTED_ONLY=true.
import type { TypedDocumentString } from './generated/graphql.js';

const ENDPOINT = '/graphql';
const TOKEN_KEY = 'misp-topcontrib.token';

/** The token lives in sessionStorage: gone when the browser closes, never in a URL. */
export const tokenStore = {
  get(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  set(token: string): void {
    sessionStorage.setItem(TOKEN_KEY, token);
  },
  clear(): void {
    sessionStorage.removeItem(TOKEN_KEY);
  },
};

/** What the API refused, in its own words. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

function headers(accept: string): Record<string, string> {
  // A JSON content type on every POST: what the service's CSRF protection expects of a page.
  const h: Record<string, string> = { 'content-type': 'application/json', accept };
  const token = tokenStore.get();
  if (token) h.authorization = `Bearer ${token}`;
  return h;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function failure(body: GraphQLResponse<unknown>, status: number): ApiError {
  const first = body.errors?.[0];
  if (first) return new ApiError(first.message, first.extensions?.code ?? null);
  return new ApiError(`The service answered HTTP ${status} without a result.`, null);
}

/** Identical reads in flight share one request (the first view prefetches while the token is checked). */
const inFlight = new Map<string, Promise<unknown>>();

/** The body that runs `document` by its registered hash. */
function byHash<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables | undefined): string {
  const documentId: unknown = document.__meta__?.hash;
  // codegen embeds the hash in every console document (persistedDocuments in codegen.ts).
  if (typeof documentId !== 'string') throw new Error('This console document has no registered hash: run `npm run codegen` and rebuild the console.');
  return JSON.stringify({ documentId, variables });
}

export function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  const body = byHash(document, variables);
  if (document.toString().trimStart().startsWith('mutation')) return send<TResult>(body);
  const key = `${tokenStore.get() ?? ''}\n${body}`;
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<TResult>;
  const promise = send<TResult>(body).finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}

async function send<TResult>(requestBody: string): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: headers('application/graphql-response+json, application/json'),
      body: requestBody,
    });
  } catch {
    throw new ApiError('The service does not answer. Is it running?', 'NETWORK');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(`The service answered HTTP ${response.status} with something that is not JSON.`, null);
  }
  if (body.errors?.length || !body.data) throw failure(body, response.status);
  return body.data;
}

/**
 * Follows a subscription until the stream ends, `signal` aborts, or the API refuses it.
 * Resolves when the stream is over.
 */
export async function subscribe<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, onData: (data: TResult) => void, signal: AbortSignal): Promise<void> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: headers('text/event-stream'),
    body: byHash(document, variables),
    signal,
  });
  if (!response.ok || !response.body || !/event-stream/.test(response.headers.get('content-type') ?? '')) {
    const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
    throw failure(body, response.status);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: *(.*)$/m.exec(message)?.[1];
      const data = message
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (event === 'complete') return;
      if (!data) continue;
      const body = JSON.parse(data) as GraphQLResponse<TResult>;
      if (body.errors?.length || !body.data) throw failure(body, response.status);
      onData(body.data);
    }
  }
}
