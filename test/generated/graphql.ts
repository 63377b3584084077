/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD, in the configured time zone. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone (UTC). */
  DateTime: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
};

/** The request clashes with what is already stored. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** What happened and what to do. */
  message: Scalars['String']['output'];
};

/** Something the request asked for could not be done; nothing was written. */
export type Error = {
  /** What happened and what to do. */
  message: Scalars['String']['output'];
};

/** An argument is not valid. */
export type InvalidInputError = Error & {
  __typename?: 'InvalidInputError';
  /** The argument to fix. */
  field: Scalars['String']['output'];
  /** What happened and what to do. */
  message: Scalars['String']['output'];
};

/** Administer communities and runs. Every mutation needs an admin token. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Register a sync user for a community (created on first use). It is matched against MISP on the next run. */
  addSyncUser: MutationAddSyncUserResult;
  /** Unregister a sync user. Its community and the community's history stay. */
  removeSyncUser: MutationRemoveSyncUserResult;
  /** Give a community a new alias. Its history follows it. */
  renameOrganization: MutationRenameOrganizationResult;
};


/** Administer communities and runs. Every mutation needs an admin token. */
export type MutationAddSyncUserArgs = {
  email: Scalars['String']['input'];
  organizationAlias: Scalars['String']['input'];
};


/** Administer communities and runs. Every mutation needs an admin token. */
export type MutationRemoveSyncUserArgs = {
  email: Scalars['String']['input'];
};


/** Administer communities and runs. Every mutation needs an admin token. */
export type MutationRenameOrganizationArgs = {
  alias: Scalars['String']['input'];
  newAlias: Scalars['String']['input'];
};

/** What the mutation returns: its result, or an error saying what to fix (nothing was written). */
export type MutationAddSyncUserResult = ConflictError | InvalidInputError | MutationAddSyncUserSuccess;

/** The mutation succeeded. */
export type MutationAddSyncUserSuccess = {
  __typename?: 'MutationAddSyncUserSuccess';
  /** The registered sync user. */
  syncUser: SyncUser;
};

/** What the mutation returns: its result, or an error saying what to fix (nothing was written). */
export type MutationRemoveSyncUserResult = InvalidInputError | MutationRemoveSyncUserSuccess | NotFoundError;

/** The mutation succeeded. */
export type MutationRemoveSyncUserSuccess = {
  __typename?: 'MutationRemoveSyncUserSuccess';
  /** Always true: the user was removed. */
  removed: Scalars['Boolean']['output'];
};

/** What the mutation returns: its result, or an error saying what to fix (nothing was written). */
export type MutationRenameOrganizationResult = ConflictError | InvalidInputError | MutationRenameOrganizationSuccess | NotFoundError;

/** The mutation succeeded. */
export type MutationRenameOrganizationSuccess = {
  __typename?: 'MutationRenameOrganizationSuccess';
  /** The renamed community. */
  organization: Organization;
};

/** The thing named does not exist. */
export type NotFoundError = Error & {
  __typename?: 'NotFoundError';
  /** What happened and what to do. */
  message: Scalars['String']['output'];
};

/** A connected community: the MISP organisation of its sync user(s). */
export type Organization = {
  __typename?: 'Organization';
  /** The name admins gave the community; unique. */
  alias: Scalars['String']['output'];
  /** When the community was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Local id. */
  id: Scalars['ID']['output'];
  /** MISP organisation id, once a sync user was resolved. */
  mispOrgId?: Maybe<Scalars['String']['output']>;
  /** The organisation name as MISP knows it. */
  mispOrgName?: Maybe<Scalars['String']['output']>;
  /** MISP organisation UUID, once resolved. */
  mispOrgUuid?: Maybe<Scalars['String']['output']>;
  /** The sync users through which the community pushes events. */
  syncUsers: Array<SyncUser>;
  /** Last change of this record. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Read the counts, the communities, the audit log and the runs. */
export type Query = {
  __typename?: 'Query';
  /** One community by its alias; null when no community has that alias. */
  organization?: Maybe<Organization>;
  /** Every registered community, by alias. */
  organizations: Array<Organization>;
  /** Every registered sync user, by community and e-mail. */
  syncUsers: Array<SyncUser>;
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryOrganizationArgs = {
  alias: Scalars['String']['input'];
};

/** A MISP sync user registered for a community. */
export type SyncUser = {
  __typename?: 'SyncUser';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The user's e-mail in MISP. */
  email: Scalars['EmailAddress']['output'];
  /** Local id. */
  id: Scalars['ID']['output'];
  /** Last time it was matched against MISP. */
  lastCheckedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The MISP role, once resolved. */
  mispRoleName?: Maybe<Scalars['String']['output']>;
  /** MISP user id, once resolved. */
  mispUserId?: Maybe<Scalars['String']['output']>;
  /** The community it delivers for. */
  organization: Organization;
  /** Resolution against MISP. */
  status: SyncUserStatus;
  /** Why it is not resolved, in words. */
  statusDetail?: Maybe<Scalars['String']['output']>;
};

/** How far a sync user has been matched against MISP. */
export type SyncUserStatus =
  /** No MISP user has this e-mail: check the spelling or ask the community. */
  | 'NOT_FOUND'
  /** The MISP user exists but its role is not a sync role (perm_sync without site admin). */
  | 'NOT_SYNC_USER'
  /** Registered; not yet looked up in MISP (happens at the next run). */
  | 'PENDING'
  /** Found in MISP as a sync user; its organisation identifies the community. */
  | 'RESOLVED';

export type AddSyncUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
  alias: Scalars['String']['input'];
}>;


export type AddSyncUserMutation = { __typename?: 'Mutation', addSyncUser:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'MutationAddSyncUserSuccess', syncUser: { __typename?: 'SyncUser', email: string, status: SyncUserStatus, organization: { __typename?: 'Organization', alias: string } } }
   };

export type RemoveSyncUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RemoveSyncUserMutation = { __typename?: 'Mutation', removeSyncUser:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'MutationRemoveSyncUserSuccess', removed: boolean }
    | { __typename: 'NotFoundError', message: string }
   };

export type RenameOrganizationMutationVariables = Exact<{
  alias: Scalars['String']['input'];
  newAlias: Scalars['String']['input'];
}>;


export type RenameOrganizationMutation = { __typename?: 'Mutation', renameOrganization:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'MutationRenameOrganizationSuccess', organization: { __typename?: 'Organization', alias: string } }
    | { __typename: 'NotFoundError', message: string }
   };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', alias: string, syncUsers: Array<{ __typename?: 'SyncUser', email: string, status: SyncUserStatus }> }> };

export type OrganizationQueryVariables = Exact<{
  alias: Scalars['String']['input'];
}>;


export type OrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', alias: string, syncUsers: Array<{ __typename?: 'SyncUser', email: string }> } | null };

export type SyncUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncUsersQuery = { __typename?: 'Query', syncUsers: Array<{ __typename?: 'SyncUser', email: string, organization: { __typename?: 'Organization', alias: string } }> };


export const AddSyncUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSyncUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSyncUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationAlias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationAddSyncUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddSyncUserMutation, AddSyncUserMutationVariables>;
export const RemoveSyncUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSyncUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSyncUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRemoveSyncUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveSyncUserMutation, RemoveSyncUserMutationVariables>;
export const RenameOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newAlias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}},{"kind":"Argument","name":{"kind":"Name","value":"newAlias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newAlias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRenameOrganizationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RenameOrganizationMutation, RenameOrganizationMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"syncUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"syncUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const SyncUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}}]}}]}}]} as unknown as DocumentNode<SyncUsersQuery, SyncUsersQueryVariables>;