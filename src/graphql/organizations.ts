// Communities (organisations) and their sync users.
import { ResolutionStatus } from '../generated/prisma/enums.js';
import { addSyncUser, removeSyncUser } from '../communities/sync-users.js';
import { renameOrganization } from '../communities/organizations.js';
import { builder } from './builder.js';
import { ConflictError, InvalidInputError, NotFoundError } from './errors.js';
import { ADMIN_ONLY, adminOnly } from './reader-view.js';

export const SyncUserStatusEnum = builder.enumType(ResolutionStatus, {
  name: 'SyncUserStatus',
  description: 'How far a sync user has been matched against MISP.',
  values: {
    PENDING: { description: 'Registered; not yet looked up in MISP (happens at the next run).' },
    RESOLVED: { description: 'Found in MISP as a sync user; its organisation identifies the community.' },
    NOT_FOUND: { description: 'No MISP user has this e-mail: check the spelling or ask the community.' },
    NOT_SYNC_USER: { description: 'The MISP user exists but its role is not a sync role (perm_sync without site admin).' },
  },
});

export const OrganizationType = builder.prismaObject('Organization', {
  description: 'A connected community: the MISP organisation of its sync user(s).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Local id.' }),
    alias: t.exposeString('alias', { description: 'The name admins gave the community; unique.' }),
    mispOrgId: t.exposeString('mispOrgId', { nullable: true, description: 'MISP organisation id, once a sync user was resolved.' }),
    mispOrgUuid: t.exposeString('mispOrgUuid', { nullable: true, description: 'MISP organisation UUID, once resolved.' }),
    mispOrgName: t.exposeString('mispOrgName', { nullable: true, description: 'The organisation name as MISP knows it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the community was registered.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'Last change of this record.' }),
    syncUsers: t.relation('syncUsers', {
      description: 'The sync users through which the community pushes events.',
      query: { orderBy: { email: 'asc' } },
    }),
  }),
});

export const SyncUserType = builder.prismaObject('SyncUser', {
  description: 'A MISP sync user registered for a community.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Local id.' }),
    email: t.expose('email', { type: 'EmailAddress', nullable: true, ...adminOnly, description: `The user's e-mail in MISP. ${ADMIN_ONLY}` }),
    organization: t.relation('organization', { description: 'The community it delivers for.' }),
    status: t.expose('status', { type: SyncUserStatusEnum, description: 'Resolution against MISP.' }),
    statusDetail: t.exposeString('statusDetail', { nullable: true, ...adminOnly, description: `Why it is not resolved, in words (it may name the MISP role). ${ADMIN_ONLY}` }),
    mispUserId: t.exposeString('mispUserId', { nullable: true, ...adminOnly, description: `MISP user id, once resolved. ${ADMIN_ONLY}` }),
    mispRoleName: t.exposeString('mispRoleName', { nullable: true, ...adminOnly, description: `The MISP role, once resolved. ${ADMIN_ONLY}` }),
    lastCheckedAt: t.expose('lastCheckedAt', { type: 'DateTime', nullable: true, description: 'Last time it was matched against MISP.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.prismaField({
    type: ['Organization'],
    description: 'Every registered community, by alias.',
    authScopes: { reader: true },
    resolve: (query, _root, _args, ctx) => ctx.prisma.organization.findMany({ ...query, orderBy: { alias: 'asc' } }),
  }),
  organization: t.prismaField({
    type: 'Organization',
    nullable: true,
    description: 'One community by its alias; null when no community has that alias.',
    authScopes: { reader: true },
    args: { alias: t.arg.string({ required: true, description: 'The community alias.' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.organization.findUnique({ ...query, where: { alias: args.alias.trim() } }),
  }),
  syncUsers: t.prismaField({
    type: ['SyncUser'],
    description: 'Every registered sync user, by community and e-mail.',
    authScopes: { reader: true },
    resolve: (query, _root, _args, ctx) => ctx.prisma.syncUser.findMany({ ...query, orderBy: [{ organization: { alias: 'asc' } }, { email: 'asc' }] }),
  }),
}));

/**
 * The Prisma query of a mutation's result. A client asking only for the result's `__typename` gets
 * an empty `select` from the errors plugin, which Prisma refuses: the row is then read whole.
 */
function resultQuery<Q extends { select?: object }>(query: Q): Q {
  return query.select && Object.keys(query.select).length === 0 ? ({} as Q) : query;
}

builder.mutationFields((t) => ({
  addSyncUser: t.prismaField({
    type: 'SyncUser',
    description: 'Register a sync user for a community (created on first use). It is matched against MISP on the next run.',
    authScopes: { admin: true },
    errors: { types: [InvalidInputError, ConflictError], dataField: { name: 'syncUser', description: 'The registered sync user.' } },
    args: {
      email: t.arg.string({ required: true, description: "The sync user's e-mail in MISP." }),
      organizationAlias: t.arg.string({ required: true, description: 'The community alias.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const created = await addSyncUser(ctx.prisma, args.email, args.organizationAlias);
      return ctx.prisma.syncUser.findUniqueOrThrow({ ...resultQuery(query), where: { id: created.id } });
    },
  }),
  removeSyncUser: t.field({
    type: 'Boolean',
    description: "Unregister a sync user. Its community and the community's history stay.",
    authScopes: { admin: true },
    errors: { types: [InvalidInputError, NotFoundError], dataField: { name: 'removed', description: 'Always true: the user was removed.' } },
    args: { email: t.arg.string({ required: true, description: "The sync user's e-mail." }) },
    resolve: async (_root, args, ctx) => {
      await removeSyncUser(ctx.prisma, args.email);
      return true;
    },
  }),
  renameOrganization: t.prismaField({
    type: 'Organization',
    description: 'Give a community a new alias. Its history follows it.',
    authScopes: { admin: true },
    errors: { types: [InvalidInputError, NotFoundError, ConflictError], dataField: { name: 'organization', description: 'The renamed community.' } },
    args: {
      alias: t.arg.string({ required: true, description: 'The current alias.' }),
      newAlias: t.arg.string({ required: true, description: 'The new alias.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const renamed = await renameOrganization(ctx.prisma, args.alias, args.newAlias);
      return ctx.prisma.organization.findUniqueOrThrow({ ...resultQuery(query), where: { id: renamed.id } });
    },
  }),
}));
