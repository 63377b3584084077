/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RestoreCurated($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt mispAttributeId } }\n      ... on InvalidInputError { field }\n      ... on Error { message }\n    }\n  }\n": typeof types.RestoreCuratedDocument,
    "\n  query LogRow($status: CurationStatus) {\n    curationLogs(status: $status, first: 200) { totalCount edges { node { id status mispAttributeId } } }\n  }\n": typeof types.LogRowDocument,
    "\n  mutation RefreshLists {\n    refreshWarninglists {\n      __typename\n      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RefreshListsDocument,
    "\n  query ListVersions {\n    warninglists(selectedOnly: false) { listId name version entryCount selected source }\n  }\n": typeof types.ListVersionsDocument,
    "\n  query Check($type: String!, $value: String!) {\n    checkIndicator(type: $type, value: $value) {\n      type value decision\n      warninglistHits { listId listName entry value }\n      reputation { outcome evidence { provider kind value zone checkedAt expiresAt source } }\n      curationLogs { id reason status attributeType organization { alias } }\n    }\n  }\n": typeof types.CheckDocument,
    "\n  query CheckedBoard($metric: LeaderboardMetric!) {\n    leaderboard(from: \"2026-05-01\", to: \"2026-05-07\", metric: $metric) {\n      rank organization { alias } valid evaluated unchecked qualityRatio checkedShare checkedValid checkedQualityRatio\n    }\n  }\n": typeof types.CheckedBoardDocument,
    "\n  query CheckedSeries {\n    contributions(from: \"2026-05-01\", to: \"2026-05-07\", granularity: MONTH) { organization { alias } checkedShare checkedQualityRatio }\n    organization(alias: \"unverified\") { totals(from: \"2026-05-01\", to: \"2026-05-07\") { checkedShare checkedValid checkedQualityRatio } }\n  }\n": typeof types.CheckedSeriesDocument,
    "\n  query Leaderboard($from: Date!, $to: Date!, $metric: LeaderboardMetric, $limit: Int) {\n    leaderboard(from: $from, to: $to, metric: $metric, limit: $limit) {\n      rank\n      organization { alias }\n      seen capped evaluated warninglistFalsePositives reputationFalsePositives falsePositives\n      confirmedMalicious unknown unchecked valid qualityRatio\n      days daysCovered coverage\n    }\n  }\n": typeof types.LeaderboardDocument,
    "\n  query Contributions($from: Date!, $to: Date!, $organizations: [String!], $granularity: Granularity) {\n    contributions(from: $from, to: $to, organizations: $organizations, granularity: $granularity) {\n      organization { alias }\n      start days daysCovered coverage\n      seen capped evaluated falsePositives valid qualityRatio\n      types { attributeType seen evaluated valid warninglistFalsePositives }\n      creators { creatorOrgId creatorOrgName seen evaluated valid }\n    }\n  }\n": typeof types.ContributionsDocument,
    "\n  query OrganizationTotals($alias: String!, $from: Date!, $to: Date!) {\n    organization(alias: $alias) {\n      totals(from: $from, to: $to) { from to evaluated valid daysCovered coverage qualityRatio }\n      series(from: $from, to: $to, granularity: WEEK) { start valid daysCovered types { attributeType valid } }\n    }\n  }\n": typeof types.OrganizationTotalsDocument,
    "\n  query EveryOrganization($from: Date!, $to: Date!) {\n    organizations {\n      alias\n      totals(from: $from, to: $to) { valid daysCovered }\n      series(from: $from, to: $to, granularity: MONTH) { start valid creators { creatorOrgId valid } }\n    }\n  }\n": typeof types.EveryOrganizationDocument,
    "\n  query CurationLogs($organization: String, $from: Date, $to: Date, $reason: CurationReason, $action: CurationAction, $status: CurationStatus, $first: Int, $after: String) {\n    curationLogs(organization: $organization, from: $from, to: $to, reason: $reason, action: $action, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id day mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value\n          reason evidence action status error createdAt actedAt restoredAt\n          organization { alias }\n          run { id kind }\n        }\n      }\n    }\n  }\n": typeof types.CurationLogsDocument,
    "\n  mutation Restore($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status } }\n      ... on InvalidInputError { field message }\n      ... on Error { message }\n    }\n  }\n": typeof types.RestoreDocument,
    "\n  query Warninglists($selectedOnly: Boolean) {\n    warninglists(selectedOnly: $selectedOnly) { name type version entryCount selected matchingAttributes invalidEntries refreshedAt source listId }\n  }\n": typeof types.WarninglistsDocument,
    "\n  query CheckIndicator($type: String!, $value: String!) {\n    checkIndicator(type: $type, value: $value) { decision }\n  }\n": typeof types.CheckIndicatorDocument,
    "\n  query FalsePositiveReport($organization: String!, $from: Date!, $to: Date!, $limit: Int) {\n    falsePositiveReport(organization: $organization, from: $from, to: $to, limit: $limit) {\n      day organization { alias } mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value\n      reason evidence explanation removedFromMisp reportedToCommunity\n      actions { curationLogId action status actedAt mispSightingId error }\n    }\n  }\n": typeof types.FalsePositiveReportDocument,
    "\n  query Board($from: Date!, $to: Date!) {\n    leaderboard(from: $from, to: $to) { rank organization { alias } valid }\n  }\n": typeof types.BoardDocument,
    "\n  mutation AddSyncUser($email: String!, $alias: String!) {\n    addSyncUser(email: $email, organizationAlias: $alias) {\n      __typename\n      ... on MutationAddSyncUserSuccess { syncUser { email status organization { alias } } }\n      ... on InvalidInputError { field message }\n      ... on ConflictError { message }\n    }\n  }\n": typeof types.AddSyncUserDocument,
    "\n  mutation RemoveSyncUser($email: String!) {\n    removeSyncUser(email: $email) {\n      __typename\n      ... on NotFoundError { message }\n      ... on MutationRemoveSyncUserSuccess { removed }\n    }\n  }\n": typeof types.RemoveSyncUserDocument,
    "\n  mutation RenameOrganization($alias: String!, $newAlias: String!) {\n    renameOrganization(alias: $alias, newAlias: $newAlias) {\n      __typename\n      ... on MutationRenameOrganizationSuccess { organization { alias } }\n      ... on Error { message }\n    }\n  }\n": typeof types.RenameOrganizationDocument,
    "\n  query Organizations {\n    organizations { alias syncUsers { email status } }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Organization($alias: String!) {\n    organization(alias: $alias) { alias syncUsers { email } }\n  }\n": typeof types.OrganizationDocument,
    "\n  query SyncUsers {\n    syncUsers { email organization { alias } }\n  }\n": typeof types.SyncUsersDocument,
    "\n  mutation RunDay($date: Date!, $dryRun: Boolean) {\n    runDay(date: $date, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunDaySuccess { run { id kind trigger status fromDay toDay dryRun curate progress { daysDone daysTotal fraction } } }\n      ... on InvalidInputError { field message }\n    }\n  }\n": typeof types.RunDayDocument,
    "\n  mutation Backfill($from: Date!, $to: Date!, $curate: Boolean, $dryRun: Boolean) {\n    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {\n      __typename\n      ... on MutationBackfillSuccess { run { id kind status fromDay toDay curate dryRun progress { daysTotal } } }\n      ... on InvalidInputError { field message }\n    }\n  }\n": typeof types.BackfillDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      __typename\n      ... on MutationCancelRunSuccess { run { id status cancelRequested error finishedAt } }\n      ... on InvalidInputError { field message }\n      ... on Error { message }\n    }\n  }\n": typeof types.CancelRunDocument,
    "\n  query PipelineRuns($status: RunStatus, $first: Int, $after: String) {\n    pipelineRuns(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status kind } }\n    }\n  }\n": typeof types.PipelineRunsDocument,
    "\n  query PipelineRun($id: ID!) {\n    pipelineRun(id: $id) {\n      id status attributesProcessed curationDone error startedAt\n      progress { daysDone daysTotal fraction currentDay attributesProcessed }\n    }\n  }\n": typeof types.PipelineRunDocument,
    "\n  subscription Progress($id: ID!) {\n    pipelineRunProgress(id: $id) { id status progress { daysDone daysTotal fraction currentDay } }\n  }\n": typeof types.ProgressDocument,
    "\n  mutation RuleRunDay($date: Date!) {\n    runDay(date: $date) { __typename ... on InvalidInputError { field message } ... on MutationRunDaySuccess { run { id dryRun } } }\n  }\n": typeof types.RuleRunDayDocument,
    "\n  mutation RuleBackfill($from: Date!, $to: Date!) {\n    backfill(from: $from, to: $to) { __typename ... on InvalidInputError { field message } ... on MutationBackfillSuccess { run { id } } }\n  }\n": typeof types.RuleBackfillDocument,
    "\n  query RuleRun($id: ID!) { pipelineRun(id: $id) { id dryRun status } }\n": typeof types.RuleRunDocument,
};
const documents: Documents = {
    "\n  mutation RestoreCurated($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt mispAttributeId } }\n      ... on InvalidInputError { field }\n      ... on Error { message }\n    }\n  }\n": types.RestoreCuratedDocument,
    "\n  query LogRow($status: CurationStatus) {\n    curationLogs(status: $status, first: 200) { totalCount edges { node { id status mispAttributeId } } }\n  }\n": types.LogRowDocument,
    "\n  mutation RefreshLists {\n    refreshWarninglists {\n      __typename\n      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }\n      ... on Error { message }\n    }\n  }\n": types.RefreshListsDocument,
    "\n  query ListVersions {\n    warninglists(selectedOnly: false) { listId name version entryCount selected source }\n  }\n": types.ListVersionsDocument,
    "\n  query Check($type: String!, $value: String!) {\n    checkIndicator(type: $type, value: $value) {\n      type value decision\n      warninglistHits { listId listName entry value }\n      reputation { outcome evidence { provider kind value zone checkedAt expiresAt source } }\n      curationLogs { id reason status attributeType organization { alias } }\n    }\n  }\n": types.CheckDocument,
    "\n  query CheckedBoard($metric: LeaderboardMetric!) {\n    leaderboard(from: \"2026-05-01\", to: \"2026-05-07\", metric: $metric) {\n      rank organization { alias } valid evaluated unchecked qualityRatio checkedShare checkedValid checkedQualityRatio\n    }\n  }\n": types.CheckedBoardDocument,
    "\n  query CheckedSeries {\n    contributions(from: \"2026-05-01\", to: \"2026-05-07\", granularity: MONTH) { organization { alias } checkedShare checkedQualityRatio }\n    organization(alias: \"unverified\") { totals(from: \"2026-05-01\", to: \"2026-05-07\") { checkedShare checkedValid checkedQualityRatio } }\n  }\n": types.CheckedSeriesDocument,
    "\n  query Leaderboard($from: Date!, $to: Date!, $metric: LeaderboardMetric, $limit: Int) {\n    leaderboard(from: $from, to: $to, metric: $metric, limit: $limit) {\n      rank\n      organization { alias }\n      seen capped evaluated warninglistFalsePositives reputationFalsePositives falsePositives\n      confirmedMalicious unknown unchecked valid qualityRatio\n      days daysCovered coverage\n    }\n  }\n": types.LeaderboardDocument,
    "\n  query Contributions($from: Date!, $to: Date!, $organizations: [String!], $granularity: Granularity) {\n    contributions(from: $from, to: $to, organizations: $organizations, granularity: $granularity) {\n      organization { alias }\n      start days daysCovered coverage\n      seen capped evaluated falsePositives valid qualityRatio\n      types { attributeType seen evaluated valid warninglistFalsePositives }\n      creators { creatorOrgId creatorOrgName seen evaluated valid }\n    }\n  }\n": types.ContributionsDocument,
    "\n  query OrganizationTotals($alias: String!, $from: Date!, $to: Date!) {\n    organization(alias: $alias) {\n      totals(from: $from, to: $to) { from to evaluated valid daysCovered coverage qualityRatio }\n      series(from: $from, to: $to, granularity: WEEK) { start valid daysCovered types { attributeType valid } }\n    }\n  }\n": types.OrganizationTotalsDocument,
    "\n  query EveryOrganization($from: Date!, $to: Date!) {\n    organizations {\n      alias\n      totals(from: $from, to: $to) { valid daysCovered }\n      series(from: $from, to: $to, granularity: MONTH) { start valid creators { creatorOrgId valid } }\n    }\n  }\n": types.EveryOrganizationDocument,
    "\n  query CurationLogs($organization: String, $from: Date, $to: Date, $reason: CurationReason, $action: CurationAction, $status: CurationStatus, $first: Int, $after: String) {\n    curationLogs(organization: $organization, from: $from, to: $to, reason: $reason, action: $action, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id day mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value\n          reason evidence action status error createdAt actedAt restoredAt\n          organization { alias }\n          run { id kind }\n        }\n      }\n    }\n  }\n": types.CurationLogsDocument,
    "\n  mutation Restore($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status } }\n      ... on InvalidInputError { field message }\n      ... on Error { message }\n    }\n  }\n": types.RestoreDocument,
    "\n  query Warninglists($selectedOnly: Boolean) {\n    warninglists(selectedOnly: $selectedOnly) { name type version entryCount selected matchingAttributes invalidEntries refreshedAt source listId }\n  }\n": types.WarninglistsDocument,
    "\n  query CheckIndicator($type: String!, $value: String!) {\n    checkIndicator(type: $type, value: $value) { decision }\n  }\n": types.CheckIndicatorDocument,
    "\n  query FalsePositiveReport($organization: String!, $from: Date!, $to: Date!, $limit: Int) {\n    falsePositiveReport(organization: $organization, from: $from, to: $to, limit: $limit) {\n      day organization { alias } mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value\n      reason evidence explanation removedFromMisp reportedToCommunity\n      actions { curationLogId action status actedAt mispSightingId error }\n    }\n  }\n": types.FalsePositiveReportDocument,
    "\n  query Board($from: Date!, $to: Date!) {\n    leaderboard(from: $from, to: $to) { rank organization { alias } valid }\n  }\n": types.BoardDocument,
    "\n  mutation AddSyncUser($email: String!, $alias: String!) {\n    addSyncUser(email: $email, organizationAlias: $alias) {\n      __typename\n      ... on MutationAddSyncUserSuccess { syncUser { email status organization { alias } } }\n      ... on InvalidInputError { field message }\n      ... on ConflictError { message }\n    }\n  }\n": types.AddSyncUserDocument,
    "\n  mutation RemoveSyncUser($email: String!) {\n    removeSyncUser(email: $email) {\n      __typename\n      ... on NotFoundError { message }\n      ... on MutationRemoveSyncUserSuccess { removed }\n    }\n  }\n": types.RemoveSyncUserDocument,
    "\n  mutation RenameOrganization($alias: String!, $newAlias: String!) {\n    renameOrganization(alias: $alias, newAlias: $newAlias) {\n      __typename\n      ... on MutationRenameOrganizationSuccess { organization { alias } }\n      ... on Error { message }\n    }\n  }\n": types.RenameOrganizationDocument,
    "\n  query Organizations {\n    organizations { alias syncUsers { email status } }\n  }\n": types.OrganizationsDocument,
    "\n  query Organization($alias: String!) {\n    organization(alias: $alias) { alias syncUsers { email } }\n  }\n": types.OrganizationDocument,
    "\n  query SyncUsers {\n    syncUsers { email organization { alias } }\n  }\n": types.SyncUsersDocument,
    "\n  mutation RunDay($date: Date!, $dryRun: Boolean) {\n    runDay(date: $date, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunDaySuccess { run { id kind trigger status fromDay toDay dryRun curate progress { daysDone daysTotal fraction } } }\n      ... on InvalidInputError { field message }\n    }\n  }\n": types.RunDayDocument,
    "\n  mutation Backfill($from: Date!, $to: Date!, $curate: Boolean, $dryRun: Boolean) {\n    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {\n      __typename\n      ... on MutationBackfillSuccess { run { id kind status fromDay toDay curate dryRun progress { daysTotal } } }\n      ... on InvalidInputError { field message }\n    }\n  }\n": types.BackfillDocument,
    "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      __typename\n      ... on MutationCancelRunSuccess { run { id status cancelRequested error finishedAt } }\n      ... on InvalidInputError { field message }\n      ... on Error { message }\n    }\n  }\n": types.CancelRunDocument,
    "\n  query PipelineRuns($status: RunStatus, $first: Int, $after: String) {\n    pipelineRuns(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status kind } }\n    }\n  }\n": types.PipelineRunsDocument,
    "\n  query PipelineRun($id: ID!) {\n    pipelineRun(id: $id) {\n      id status attributesProcessed curationDone error startedAt\n      progress { daysDone daysTotal fraction currentDay attributesProcessed }\n    }\n  }\n": types.PipelineRunDocument,
    "\n  subscription Progress($id: ID!) {\n    pipelineRunProgress(id: $id) { id status progress { daysDone daysTotal fraction currentDay } }\n  }\n": types.ProgressDocument,
    "\n  mutation RuleRunDay($date: Date!) {\n    runDay(date: $date) { __typename ... on InvalidInputError { field message } ... on MutationRunDaySuccess { run { id dryRun } } }\n  }\n": types.RuleRunDayDocument,
    "\n  mutation RuleBackfill($from: Date!, $to: Date!) {\n    backfill(from: $from, to: $to) { __typename ... on InvalidInputError { field message } ... on MutationBackfillSuccess { run { id } } }\n  }\n": types.RuleBackfillDocument,
    "\n  query RuleRun($id: ID!) { pipelineRun(id: $id) { id dryRun status } }\n": types.RuleRunDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCurated($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt mispAttributeId } }\n      ... on InvalidInputError { field }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCurated($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt mispAttributeId } }\n      ... on InvalidInputError { field }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogRow($status: CurationStatus) {\n    curationLogs(status: $status, first: 200) { totalCount edges { node { id status mispAttributeId } } }\n  }\n"): (typeof documents)["\n  query LogRow($status: CurationStatus) {\n    curationLogs(status: $status, first: 200) { totalCount edges { node { id status mispAttributeId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshLists {\n    refreshWarninglists {\n      __typename\n      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshLists {\n    refreshWarninglists {\n      __typename\n      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListVersions {\n    warninglists(selectedOnly: false) { listId name version entryCount selected source }\n  }\n"): (typeof documents)["\n  query ListVersions {\n    warninglists(selectedOnly: false) { listId name version entryCount selected source }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Check($type: String!, $value: String!) {\n    checkIndicator(type: $type, value: $value) {\n      type value decision\n      warninglistHits { listId listName entry value }\n      reputation { outcome evidence { provider kind value zone checkedAt expiresAt source } }\n      curationLogs { id reason status attributeType organization { alias } }\n    }\n  }\n"): (typeof documents)["\n  query Check($type: String!, $value: String!) {\n    checkIndicator(type: $type, value: $value) {\n      type value decision\n      warninglistHits { listId listName entry value }\n      reputation { outcome evidence { provider kind value zone checkedAt expiresAt source } }\n      curationLogs { id reason status attributeType organization { alias } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckedBoard($metric: LeaderboardMetric!) {\n    leaderboard(from: \"2026-05-01\", to: \"2026-05-07\", metric: $metric) {\n      rank organization { alias } valid evaluated unchecked qualityRatio checkedShare checkedValid checkedQualityRatio\n    }\n  }\n"): (typeof documents)["\n  query CheckedBoard($metric: LeaderboardMetric!) {\n    leaderboard(from: \"2026-05-01\", to: \"2026-05-07\", metric: $metric) {\n      rank organization { alias } valid evaluated unchecked qualityRatio checkedShare checkedValid checkedQualityRatio\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckedSeries {\n    contributions(from: \"2026-05-01\", to: \"2026-05-07\", granularity: MONTH) { organization { alias } checkedShare checkedQualityRatio }\n    organization(alias: \"unverified\") { totals(from: \"2026-05-01\", to: \"2026-05-07\") { checkedShare checkedValid checkedQualityRatio } }\n  }\n"): (typeof documents)["\n  query CheckedSeries {\n    contributions(from: \"2026-05-01\", to: \"2026-05-07\", granularity: MONTH) { organization { alias } checkedShare checkedQualityRatio }\n    organization(alias: \"unverified\") { totals(from: \"2026-05-01\", to: \"2026-05-07\") { checkedShare checkedValid checkedQualityRatio } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Leaderboard($from: Date!, $to: Date!, $metric: LeaderboardMetric, $limit: Int) {\n    leaderboard(from: $from, to: $to, metric: $metric, limit: $limit) {\n      rank\n      organization { alias }\n      seen capped evaluated warninglistFalsePositives reputationFalsePositives falsePositives\n      confirmedMalicious unknown unchecked valid qualityRatio\n      days daysCovered coverage\n    }\n  }\n"): (typeof documents)["\n  query Leaderboard($from: Date!, $to: Date!, $metric: LeaderboardMetric, $limit: Int) {\n    leaderboard(from: $from, to: $to, metric: $metric, limit: $limit) {\n      rank\n      organization { alias }\n      seen capped evaluated warninglistFalsePositives reputationFalsePositives falsePositives\n      confirmedMalicious unknown unchecked valid qualityRatio\n      days daysCovered coverage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contributions($from: Date!, $to: Date!, $organizations: [String!], $granularity: Granularity) {\n    contributions(from: $from, to: $to, organizations: $organizations, granularity: $granularity) {\n      organization { alias }\n      start days daysCovered coverage\n      seen capped evaluated falsePositives valid qualityRatio\n      types { attributeType seen evaluated valid warninglistFalsePositives }\n      creators { creatorOrgId creatorOrgName seen evaluated valid }\n    }\n  }\n"): (typeof documents)["\n  query Contributions($from: Date!, $to: Date!, $organizations: [String!], $granularity: Granularity) {\n    contributions(from: $from, to: $to, organizations: $organizations, granularity: $granularity) {\n      organization { alias }\n      start days daysCovered coverage\n      seen capped evaluated falsePositives valid qualityRatio\n      types { attributeType seen evaluated valid warninglistFalsePositives }\n      creators { creatorOrgId creatorOrgName seen evaluated valid }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationTotals($alias: String!, $from: Date!, $to: Date!) {\n    organization(alias: $alias) {\n      totals(from: $from, to: $to) { from to evaluated valid daysCovered coverage qualityRatio }\n      series(from: $from, to: $to, granularity: WEEK) { start valid daysCovered types { attributeType valid } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationTotals($alias: String!, $from: Date!, $to: Date!) {\n    organization(alias: $alias) {\n      totals(from: $from, to: $to) { from to evaluated valid daysCovered coverage qualityRatio }\n      series(from: $from, to: $to, granularity: WEEK) { start valid daysCovered types { attributeType valid } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EveryOrganization($from: Date!, $to: Date!) {\n    organizations {\n      alias\n      totals(from: $from, to: $to) { valid daysCovered }\n      series(from: $from, to: $to, granularity: MONTH) { start valid creators { creatorOrgId valid } }\n    }\n  }\n"): (typeof documents)["\n  query EveryOrganization($from: Date!, $to: Date!) {\n    organizations {\n      alias\n      totals(from: $from, to: $to) { valid daysCovered }\n      series(from: $from, to: $to, granularity: MONTH) { start valid creators { creatorOrgId valid } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurationLogs($organization: String, $from: Date, $to: Date, $reason: CurationReason, $action: CurationAction, $status: CurationStatus, $first: Int, $after: String) {\n    curationLogs(organization: $organization, from: $from, to: $to, reason: $reason, action: $action, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id day mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value\n          reason evidence action status error createdAt actedAt restoredAt\n          organization { alias }\n          run { id kind }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CurationLogs($organization: String, $from: Date, $to: Date, $reason: CurationReason, $action: CurationAction, $status: CurationStatus, $first: Int, $after: String) {\n    curationLogs(organization: $organization, from: $from, to: $to, reason: $reason, action: $action, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id day mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value\n          reason evidence action status error createdAt actedAt restoredAt\n          organization { alias }\n          run { id kind }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Restore($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status } }\n      ... on InvalidInputError { field message }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation Restore($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status } }\n      ... on InvalidInputError { field message }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Warninglists($selectedOnly: Boolean) {\n    warninglists(selectedOnly: $selectedOnly) { name type version entryCount selected matchingAttributes invalidEntries refreshedAt source listId }\n  }\n"): (typeof documents)["\n  query Warninglists($selectedOnly: Boolean) {\n    warninglists(selectedOnly: $selectedOnly) { name type version entryCount selected matchingAttributes invalidEntries refreshedAt source listId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckIndicator($type: String!, $value: String!) {\n    checkIndicator(type: $type, value: $value) { decision }\n  }\n"): (typeof documents)["\n  query CheckIndicator($type: String!, $value: String!) {\n    checkIndicator(type: $type, value: $value) { decision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FalsePositiveReport($organization: String!, $from: Date!, $to: Date!, $limit: Int) {\n    falsePositiveReport(organization: $organization, from: $from, to: $to, limit: $limit) {\n      day organization { alias } mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value\n      reason evidence explanation removedFromMisp reportedToCommunity\n      actions { curationLogId action status actedAt mispSightingId error }\n    }\n  }\n"): (typeof documents)["\n  query FalsePositiveReport($organization: String!, $from: Date!, $to: Date!, $limit: Int) {\n    falsePositiveReport(organization: $organization, from: $from, to: $to, limit: $limit) {\n      day organization { alias } mispAttributeId mispAttributeUuid mispEventId mispEventUuid attributeType value\n      reason evidence explanation removedFromMisp reportedToCommunity\n      actions { curationLogId action status actedAt mispSightingId error }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Board($from: Date!, $to: Date!) {\n    leaderboard(from: $from, to: $to) { rank organization { alias } valid }\n  }\n"): (typeof documents)["\n  query Board($from: Date!, $to: Date!) {\n    leaderboard(from: $from, to: $to) { rank organization { alias } valid }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSyncUser($email: String!, $alias: String!) {\n    addSyncUser(email: $email, organizationAlias: $alias) {\n      __typename\n      ... on MutationAddSyncUserSuccess { syncUser { email status organization { alias } } }\n      ... on InvalidInputError { field message }\n      ... on ConflictError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation AddSyncUser($email: String!, $alias: String!) {\n    addSyncUser(email: $email, organizationAlias: $alias) {\n      __typename\n      ... on MutationAddSyncUserSuccess { syncUser { email status organization { alias } } }\n      ... on InvalidInputError { field message }\n      ... on ConflictError { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSyncUser($email: String!) {\n    removeSyncUser(email: $email) {\n      __typename\n      ... on NotFoundError { message }\n      ... on MutationRemoveSyncUserSuccess { removed }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveSyncUser($email: String!) {\n    removeSyncUser(email: $email) {\n      __typename\n      ... on NotFoundError { message }\n      ... on MutationRemoveSyncUserSuccess { removed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrganization($alias: String!, $newAlias: String!) {\n    renameOrganization(alias: $alias, newAlias: $newAlias) {\n      __typename\n      ... on MutationRenameOrganizationSuccess { organization { alias } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrganization($alias: String!, $newAlias: String!) {\n    renameOrganization(alias: $alias, newAlias: $newAlias) {\n      __typename\n      ... on MutationRenameOrganizationSuccess { organization { alias } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations {\n    organizations { alias syncUsers { email status } }\n  }\n"): (typeof documents)["\n  query Organizations {\n    organizations { alias syncUsers { email status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($alias: String!) {\n    organization(alias: $alias) { alias syncUsers { email } }\n  }\n"): (typeof documents)["\n  query Organization($alias: String!) {\n    organization(alias: $alias) { alias syncUsers { email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncUsers {\n    syncUsers { email organization { alias } }\n  }\n"): (typeof documents)["\n  query SyncUsers {\n    syncUsers { email organization { alias } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunDay($date: Date!, $dryRun: Boolean) {\n    runDay(date: $date, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunDaySuccess { run { id kind trigger status fromDay toDay dryRun curate progress { daysDone daysTotal fraction } } }\n      ... on InvalidInputError { field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RunDay($date: Date!, $dryRun: Boolean) {\n    runDay(date: $date, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunDaySuccess { run { id kind trigger status fromDay toDay dryRun curate progress { daysDone daysTotal fraction } } }\n      ... on InvalidInputError { field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Backfill($from: Date!, $to: Date!, $curate: Boolean, $dryRun: Boolean) {\n    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {\n      __typename\n      ... on MutationBackfillSuccess { run { id kind status fromDay toDay curate dryRun progress { daysTotal } } }\n      ... on InvalidInputError { field message }\n    }\n  }\n"): (typeof documents)["\n  mutation Backfill($from: Date!, $to: Date!, $curate: Boolean, $dryRun: Boolean) {\n    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {\n      __typename\n      ... on MutationBackfillSuccess { run { id kind status fromDay toDay curate dryRun progress { daysTotal } } }\n      ... on InvalidInputError { field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      __typename\n      ... on MutationCancelRunSuccess { run { id status cancelRequested error finishedAt } }\n      ... on InvalidInputError { field message }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      __typename\n      ... on MutationCancelRunSuccess { run { id status cancelRequested error finishedAt } }\n      ... on InvalidInputError { field message }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineRuns($status: RunStatus, $first: Int, $after: String) {\n    pipelineRuns(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status kind } }\n    }\n  }\n"): (typeof documents)["\n  query PipelineRuns($status: RunStatus, $first: Int, $after: String) {\n    pipelineRuns(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id status kind } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineRun($id: ID!) {\n    pipelineRun(id: $id) {\n      id status attributesProcessed curationDone error startedAt\n      progress { daysDone daysTotal fraction currentDay attributesProcessed }\n    }\n  }\n"): (typeof documents)["\n  query PipelineRun($id: ID!) {\n    pipelineRun(id: $id) {\n      id status attributesProcessed curationDone error startedAt\n      progress { daysDone daysTotal fraction currentDay attributesProcessed }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Progress($id: ID!) {\n    pipelineRunProgress(id: $id) { id status progress { daysDone daysTotal fraction currentDay } }\n  }\n"): (typeof documents)["\n  subscription Progress($id: ID!) {\n    pipelineRunProgress(id: $id) { id status progress { daysDone daysTotal fraction currentDay } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleRunDay($date: Date!) {\n    runDay(date: $date) { __typename ... on InvalidInputError { field message } ... on MutationRunDaySuccess { run { id dryRun } } }\n  }\n"): (typeof documents)["\n  mutation RuleRunDay($date: Date!) {\n    runDay(date: $date) { __typename ... on InvalidInputError { field message } ... on MutationRunDaySuccess { run { id dryRun } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleBackfill($from: Date!, $to: Date!) {\n    backfill(from: $from, to: $to) { __typename ... on InvalidInputError { field message } ... on MutationBackfillSuccess { run { id } } }\n  }\n"): (typeof documents)["\n  mutation RuleBackfill($from: Date!, $to: Date!) {\n    backfill(from: $from, to: $to) { __typename ... on InvalidInputError { field message } ... on MutationBackfillSuccess { run { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleRun($id: ID!) { pipelineRun(id: $id) { id dryRun status } }\n"): (typeof documents)["\n  query RuleRun($id: ID!) { pipelineRun(id: $id) { id dryRun status } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;