// The Pothos schema builder shared by every domain file of the GraphQL layer.
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { DateResolver, DateTimeResolver, EmailAddressResolver, JSONResolver } from 'graphql-scalars';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { GraphQLContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  AuthScopes: { reader: boolean; admin: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: Date; Output: Date | string };
    DateTime: { Input: Date; Output: Date };
    EmailAddress: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    // Without it, a subscription's scopes are checked per event only, after it started.
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      reader: ctx.viewer !== null || ctx.config.allowAnonymous,
      admin: ctx.viewer?.role === 'ADMIN',
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer === null
        ? new GraphQLError('This API needs a token: send the header "Authorization: Bearer <token>". An admin creates one with `misp-topcontrib token create --role reader`.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          })
        : new GraphQLError(`The token "${ctx.viewer.name}" is a ${ctx.viewer.role.toLowerCase()} token; this operation needs an admin token.`, {
            extensions: { code: 'FORBIDDEN' },
          }),
  },
  errors: {
    defaultTypes: [],
    defaultUnionOptions: { description: 'What the mutation returns: its result, or an error saying what to fix (nothing was written).' },
    defaultResultOptions: { description: 'The mutation succeeded.' },
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    pageInfoTypeOptions: { description: 'Where a page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'More rows follow: ask again with after = endCursor.' },
    hasPreviousPageFieldOptions: { description: 'Rows precede: ask again with before = startCursor.' },
    startCursorFieldOptions: { description: 'Cursor of the first row of the page.' },
    endCursorFieldOptions: { description: 'Cursor of the last row of the page.' },
    firstArgOptions: { description: 'Page size from the start (or from after); at most 200.' },
    lastArgOptions: { description: 'Page size from the end (or from before); at most 200.' },
    afterArgOptions: { description: "Rows after this cursor (a previous page's endCursor)." },
    beforeArgOptions: { description: "Rows before this cursor (a previous page's startCursor)." },
    edgesFieldOptions: { description: 'The rows of the page.' },
    pageInfoFieldOptions: { description: 'Cursors to fetch the next or previous page.' },
    cursorFieldOptions: { description: 'Where this row sits, for after/before.' },
    nodeFieldOptions: { description: 'The row.' },
  },
});

builder.addScalarType('Date', DateResolver, { description: 'A calendar day, YYYY-MM-DD, in the configured time zone.' });
builder.addScalarType('DateTime', DateTimeResolver, { description: 'An instant, ISO 8601 with time zone (UTC).' });
builder.addScalarType('EmailAddress', EmailAddressResolver, {});
builder.addScalarType('JSON', JSONResolver, { description: 'Any JSON value, sent as JSON (not as a string).' });

builder.queryType({ description: 'Read the counts, the communities, the audit log and the runs.' });
builder.mutationType({ description: 'Administer communities and runs. Every mutation needs an admin token.' });
builder.subscriptionType({ description: 'Follow changes as server-sent events (Accept: text/event-stream).' });

/** A Date argument as the YYYY-MM-DD string the database stores. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
