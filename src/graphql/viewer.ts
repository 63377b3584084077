// Who is asking: lets a client (the web console) show a reader no admin controls.
import type { Viewer } from '../auth/tokens.js';
import { builder } from './builder.js';

const RoleEnum = builder.enumType('ViewerRole', {
  description: 'What the viewer may do.',
  values: {
    READER: { description: 'Read every query and subscription.' },
    ADMIN: { description: 'Read, and run every mutation.' },
  },
});

const ViewerType = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The owner of the token the request carries.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name the token was created with.' }),
    role: t.field({ type: RoleEnum, description: 'What the token may do.', resolve: (v) => v.role }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerType,
    nullable: true,
    authScopes: { reader: true },
    description: "The token's owner and role; null for a request without a token (when GRAPHQL_ALLOW_ANONYMOUS lets it read).",
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
);
