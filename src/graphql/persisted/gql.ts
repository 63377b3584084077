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
    "\n  query ConsoleViewer {\n    viewer { name role }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  query ConsoleLeaderboard($from: Date!, $to: Date!) {\n    leaderboard(from: $from, to: $to, limit: 1000) {\n      rank\n      organization { alias mispOrgName }\n      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious\n      qualityRatio coverage days daysCovered\n    }\n  }\n": typeof types.ConsoleLeaderboardDocument,
    "\n  query ConsoleContributions($from: Date!, $to: Date!, $granularity: Granularity!, $organizations: [String!]) {\n    contributions(from: $from, to: $to, granularity: $granularity, organizations: $organizations) {\n      start\n      organization { alias }\n      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives\n      daysCovered\n    }\n  }\n": typeof types.ConsoleContributionsDocument,
    "\n  query ConsoleTopSeries($from: Date!, $to: Date!, $granularity: Granularity!) {\n    leaderboard(from: $from, to: $to, limit: 5) {\n      daysCovered\n      organization {\n        alias\n        series(from: $from, to: $to, granularity: $granularity) {\n          start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered\n        }\n      }\n    }\n  }\n": typeof types.ConsoleTopSeriesDocument,
    "\n  query ConsoleCommunity($alias: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    organization(alias: $alias) {\n      alias mispOrgName mispOrgId\n      syncUsers { email status statusDetail }\n      totals(from: $from, to: $to) {\n        valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious unknown unchecked\n        qualityRatio coverage days daysCovered\n      }\n      series(from: $from, to: $to, granularity: $granularity) {\n        start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered\n        types { attributeType valid falsePositives evaluated }\n        creators { creatorOrgId creatorOrgName valid falsePositives evaluated }\n      }\n    }\n  }\n": typeof types.ConsoleCommunityDocument,
    "\n  query ConsoleCurationLog($organization: String!, $from: Date!, $to: Date!, $after: String) {\n    curationLogs(organization: $organization, from: $from, to: $to, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id day value attributeType reason action status evidence error actedAt restoredAt\n          mispEventId mispAttributeId\n        }\n      }\n    }\n  }\n": typeof types.ConsoleCurationLogDocument,
    "\n  mutation ConsoleRestore($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ConsoleRestoreDocument,
    "\n  query ConsoleRuns {\n    pipelineRuns(first: 25) {\n      totalCount\n      edges { node { ...ConsoleRun } }\n    }\n  }\n  fragment ConsoleRun on PipelineRun {\n    id kind status trigger dryRun curate fromDay toDay createdAt startedAt finishedAt\n    notes error cancelRequested attributesProcessed warninglistFalsePositives reputationFalsePositives\n    curationPlanned curationDone curationFailed\n    progress { daysDone daysTotal fraction currentDay }\n  }\n": typeof types.ConsoleRunsDocument,
    "\n  subscription ConsoleRunProgress($id: ID!) {\n    pipelineRunProgress(id: $id) { ...ConsoleRun }\n  }\n": typeof types.ConsoleRunProgressDocument,
    "\n  mutation ConsoleRunDay($date: Date!, $dryRun: Boolean!) {\n    runDay(date: $date, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunDaySuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ConsoleRunDayDocument,
    "\n  mutation ConsoleBackfill($from: Date!, $to: Date!, $curate: Boolean!, $dryRun: Boolean!) {\n    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {\n      __typename\n      ... on MutationBackfillSuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ConsoleBackfillDocument,
    "\n  mutation ConsoleCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      __typename\n      ... on MutationCancelRunSuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ConsoleCancelRunDocument,
    "\n  query ConsoleWarninglists {\n    warninglists(selectedOnly: false) {\n      id listId name type version entryCount invalidEntries selected source category refreshedAt matchingAttributes\n    }\n  }\n": typeof types.ConsoleWarninglistsDocument,
    "\n  mutation ConsoleRefreshWarninglists {\n    refreshWarninglists {\n      __typename\n      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ConsoleRefreshWarninglistsDocument,
    "query DailyContributions($from: Date!, $to: Date!, $organizations: [String!]) {\n  contributions(\n    from: $from\n    to: $to\n    organizations: $organizations\n    granularity: DAY\n  ) {\n    start\n    organization {\n      alias\n    }\n    seen\n    evaluated\n    valid\n    warninglistFalsePositives\n    reputationFalsePositives\n    confirmedMalicious\n    coverage\n  }\n}": typeof types.DailyContributionsDocument,
    "mutation QueueBackfill($from: Date!, $to: Date!, $curate: Boolean! = true) {\n  backfill(from: $from, to: $to, curate: $curate) {\n    __typename\n    ... on MutationBackfillSuccess {\n      run {\n        id\n        status\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}": typeof types.QueueBackfillDocument,
    "query RecentRuns($first: Int = 5) {\n  pipelineRuns(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        status\n        fromDay\n        toDay\n        progress {\n          fraction\n          daysDone\n          daysTotal\n          currentDay\n        }\n        error\n      }\n    }\n  }\n}": typeof types.RecentRunsDocument,
    "query TopCommunities($from: Date!, $to: Date!, $limit: Int! = 10, $metric: LeaderboardMetric! = QUALITY) {\n  leaderboard(from: $from, to: $to, limit: $limit, metric: $metric) {\n    rank\n    organization {\n      alias\n    }\n    valid\n    evaluated\n    falsePositives\n    qualityRatio\n    coverage\n  }\n}": typeof types.TopCommunitiesDocument,
};
const documents: Documents = {
    "\n  query ConsoleViewer {\n    viewer { name role }\n  }\n": types.ConsoleViewerDocument,
    "\n  query ConsoleLeaderboard($from: Date!, $to: Date!) {\n    leaderboard(from: $from, to: $to, limit: 1000) {\n      rank\n      organization { alias mispOrgName }\n      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious\n      qualityRatio coverage days daysCovered\n    }\n  }\n": types.ConsoleLeaderboardDocument,
    "\n  query ConsoleContributions($from: Date!, $to: Date!, $granularity: Granularity!, $organizations: [String!]) {\n    contributions(from: $from, to: $to, granularity: $granularity, organizations: $organizations) {\n      start\n      organization { alias }\n      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives\n      daysCovered\n    }\n  }\n": types.ConsoleContributionsDocument,
    "\n  query ConsoleTopSeries($from: Date!, $to: Date!, $granularity: Granularity!) {\n    leaderboard(from: $from, to: $to, limit: 5) {\n      daysCovered\n      organization {\n        alias\n        series(from: $from, to: $to, granularity: $granularity) {\n          start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered\n        }\n      }\n    }\n  }\n": types.ConsoleTopSeriesDocument,
    "\n  query ConsoleCommunity($alias: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    organization(alias: $alias) {\n      alias mispOrgName mispOrgId\n      syncUsers { email status statusDetail }\n      totals(from: $from, to: $to) {\n        valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious unknown unchecked\n        qualityRatio coverage days daysCovered\n      }\n      series(from: $from, to: $to, granularity: $granularity) {\n        start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered\n        types { attributeType valid falsePositives evaluated }\n        creators { creatorOrgId creatorOrgName valid falsePositives evaluated }\n      }\n    }\n  }\n": types.ConsoleCommunityDocument,
    "\n  query ConsoleCurationLog($organization: String!, $from: Date!, $to: Date!, $after: String) {\n    curationLogs(organization: $organization, from: $from, to: $to, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id day value attributeType reason action status evidence error actedAt restoredAt\n          mispEventId mispAttributeId\n        }\n      }\n    }\n  }\n": types.ConsoleCurationLogDocument,
    "\n  mutation ConsoleRestore($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt } }\n      ... on Error { message }\n    }\n  }\n": types.ConsoleRestoreDocument,
    "\n  query ConsoleRuns {\n    pipelineRuns(first: 25) {\n      totalCount\n      edges { node { ...ConsoleRun } }\n    }\n  }\n  fragment ConsoleRun on PipelineRun {\n    id kind status trigger dryRun curate fromDay toDay createdAt startedAt finishedAt\n    notes error cancelRequested attributesProcessed warninglistFalsePositives reputationFalsePositives\n    curationPlanned curationDone curationFailed\n    progress { daysDone daysTotal fraction currentDay }\n  }\n": types.ConsoleRunsDocument,
    "\n  subscription ConsoleRunProgress($id: ID!) {\n    pipelineRunProgress(id: $id) { ...ConsoleRun }\n  }\n": types.ConsoleRunProgressDocument,
    "\n  mutation ConsoleRunDay($date: Date!, $dryRun: Boolean!) {\n    runDay(date: $date, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunDaySuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n": types.ConsoleRunDayDocument,
    "\n  mutation ConsoleBackfill($from: Date!, $to: Date!, $curate: Boolean!, $dryRun: Boolean!) {\n    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {\n      __typename\n      ... on MutationBackfillSuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n": types.ConsoleBackfillDocument,
    "\n  mutation ConsoleCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      __typename\n      ... on MutationCancelRunSuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n": types.ConsoleCancelRunDocument,
    "\n  query ConsoleWarninglists {\n    warninglists(selectedOnly: false) {\n      id listId name type version entryCount invalidEntries selected source category refreshedAt matchingAttributes\n    }\n  }\n": types.ConsoleWarninglistsDocument,
    "\n  mutation ConsoleRefreshWarninglists {\n    refreshWarninglists {\n      __typename\n      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }\n      ... on Error { message }\n    }\n  }\n": types.ConsoleRefreshWarninglistsDocument,
    "query DailyContributions($from: Date!, $to: Date!, $organizations: [String!]) {\n  contributions(\n    from: $from\n    to: $to\n    organizations: $organizations\n    granularity: DAY\n  ) {\n    start\n    organization {\n      alias\n    }\n    seen\n    evaluated\n    valid\n    warninglistFalsePositives\n    reputationFalsePositives\n    confirmedMalicious\n    coverage\n  }\n}": types.DailyContributionsDocument,
    "mutation QueueBackfill($from: Date!, $to: Date!, $curate: Boolean! = true) {\n  backfill(from: $from, to: $to, curate: $curate) {\n    __typename\n    ... on MutationBackfillSuccess {\n      run {\n        id\n        status\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}": types.QueueBackfillDocument,
    "query RecentRuns($first: Int = 5) {\n  pipelineRuns(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        status\n        fromDay\n        toDay\n        progress {\n          fraction\n          daysDone\n          daysTotal\n          currentDay\n        }\n        error\n      }\n    }\n  }\n}": types.RecentRunsDocument,
    "query TopCommunities($from: Date!, $to: Date!, $limit: Int! = 10, $metric: LeaderboardMetric! = QUALITY) {\n  leaderboard(from: $from, to: $to, limit: $limit, metric: $metric) {\n    rank\n    organization {\n      alias\n    }\n    valid\n    evaluated\n    falsePositives\n    qualityRatio\n    coverage\n  }\n}": types.TopCommunitiesDocument,
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
export function graphql(source: "\n  query ConsoleViewer {\n    viewer { name role }\n  }\n"): (typeof documents)["\n  query ConsoleViewer {\n    viewer { name role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleLeaderboard($from: Date!, $to: Date!) {\n    leaderboard(from: $from, to: $to, limit: 1000) {\n      rank\n      organization { alias mispOrgName }\n      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious\n      qualityRatio coverage days daysCovered\n    }\n  }\n"): (typeof documents)["\n  query ConsoleLeaderboard($from: Date!, $to: Date!) {\n    leaderboard(from: $from, to: $to, limit: 1000) {\n      rank\n      organization { alias mispOrgName }\n      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious\n      qualityRatio coverage days daysCovered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleContributions($from: Date!, $to: Date!, $granularity: Granularity!, $organizations: [String!]) {\n    contributions(from: $from, to: $to, granularity: $granularity, organizations: $organizations) {\n      start\n      organization { alias }\n      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives\n      daysCovered\n    }\n  }\n"): (typeof documents)["\n  query ConsoleContributions($from: Date!, $to: Date!, $granularity: Granularity!, $organizations: [String!]) {\n    contributions(from: $from, to: $to, granularity: $granularity, organizations: $organizations) {\n      start\n      organization { alias }\n      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives\n      daysCovered\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTopSeries($from: Date!, $to: Date!, $granularity: Granularity!) {\n    leaderboard(from: $from, to: $to, limit: 5) {\n      daysCovered\n      organization {\n        alias\n        series(from: $from, to: $to, granularity: $granularity) {\n          start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTopSeries($from: Date!, $to: Date!, $granularity: Granularity!) {\n    leaderboard(from: $from, to: $to, limit: 5) {\n      daysCovered\n      organization {\n        alias\n        series(from: $from, to: $to, granularity: $granularity) {\n          start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCommunity($alias: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    organization(alias: $alias) {\n      alias mispOrgName mispOrgId\n      syncUsers { email status statusDetail }\n      totals(from: $from, to: $to) {\n        valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious unknown unchecked\n        qualityRatio coverage days daysCovered\n      }\n      series(from: $from, to: $to, granularity: $granularity) {\n        start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered\n        types { attributeType valid falsePositives evaluated }\n        creators { creatorOrgId creatorOrgName valid falsePositives evaluated }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCommunity($alias: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    organization(alias: $alias) {\n      alias mispOrgName mispOrgId\n      syncUsers { email status statusDetail }\n      totals(from: $from, to: $to) {\n        valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious unknown unchecked\n        qualityRatio coverage days daysCovered\n      }\n      series(from: $from, to: $to, granularity: $granularity) {\n        start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered\n        types { attributeType valid falsePositives evaluated }\n        creators { creatorOrgId creatorOrgName valid falsePositives evaluated }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCurationLog($organization: String!, $from: Date!, $to: Date!, $after: String) {\n    curationLogs(organization: $organization, from: $from, to: $to, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id day value attributeType reason action status evidence error actedAt restoredAt\n          mispEventId mispAttributeId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCurationLog($organization: String!, $from: Date!, $to: Date!, $after: String) {\n    curationLogs(organization: $organization, from: $from, to: $to, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id day value attributeType reason action status evidence error actedAt restoredAt\n          mispEventId mispAttributeId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRestore($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRestore($id: ID!) {\n    restoreCuratedAttribute(curationLogId: $id) {\n      __typename\n      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRuns {\n    pipelineRuns(first: 25) {\n      totalCount\n      edges { node { ...ConsoleRun } }\n    }\n  }\n  fragment ConsoleRun on PipelineRun {\n    id kind status trigger dryRun curate fromDay toDay createdAt startedAt finishedAt\n    notes error cancelRequested attributesProcessed warninglistFalsePositives reputationFalsePositives\n    curationPlanned curationDone curationFailed\n    progress { daysDone daysTotal fraction currentDay }\n  }\n"): (typeof documents)["\n  query ConsoleRuns {\n    pipelineRuns(first: 25) {\n      totalCount\n      edges { node { ...ConsoleRun } }\n    }\n  }\n  fragment ConsoleRun on PipelineRun {\n    id kind status trigger dryRun curate fromDay toDay createdAt startedAt finishedAt\n    notes error cancelRequested attributesProcessed warninglistFalsePositives reputationFalsePositives\n    curationPlanned curationDone curationFailed\n    progress { daysDone daysTotal fraction currentDay }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleRunProgress($id: ID!) {\n    pipelineRunProgress(id: $id) { ...ConsoleRun }\n  }\n"): (typeof documents)["\n  subscription ConsoleRunProgress($id: ID!) {\n    pipelineRunProgress(id: $id) { ...ConsoleRun }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRunDay($date: Date!, $dryRun: Boolean!) {\n    runDay(date: $date, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunDaySuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRunDay($date: Date!, $dryRun: Boolean!) {\n    runDay(date: $date, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunDaySuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleBackfill($from: Date!, $to: Date!, $curate: Boolean!, $dryRun: Boolean!) {\n    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {\n      __typename\n      ... on MutationBackfillSuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleBackfill($from: Date!, $to: Date!, $curate: Boolean!, $dryRun: Boolean!) {\n    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {\n      __typename\n      ... on MutationBackfillSuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      __typename\n      ... on MutationCancelRunSuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelRun($id: ID!) {\n    cancelRun(id: $id) {\n      __typename\n      ... on MutationCancelRunSuccess { run { ...ConsoleRun } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWarninglists {\n    warninglists(selectedOnly: false) {\n      id listId name type version entryCount invalidEntries selected source category refreshedAt matchingAttributes\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWarninglists {\n    warninglists(selectedOnly: false) {\n      id listId name type version entryCount invalidEntries selected source category refreshedAt matchingAttributes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRefreshWarninglists {\n    refreshWarninglists {\n      __typename\n      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRefreshWarninglists {\n    refreshWarninglists {\n      __typename\n      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DailyContributions($from: Date!, $to: Date!, $organizations: [String!]) {\n  contributions(\n    from: $from\n    to: $to\n    organizations: $organizations\n    granularity: DAY\n  ) {\n    start\n    organization {\n      alias\n    }\n    seen\n    evaluated\n    valid\n    warninglistFalsePositives\n    reputationFalsePositives\n    confirmedMalicious\n    coverage\n  }\n}"): (typeof documents)["query DailyContributions($from: Date!, $to: Date!, $organizations: [String!]) {\n  contributions(\n    from: $from\n    to: $to\n    organizations: $organizations\n    granularity: DAY\n  ) {\n    start\n    organization {\n      alias\n    }\n    seen\n    evaluated\n    valid\n    warninglistFalsePositives\n    reputationFalsePositives\n    confirmedMalicious\n    coverage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueueBackfill($from: Date!, $to: Date!, $curate: Boolean! = true) {\n  backfill(from: $from, to: $to, curate: $curate) {\n    __typename\n    ... on MutationBackfillSuccess {\n      run {\n        id\n        status\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}"): (typeof documents)["mutation QueueBackfill($from: Date!, $to: Date!, $curate: Boolean! = true) {\n  backfill(from: $from, to: $to, curate: $curate) {\n    __typename\n    ... on MutationBackfillSuccess {\n      run {\n        id\n        status\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecentRuns($first: Int = 5) {\n  pipelineRuns(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        status\n        fromDay\n        toDay\n        progress {\n          fraction\n          daysDone\n          daysTotal\n          currentDay\n        }\n        error\n      }\n    }\n  }\n}"): (typeof documents)["query RecentRuns($first: Int = 5) {\n  pipelineRuns(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        status\n        fromDay\n        toDay\n        progress {\n          fraction\n          daysDone\n          daysTotal\n          currentDay\n        }\n        error\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TopCommunities($from: Date!, $to: Date!, $limit: Int! = 10, $metric: LeaderboardMetric! = QUALITY) {\n  leaderboard(from: $from, to: $to, limit: $limit, metric: $metric) {\n    rank\n    organization {\n      alias\n    }\n    valid\n    evaluated\n    falsePositives\n    qualityRatio\n    coverage\n  }\n}"): (typeof documents)["query TopCommunities($from: Date!, $to: Date!, $limit: Int! = 10, $metric: LeaderboardMetric! = QUALITY) {\n  leaderboard(from: $from, to: $to, limit: $limit, metric: $metric) {\n    rank\n    organization {\n      alias\n    }\n    valid\n    evaluated\n    falsePositives\n    qualityRatio\n    coverage\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;