// The REST routes under /api: each one is a GraphQL document run on the same schema, with the
// same token check, as a POST /graphql with that document would be. Paths, parameters (the
// document's variables) and CSV columns are a public interface, pinned by test/http/rest.test.ts.
import { isUnionType, Kind, parse, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { schema } from '../graphql/schema.js';
import type { CsvColumn } from './csv.js';

/** How a CSV export reads the data: in one execution, by slices of the range, or page by page. */
export type CsvReading = 'whole' | 'range-slices' | 'pages';

export interface CsvExport {
  /** File name offered to the client, without .csv. */
  name: string;
  /** The rows of the route's answer. */
  rows: (answer: unknown) => Record<string, unknown>[];
  columns: CsvColumn[];
  reading: CsvReading;
}

export interface RestRoute {
  method: 'GET' | 'POST';
  /** Under /api; `{name}` segments are variables of the document. */
  path: string;
  /** One named operation. */
  document: string;
  /** Where the answer is in the result's data: the root field, then fields within it. */
  pick: string[];
  /** A null answer is a 404 with this message (`{name}` filled from the path). */
  notFound?: string;
  /** Grouping in the OpenAPI document. */
  tag: 'Counts' | 'Communities' | 'Curation' | 'Runs' | 'Warninglists';
  csv?: CsvExport;
}

export interface PreparedRoute extends RestRoute {
  parsed: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string;
  /** Path segments; `{name}` ones capture. */
  segments: string[];
}

const COUNT_FIELDS = 'seen capped evaluated warninglistFalsePositives reputationFalsePositives falsePositives confirmedMalicious unknown unchecked valid qualityRatio';
const COVERAGE_FIELDS = 'days daysCovered coverage';
const ORGANIZATION_FIELDS = 'alias mispOrgName mispOrgId mispOrgUuid createdAt updatedAt syncUsers { email status statusDetail mispUserId mispRoleName lastCheckedAt }';
const RUN_FIELDS =
  'id kind status trigger fromDay toDay dryRun curate cancelRequested createdAt startedAt heartbeatAt finishedAt error notes attributesProcessed warninglistFalsePositives reputationFalsePositives reputationLookups curationPlanned curationDone curationFailed progress { daysDone daysTotal fraction currentDay attributesProcessed }';
const LOG_FIELDS =
  'id day organization { alias } mispEventId mispEventUuid mispAttributeId mispAttributeUuid attributeType value reason action status evidence error createdAt actedAt restoredAt updatedAt run { id }';
const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
/** The typed errors a mutation's result union holds, with every field of each. */
function errorsOf(union: string): string {
  const type = schema.getType(union);
  if (!isUnionType(type)) throw new Error(`${union} is not a union of the schema`);
  return type
    .getTypes()
    .filter((t) => t.getInterfaces().some((i) => i.name === 'Error'))
    .map((t) => `... on ${t.name} { ${Object.keys(t.getFields()).join(' ')} }`)
    .join(' ');
}

/** A field of a nested object: the alias of `organization { alias }`. */
const nested = (row: Record<string, unknown>, field: string, key: string): unknown => (row[field] as Record<string, unknown> | null | undefined)?.[key];

/** A column per count, as named in the GraphQL schema. */
const COUNT_COLUMNS: CsvColumn[] = COUNT_FIELDS.split(' ').map((name) => ({ name, value: (row) => row[name] }));
const COVERAGE_COLUMNS: CsvColumn[] = COVERAGE_FIELDS.split(' ').map((name) => ({ name, value: (row) => row[name] }));
const rowsOf = (answer: unknown) => answer as Record<string, unknown>[];

export const REST_ROUTES: RestRoute[] = [
  {
    method: 'GET',
    path: '/leaderboard',
    tag: 'Counts',
    document: `query Leaderboard($from: Date!, $to: Date!, $metric: LeaderboardMetric! = QUALITY, $limit: Int! = 20) {
  leaderboard(from: $from, to: $to, metric: $metric, limit: $limit) { rank organization { alias mispOrgName } ${COUNT_FIELDS} ${COVERAGE_FIELDS} }
}`,
    pick: ['leaderboard'],
    csv: {
      name: 'leaderboard',
      reading: 'whole',
      rows: rowsOf,
      columns: [
        { name: 'rank', value: (row) => row.rank },
        { name: 'organization', value: (row) => nested(row, 'organization', 'alias') },
        { name: 'mispOrgName', value: (row) => nested(row, 'organization', 'mispOrgName') },
        ...COUNT_COLUMNS,
        ...COVERAGE_COLUMNS,
      ],
    },
  },
  {
    method: 'GET',
    path: '/contributions',
    tag: 'Counts',
    document: `query Contributions($from: Date!, $to: Date!, $granularity: Granularity! = DAY, $organizations: [String!]) {
  contributions(from: $from, to: $to, granularity: $granularity, organizations: $organizations) { start organization { alias } ${COUNT_FIELDS} ${COVERAGE_FIELDS} }
}`,
    pick: ['contributions'],
    csv: {
      name: 'contributions',
      reading: 'range-slices',
      rows: rowsOf,
      columns: [{ name: 'start', value: (row) => row.start }, { name: 'organization', value: (row) => nested(row, 'organization', 'alias') }, ...COUNT_COLUMNS, ...COVERAGE_COLUMNS],
    },
  },
  {
    method: 'GET',
    path: '/organizations',
    tag: 'Communities',
    document: `query Organizations { organizations { ${ORGANIZATION_FIELDS} } }`,
    pick: ['organizations'],
  },
  {
    method: 'GET',
    path: '/organizations/{alias}',
    tag: 'Communities',
    document: `query Organization($alias: String!) { organization(alias: $alias) { ${ORGANIZATION_FIELDS} } }`,
    pick: ['organization'],
    notFound: 'No community has the alias "{alias}"; see GET /api/organizations.',
  },
  {
    method: 'GET',
    path: '/organizations/{alias}/totals',
    tag: 'Counts',
    document: `query OrganizationTotals($alias: String!, $from: Date!, $to: Date!) {
  organization(alias: $alias) { totals(from: $from, to: $to) { from to ${COUNT_FIELDS} ${COVERAGE_FIELDS} } }
}`,
    pick: ['organization', 'totals'],
    notFound: 'No community has the alias "{alias}"; see GET /api/organizations.',
  },
  {
    method: 'GET',
    path: '/organizations/{alias}/series',
    tag: 'Counts',
    document: `query OrganizationSeries($alias: String!, $from: Date!, $to: Date!, $granularity: Granularity! = DAY) {
  organization(alias: $alias) {
    series(from: $from, to: $to, granularity: $granularity) {
      start ${COUNT_FIELDS} ${COVERAGE_FIELDS}
      types { attributeType ${COUNT_FIELDS} }
      creators { creatorOrgId creatorOrgName ${COUNT_FIELDS} }
    }
  }
}`,
    pick: ['organization', 'series'],
    notFound: 'No community has the alias "{alias}"; see GET /api/organizations.',
  },
  {
    method: 'GET',
    path: '/sync-users',
    tag: 'Communities',
    document: 'query SyncUsers { syncUsers { email organization { alias } status statusDetail mispUserId mispRoleName lastCheckedAt createdAt } }',
    pick: ['syncUsers'],
  },
  {
    method: 'GET',
    path: '/curation-logs',
    tag: 'Curation',
    document: `query CurationLogs($organization: String, $from: Date, $to: Date, $reason: CurationReason, $action: CurationAction, $status: CurationStatus, $first: Int, $after: String) {
  curationLogs(organization: $organization, from: $from, to: $to, reason: $reason, action: $action, status: $status, first: $first, after: $after) {
    totalCount ${PAGE_INFO} edges { node { ${LOG_FIELDS} } }
  }
}`,
    pick: ['curationLogs'],
    csv: {
      name: 'curation-logs',
      reading: 'pages',
      rows: (answer) => (answer as { edges: { node: Record<string, unknown> }[] }).edges.map((e) => e.node),
      columns: [
        ...['id', 'day'].map((name): CsvColumn => ({ name, value: (row) => row[name] })),
        { name: 'organization', value: (row) => nested(row, 'organization', 'alias') },
        ...['mispEventId', 'mispEventUuid', 'mispAttributeId', 'mispAttributeUuid', 'attributeType', 'value', 'reason', 'action', 'status', 'error', 'createdAt', 'actedAt', 'restoredAt'].map(
          (name): CsvColumn => ({ name, value: (row) => row[name] }),
        ),
        { name: 'runId', value: (row) => nested(row, 'run', 'id') },
        { name: 'evidence', value: (row) => JSON.stringify(row.evidence) },
      ],
    },
  },
  {
    method: 'POST',
    path: '/curation-logs/{curationLogId}/restore',
    tag: 'Curation',
    document: `mutation RestoreCuratedAttribute($curationLogId: ID!) {
  restoreCuratedAttribute(curationLogId: $curationLogId) { __typename ... on MutationRestoreCuratedAttributeSuccess { curationLog { ${LOG_FIELDS} } } ${errorsOf('MutationRestoreCuratedAttributeResult')} }
}`,
    pick: ['restoreCuratedAttribute'],
  },
  {
    method: 'GET',
    path: '/check-indicator',
    tag: 'Curation',
    document: `query CheckIndicator($type: String!, $value: String!) {
  checkIndicator(type: $type, value: $value) {
    type value decision
    warninglistHits { listId listName entry value }
    reputation { outcome evidence { provider kind value zone checkedAt expiresAt source } }
    curationLogs { ${LOG_FIELDS} }
  }
}`,
    pick: ['checkIndicator'],
  },
  {
    method: 'GET',
    path: '/runs',
    tag: 'Runs',
    document: `query PipelineRuns($status: RunStatus, $first: Int, $after: String) {
  pipelineRuns(status: $status, first: $first, after: $after) { totalCount ${PAGE_INFO} edges { node { ${RUN_FIELDS} } } }
}`,
    pick: ['pipelineRuns'],
  },
  {
    method: 'GET',
    path: '/runs/{id}',
    tag: 'Runs',
    document: `query PipelineRun($id: ID!) { pipelineRun(id: $id) { ${RUN_FIELDS} } }`,
    pick: ['pipelineRun'],
    notFound: 'No run has the id "{id}"; see GET /api/runs.',
  },
  {
    method: 'POST',
    path: '/runs/day',
    tag: 'Runs',
    document: `mutation RunDay($date: Date!, $dryRun: Boolean) {
  runDay(date: $date, dryRun: $dryRun) { __typename ... on MutationRunDaySuccess { run { ${RUN_FIELDS} } } ${errorsOf('MutationRunDayResult')} }
}`,
    pick: ['runDay'],
  },
  {
    method: 'POST',
    path: '/runs/backfill',
    tag: 'Runs',
    document: `mutation Backfill($from: Date!, $to: Date!, $curate: Boolean! = true, $dryRun: Boolean) {
  backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) { __typename ... on MutationBackfillSuccess { run { ${RUN_FIELDS} } } ${errorsOf('MutationBackfillResult')} }
}`,
    pick: ['backfill'],
  },
  {
    method: 'POST',
    path: '/runs/{id}/cancel',
    tag: 'Runs',
    document: `mutation CancelRun($id: ID!) {
  cancelRun(id: $id) { __typename ... on MutationCancelRunSuccess { run { ${RUN_FIELDS} } } ${errorsOf('MutationCancelRunResult')} }
}`,
    pick: ['cancelRun'],
  },
  {
    method: 'POST',
    path: '/sync-users',
    tag: 'Communities',
    document: `mutation AddSyncUser($email: String!, $organizationAlias: String!) {
  addSyncUser(email: $email, organizationAlias: $organizationAlias) { __typename ... on MutationAddSyncUserSuccess { syncUser { email organization { alias } status statusDetail createdAt } } ${errorsOf('MutationAddSyncUserResult')} }
}`,
    pick: ['addSyncUser'],
  },
  {
    method: 'POST',
    path: '/sync-users/remove',
    tag: 'Communities',
    document: `mutation RemoveSyncUser($email: String!) {
  removeSyncUser(email: $email) { __typename ... on MutationRemoveSyncUserSuccess { removed } ${errorsOf('MutationRemoveSyncUserResult')} }
}`,
    pick: ['removeSyncUser'],
  },
  {
    method: 'POST',
    path: '/organizations/{alias}/rename',
    tag: 'Communities',
    document: `mutation RenameOrganization($alias: String!, $newAlias: String!) {
  renameOrganization(alias: $alias, newAlias: $newAlias) { __typename ... on MutationRenameOrganizationSuccess { organization { ${ORGANIZATION_FIELDS} } } ${errorsOf('MutationRenameOrganizationResult')} }
}`,
    pick: ['renameOrganization'],
  },
  {
    method: 'GET',
    path: '/warninglists',
    tag: 'Warninglists',
    document: `query Warninglists($selectedOnly: Boolean! = true) {
  warninglists(selectedOnly: $selectedOnly) { listId name type category description version entryCount invalidEntries matchingAttributes selected source refreshedAt }
}`,
    pick: ['warninglists'],
  },
  {
    method: 'POST',
    path: '/warninglists/refresh',
    tag: 'Warninglists',
    document: `mutation RefreshWarninglists {
  refreshWarninglists { __typename ... on MutationRefreshWarninglistsSuccess { refresh { lists selected } } ${errorsOf('MutationRefreshWarninglistsResult')} }
}`,
    pick: ['refreshWarninglists'],
  },
];

/** Parsed and validated against the schema once, at start: a route that drifted from the schema fails here. */
function prepare(route: RestRoute): PreparedRoute {
  const parsed = parse(route.document);
  const errors = validate(schema, parsed);
  if (errors.length > 0) throw new Error(`REST route ${route.method} ${route.path}: ${errors.map((e) => e.message).join('; ')}`);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return { ...route, parsed, operation, operationName: operation.name!.value, segments: route.path.split('/').slice(1) };
}

export const PREPARED_ROUTES: PreparedRoute[] = REST_ROUTES.map(prepare);
