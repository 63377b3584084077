// Persisted operations: the documents of src/graphql/operations/ (the README's and the
// dashboards') and the web console's (src/console/documents.ts), registered by SHA-256 hash at
// build time (`npm run codegen` writes persisted/persisted-documents.json), can be called by
// hash: {"documentId": "<hash>"}, or Apollo's extensions.persistedQuery.sha256Hash. With
// GRAPHQL_PERSISTED_ONLY=true, reader tokens (and anonymous reads) may run only those, which the
// console always sends by hash; admin tokens may still send any document.
import { readFileSync } from 'node:fs';
import { defaultExtractPersistedOperationId, usePersistedOperations, type ExtractPersistedOperationId } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hashToken, verifyToken } from '../auth/tokens.js';
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import { cachedRead } from '../stats/cache.js';

/** The registered documents by hash, as codegen wrote them. */
export const PERSISTED_DOCUMENTS: ReadonlyMap<string, string> = new Map(
  Object.entries(JSON.parse(readFileSync(new URL('./persisted/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>),
);

/**
 * Whether a request may send its own document. Only a reader (or an anonymous read allowed by
 * GRAPHQL_ALLOW_ANONYMOUS) is held to the registered ones; a request whose token is malformed or
 * unknown goes on, to be refused as unauthenticated by the context, with that message.
 */
async function mayRunAnyDocument(prisma: Db, config: Config, request: Request): Promise<boolean> {
  const header = request.headers.get('authorization')?.trim() ?? '';
  if (header === '') return !config.allowAnonymous;
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) return true;
  // The same cached lookup as the context's: a token is read again only after a commit.
  const viewer = await cachedRead(prisma, `token:${hashToken(token)}`, () => verifyToken(prisma, token));
  return viewer === null || viewer.role === 'ADMIN';
}

/**
 * The hash as the GraphQL over HTTP draft names it (documentId: in a POST body, or a GET's query
 * string, which Yoga's GET parser does not pass on), or as Apollo's clients send it.
 */
const extractHash: ExtractPersistedOperationId = (params, request, context) => {
  const documentId = (params as { documentId?: unknown }).documentId ?? (request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : null);
  return typeof documentId === 'string' && documentId !== '' ? documentId : defaultExtractPersistedOperationId(params, request, context);
};

export function usePersistedDocuments(prisma: Db, config: Config): Plugin {
  const persisted = usePersistedOperations({
    getPersistedOperation: (hash) => PERSISTED_DOCUMENTS.get(hash) ?? null,
    extractPersistedOperationId: extractHash,
    allowArbitraryOperations: config.persistedOnly ? (request) => mayRunAnyDocument(prisma, config, request) : true,
    customErrors: {
      notFound: () =>
        new GraphQLError(
          'No registered operation has this hash. The registered operations are those of src/graphql/operations/ and of the web console (src/console/documents.ts), listed by hash in src/graphql/persisted/persisted-documents.json (dist/graphql/persisted/ once built); send one of their hashes as "documentId".',
          {
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
          },
        ),
      persistedQueryOnly: () =>
        new GraphQLError(
          'This server runs only registered operations for reader tokens (GRAPHQL_PERSISTED_ONLY=true): send {"documentId": "<sha256>"} of a registered operation instead of a query, or use an admin token.',
          {
            extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
          },
        ),
    },
  });
  return {
    ...persisted,
    // A request with neither a document nor a hash (an empty query) is Yoga's to refuse, with its own words.
    onParams(payload) {
      if (!payload.params.query && extractHash(payload.params, payload.request, payload.context) === null) return;
      return persisted.onParams?.(payload);
    },
  };
}
