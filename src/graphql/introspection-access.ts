// Introspection (__schema, __type) answers the requests that may read: a token, or any request
// when GRAPHQL_ALLOW_ANONYMOUS is on. It counts against the same depth and cost limits as any
// query (yoga.ts), so thirty aliased __schema in one request are refused like any costly query.
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from './context.js';

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return false;
      }
      return undefined;
    },
    [Kind.OPERATION_DEFINITION]: { leave: () => (found ? false : undefined) },
  });
  return found;
}

export function useIntrospectionAccess(): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as GraphQLContext;
      if (ctx.viewer !== null || ctx.config.allowAnonymous || !introspects(args.document as DocumentNode)) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            'The schema is shown to requests with a token: send "Authorization: Bearer <token>" (in GraphiQL, the Headers tab). An admin creates one with `misp-topcontrib token create --role reader`.',
            { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } },
          ),
        ],
      });
    },
  };
}
