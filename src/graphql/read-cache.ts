// Whole results of read-only queries, reused until the next commit to the database (see
// stats/cache.ts). A month of daily buckets for 20 communities is 620 objects to execute per
// request; a dashboard polling it gets the same answer until the pipeline writes.
import { getOperationAST, Kind, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/client.js';
import { cachedRead } from '../stats/cache.js';
import type { GraphQLContext } from './context.js';

/**
 * Root fields whose answer is a function of the database alone, the same for every reader.
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
  return operation?.operation === 'query' && operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && DATABASE_READS.has(s.name.value));
}

export function useReadCache(prisma: Db): Plugin<GraphQLContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as GraphQLContext;
      // Only for requests allowed to read: a cached answer must never skip the token check.
      if (!(context.viewer || context.config.allowAnonymous) || !cacheable(args.document, args.operationName)) return;
      let id = documentIds.get(args.document);
      if (id === undefined) {
        id = nextDocumentId++;
        documentIds.set(args.document, id);
      }
      const key = `result:${id}:${args.operationName ?? ''}:${JSON.stringify(args.variableValues ?? {})}`;
      setExecuteFn((execArgs) =>
        cachedRead(prisma, key, async () => {
          const result = (await executeFn(execArgs)) as ExecutionResult | AsyncIterable<unknown>;
          // Errors (a bad range, say) and streamed results are answered, not kept.
          if (Symbol.asyncIterator in result || result.errors) throw new NotCacheable(result);
          return result;
        }).catch((error: unknown) => {
          if (error instanceof NotCacheable) return error.result as ExecutionResult;
          throw error;
        }),
      );
    },
  };
}
