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
    "query DailyContributions($from: Date!, $to: Date!, $organizations: [String!]) {\n  contributions(\n    from: $from\n    to: $to\n    organizations: $organizations\n    granularity: DAY\n  ) {\n    start\n    organization {\n      alias\n    }\n    seen\n    evaluated\n    valid\n    warninglistFalsePositives\n    reputationFalsePositives\n    confirmedMalicious\n    coverage\n  }\n}": typeof types.DailyContributionsDocument,
    "mutation QueueBackfill($from: Date!, $to: Date!, $curate: Boolean! = true) {\n  backfill(from: $from, to: $to, curate: $curate) {\n    __typename\n    ... on MutationBackfillSuccess {\n      run {\n        id\n        status\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}": typeof types.QueueBackfillDocument,
    "query RecentRuns($first: Int = 5) {\n  pipelineRuns(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        status\n        fromDay\n        toDay\n        progress {\n          fraction\n          daysDone\n          daysTotal\n          currentDay\n        }\n        error\n      }\n    }\n  }\n}": typeof types.RecentRunsDocument,
    "query TopCommunities($from: Date!, $to: Date!, $limit: Int! = 10, $metric: LeaderboardMetric! = QUALITY) {\n  leaderboard(from: $from, to: $to, limit: $limit, metric: $metric) {\n    rank\n    organization {\n      alias\n    }\n    valid\n    evaluated\n    falsePositives\n    qualityRatio\n    coverage\n  }\n}": typeof types.TopCommunitiesDocument,
};
const documents: Documents = {
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