// Every operation the console sends, as typed documents: `npm run codegen` turns these into
// src/console/generated/ (result and variable types checked against schema.graphql).
import { graphql } from './generated/index.js';

export const ViewerDocument = graphql(`
  query ConsoleViewer {
    viewer { name role }
  }
`);

export const LeaderboardDocument = graphql(`
  query ConsoleLeaderboard($from: Date!, $to: Date!) {
    leaderboard(from: $from, to: $to, limit: 1000) {
      rank
      organization { alias mispOrgName }
      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious
      qualityRatio coverage days daysCovered
    }
  }
`);

export const ContributionsDocument = graphql(`
  query ConsoleContributions($from: Date!, $to: Date!, $granularity: Granularity!, $organizations: [String!]) {
    contributions(from: $from, to: $to, granularity: $granularity, organizations: $organizations) {
      start
      organization { alias }
      valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives
      daysCovered
    }
  }
`);

export const TopSeriesDocument = graphql(`
  query ConsoleTopSeries($from: Date!, $to: Date!, $granularity: Granularity!) {
    leaderboard(from: $from, to: $to, limit: 5) {
      daysCovered
      organization {
        alias
        series(from: $from, to: $to, granularity: $granularity) {
          start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered
        }
      }
    }
  }
`);

export const CommunityDocument = graphql(`
  query ConsoleCommunity($alias: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
    organization(alias: $alias) {
      alias mispOrgName mispOrgId
      syncUsers { email status statusDetail }
      totals(from: $from, to: $to) {
        valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives confirmedMalicious unknown unchecked
        qualityRatio coverage days daysCovered
      }
      series(from: $from, to: $to, granularity: $granularity) {
        start valid evaluated falsePositives warninglistFalsePositives reputationFalsePositives daysCovered
        types { attributeType valid falsePositives evaluated }
        creators { creatorOrgId creatorOrgName valid falsePositives evaluated }
      }
    }
  }
`);

export const CurationLogDocument = graphql(`
  query ConsoleCurationLog($organization: String!, $from: Date!, $to: Date!, $after: String) {
    curationLogs(organization: $organization, from: $from, to: $to, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id day value attributeType reason action status evidence error actedAt restoredAt
          mispEventId mispAttributeId
        }
      }
    }
  }
`);

export const RestoreDocument = graphql(`
  mutation ConsoleRestore($id: ID!) {
    restoreCuratedAttribute(curationLogId: $id) {
      __typename
      ... on MutationRestoreCuratedAttributeSuccess { curationLog { id status restoredAt } }
      ... on Error { message }
    }
  }
`);

export const RunsDocument = graphql(`
  query ConsoleRuns {
    pipelineRuns(first: 25) {
      totalCount
      edges { node { ...ConsoleRun } }
    }
  }
  fragment ConsoleRun on PipelineRun {
    id kind status trigger dryRun curate fromDay toDay createdAt startedAt finishedAt
    notes error cancelRequested attributesProcessed warninglistFalsePositives reputationFalsePositives
    curationPlanned curationDone curationFailed
    progress { daysDone daysTotal fraction currentDay }
  }
`);

export const RunProgressDocument = graphql(`
  subscription ConsoleRunProgress($id: ID!) {
    pipelineRunProgress(id: $id) { ...ConsoleRun }
  }
`);

export const RunDayDocument = graphql(`
  mutation ConsoleRunDay($date: Date!, $dryRun: Boolean!) {
    runDay(date: $date, dryRun: $dryRun) {
      __typename
      ... on MutationRunDaySuccess { run { ...ConsoleRun } }
      ... on Error { message }
    }
  }
`);

export const BackfillDocument = graphql(`
  mutation ConsoleBackfill($from: Date!, $to: Date!, $curate: Boolean!, $dryRun: Boolean!) {
    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {
      __typename
      ... on MutationBackfillSuccess { run { ...ConsoleRun } }
      ... on Error { message }
    }
  }
`);

export const CancelRunDocument = graphql(`
  mutation ConsoleCancelRun($id: ID!) {
    cancelRun(id: $id) {
      __typename
      ... on MutationCancelRunSuccess { run { ...ConsoleRun } }
      ... on Error { message }
    }
  }
`);

export const WarninglistsDocument = graphql(`
  query ConsoleWarninglists {
    warninglists(selectedOnly: false) {
      id listId name type version entryCount invalidEntries selected source category refreshedAt matchingAttributes
    }
  }
`);

export const RefreshWarninglistsDocument = graphql(`
  mutation ConsoleRefreshWarninglists {
    refreshWarninglists {
      __typename
      ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } }
      ... on Error { message }
    }
  }
`);
