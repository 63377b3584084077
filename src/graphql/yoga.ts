// The GraphQL endpoint: Yoga on the Pothos schema, with token authentication and abuse limits.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { hashToken, verifyToken } from '../auth/tokens.js';
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import { databaseProblem } from '../db/errors.js';
import { DomainError, InvalidInputError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { cachedRead } from '../stats/cache.js';
import type { ApiServices, GraphQLContext } from './context.js';
import { RequestLoaders } from './loaders.js';
import { serviceUnavailable } from './availability.js';
import { ResponseCache, useReadCache } from './read-cache.js';
import { schema } from './schema.js';

export interface YogaOptions {
  prisma: Db;
  config: Config;
  logger: Logger;
  /** Runs, curation and indicator checks; without them those operations answer SERVICE_UNAVAILABLE. */
  services?: ApiServices;
}

function unavailable(): never {
  throw serviceUnavailable('Runs, curation and indicator checks are not available in this process (it was started without the pipeline).');
}

/** For a server that only reads counts (tools, benchmarks): every service operation says so. */
export const NO_SERVICES: ApiServices = {
  enqueueRun: async () => unavailable(),
  cancelRun: async () => unavailable(),
  restoreCuratedAttribute: async () => unavailable(),
  refreshWarninglists: async () => unavailable(),
  checkIndicator: async () => unavailable(),
};

const EXAMPLE_QUERY = `# misp-topcontrib: quality IoCs per connected community.
# Put your token in the Headers tab: {"Authorization": "Bearer mtc_..."}
{
  organizations {
    alias
    mispOrgName
    syncUsers { email status }
  }
}
`;

/**
 * Domain errors thrown by a service under a query keep their message and get a code, as does a
 * database that refused a write (busy, full); others stay masked.
 */
function maskDomainError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const problem = databaseProblem(original);
  if (problem !== undefined && error instanceof GraphQLError) {
    return new GraphQLError(problem, { nodes: error.nodes, path: error.path, extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  // Domain errors keep their code: BAD_USER_INPUT, NOT_FOUND, CONFLICT, or MISP's own (a restore it
  // refused, lists it did not serve: MISP_UNREACHABLE...) with a message for its admin that never
  // holds the key.
  if (!(original instanceof DomainError) || !(error instanceof GraphQLError)) return maskError(error, message, isDev);
  const code = original.code;
  const argument = original instanceof InvalidInputError ? { argument: original.field } : {};
  return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: { code, ...argument } });
}

export type Yoga = YogaServerInstance<Record<string, never>, GraphQLContext>;

const responseCaches = new WeakMap<Yoga, ResponseCache>();

/** The cache of whole HTTP answers the HTTP server may answer from before calling `yoga`. */
export function responseCacheOf(yoga: Yoga): ResponseCache | undefined {
  return responseCaches.get(yoga);
}

export function createGraphQLHandler({ prisma, config, logger, services = NO_SERVICES }: YogaOptions): Yoga {
  const responses = new ResponseCache(prisma);
  const yoga = createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: { maskError: maskDomainError },
    logging: {
      debug: (...args) => logger.debug({ args }, 'graphql'),
      info: (...args) => logger.info({ args }, 'graphql'),
      warn: (...args) => logger.warn({ args }, 'graphql'),
      error: (...args) => logger.error({ args }, 'graphql'),
    },
    graphiql: {
      title: 'misp-topcontrib',
      defaultQuery: EXAMPLE_QUERY,
      headers: JSON.stringify({ Authorization: 'Bearer <paste a token here>' }, null, 2),
      shouldPersistHeaders: true,
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 12, ignoreIntrospection: true },
        maxAliases: { n: 30 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 4000 },
        costLimit: { maxCost: 20000, ignoreIntrospection: true },
        blockFieldSuggestion: { enabled: false },
      }),
      useReadCache(prisma, responses),
    ],
    context: async ({ request }) => {
      const header = request.headers.get('authorization');
      const base = { prisma, config, services, loaders: new RequestLoaders() };
      if (header === null || header.trim() === '') return { ...base, viewer: null };
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!match) {
        throw new GraphQLError('The Authorization header must be "Bearer <token>".', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      const token = match[1]!;
      // Dashboards poll: a token is looked up again only after a write (a revocation is one).
      const viewer = await cachedRead(prisma, `token:${hashToken(token)}`, () => verifyToken(prisma, token));
      if (!viewer) {
        throw new GraphQLError('The API token is unknown or revoked. Ask an admin for a new one (`misp-topcontrib token create`).', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      return { ...base, viewer };
    },
  });
  responseCaches.set(yoga, responses);
  return yoga;
}
