// The GraphQL endpoint: Yoga on the Pothos schema, with token authentication and abuse limits.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { hashToken, tokenRefusal, verifyToken } from '../auth/tokens.js';
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import { databaseProblem } from '../db/errors.js';
import { DomainError, InvalidInputError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { cachedRead } from '../stats/cache.js';
import type { ApiServices, GraphQLContext } from './context.js';
import { RequestLoaders } from './loaders.js';
import { serviceUnavailable } from './availability.js';
import { DEFAULT_RESPONSE_CACHE_LIMITS, ResponseCache, useReadCache, type ResponseCacheLimits } from './read-cache.js';
import { requestShapePlugins } from './request-shape.js';
import { useIntrospectionAccess } from './introspection-access.js';
import { useRangeCost } from './range-cost.js';
import { useReaderErrorRedaction } from './reader-view.js';
import { DEFAULT_PROGRESS_LIMITS, RunProgressHub, type ProgressLimits } from './run-progress.js';
import { corsOptions } from './cors.js';
import { usePersistedDocuments } from './persisted-operations.js';
import { schema } from './schema.js';

export interface YogaOptions {
  prisma: Db;
  config: Config;
  logger: Logger;
  /** Runs, curation and indicator checks; without them those operations answer SERVICE_UNAVAILABLE. */
  services?: ApiServices;
  /** Poll interval and caps of progress subscriptions (run-progress.ts). */
  progressLimits?: Partial<ProgressLimits>;
  /** Bounds of the HTTP answer cache (read-cache.ts). */
  responseCacheLimits?: Partial<ResponseCacheLimits>;
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

const progressHubs = new WeakMap<Yoga, RunProgressHub>();

/** The progress subscriptions' hub of a handler (for tests and diagnostics). */
export function progressHubOf(yoga: Yoga): RunProgressHub | undefined {
  return progressHubs.get(yoga);
}

export function createGraphQLHandler({ prisma, config, logger, services = NO_SERVICES, progressLimits = {}, responseCacheLimits = {} }: YogaOptions): Yoga {
  const responses = new ResponseCache(prisma, { ...DEFAULT_RESPONSE_CACHE_LIMITS, ...responseCacheLimits });
  const progress = new RunProgressHub(prisma, { ...DEFAULT_PROGRESS_LIMITS, ...progressLimits });
  const yoga = createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: corsOptions(config.httpCorsOrigins),
    maskedErrors: { maskError: maskDomainError },
    logging: {
      debug: (...args) => logger.debug({ args }, 'graphql'),
      info: (...args) => logger.info({ args }, 'graphql'),
      warn: (...args) => logger.warn({ args }, 'graphql'),
      error: (...args) => logger.error({ args }, 'graphql'),
    },
    // GraphiQL is served from the service's own files by src/http/console.ts.
    graphiql: false,
    plugins: [
      ...requestShapePlugins(),
      EnvelopArmorPlugin({
        maxDepth: { n: 12, ignoreIntrospection: true },
        maxAliases: { n: 30 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 4000 },
        costLimit: { maxCost: 100_000, ignoreIntrospection: false },
        blockFieldSuggestion: { enabled: false },
      }),
      useIntrospectionAccess(),
      useReaderErrorRedaction(),
      useRangeCost(prisma, config.maxRows),
      useReadCache(prisma, responses),
      usePersistedDocuments(prisma, config),
    ],
    context: async ({ request }) => {
      const header = request.headers.get('authorization');
      const base = { prisma, config, services, progress, loaders: new RequestLoaders() };
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
        throw new GraphQLError(await tokenRefusal(prisma, token), {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      return { ...base, viewer };
    },
  });
  responseCaches.set(yoga, responses);
  progressHubs.set(yoga, progress);
  return yoga;
}
