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
  /** Any JSON value, sent as JSON (not as a string). */
  JSON: { input: any; output: any; }
};

/** The request clashes with what is already stored. */
export type ConflictError = Error & {
  __typename?: 'ConflictError';
  /** What happened and what to do. */
  message: Scalars['String']['output'];
};

/** One community's counts over one bucket (day, week or month) of a time series. */
export type ContributionBucket = ContributionCounts & Coverage & {
  __typename?: 'ContributionBucket';
  /** Attributes beyond the per-event cap (MAX_ATTRIBUTES_PER_EVENT), not evaluated. */
  capped: Scalars['Int']['output'];
  /** Valid among the checked: checkedValid / (evaluated − unchecked), from 0 to 1; null when nothing was checked. Does not reward unchecked values. */
  checkedQualityRatio?: Maybe<Scalars['Float']['output']>;
  /** The share of evaluated attributes that got a verdict (a warninglist, or OpenTIP, Grey and types without a lookup kind included): (evaluated − unchecked) / evaluated, from 0 to 1; null when nothing was evaluated. Low when the OpenTIP budget ran out: the counts are then mostly unverified. */
  checkedShare?: Maybe<Scalars['Float']['output']>;
  /** Quality IoCs that got a verdict: valid − unchecked (confirmedMalicious + unknown). */
  checkedValid: Scalars['Int']['output'];
  /** Reputation verdict malicious (OpenTIP Red, Orange, Yellow). */
  confirmedMalicious: Scalars['Int']['output'];
  /** daysCovered / days, from 0 (nothing computed) to 1 (every day computed). */
  coverage: Scalars['Float']['output'];
  /** The counts per creator organisation (Event.orgc), most quality IoCs first. They sum to the bucket's counts. */
  creators: Array<CreatorBreakdown>;
  /** Days of the period (inside the range asked for). */
  days: Scalars['Int']['output'];
  /** Days of the period with a computed row for the community. */
  daysCovered: Scalars['Int']['output'];
  /** seen − capped. */
  evaluated: Scalars['Int']['output'];
  /** warninglistFalsePositives + reputationFalsePositives. */
  falsePositives: Scalars['Int']['output'];
  /** The community. */
  organization: Organization;
  /** valid / evaluated, from 0 to 1; null when nothing was evaluated. Unchecked values count as valid: read it with checkedShare. */
  qualityRatio?: Maybe<Scalars['Float']['output']>;
  /** No warninglist hit; reputation verdict benign (OpenTIP Green). */
  reputationFalsePositives: Scalars['Int']['output'];
  /** Attributes owned by the community (skipped types excluded). */
  seen: Scalars['Int']['output'];
  /** First day of the bucket (a week's Monday, a month's 1st); may precede the range, whose days alone are counted. */
  start: Scalars['Date']['output'];
  /** The counts per MISP attribute type, most quality IoCs first. They sum to the bucket's counts. */
  types: Array<TypeBreakdown>;
  /** A lookup kind exists but the budget or quota was spent: re-checkable later. */
  unchecked: Scalars['Int']['output'];
  /** Verdict unknown (Grey, 400, 404, failed), no lookup kind for the type, or no provider configured. */
  unknown: Scalars['Int']['output'];
  /** Quality IoCs: evaluated − falsePositives. */
  valid: Scalars['Int']['output'];
  /** Evaluated attributes hitting at least one selected warninglist. */
  warninglistFalsePositives: Scalars['Int']['output'];
};

/** The counts of the design notes, summed over some days. Always: evaluated = warninglistFalsePositives + reputationFalsePositives + confirmedMalicious + unknown + unchecked, and valid = confirmedMalicious + unknown + unchecked. */
export type ContributionCounts = {
  /** Attributes beyond the per-event cap (MAX_ATTRIBUTES_PER_EVENT), not evaluated. */
  capped: Scalars['Int']['output'];
  /** Valid among the checked: checkedValid / (evaluated − unchecked), from 0 to 1; null when nothing was checked. Does not reward unchecked values. */
  checkedQualityRatio?: Maybe<Scalars['Float']['output']>;
  /** The share of evaluated attributes that got a verdict (a warninglist, or OpenTIP, Grey and types without a lookup kind included): (evaluated − unchecked) / evaluated, from 0 to 1; null when nothing was evaluated. Low when the OpenTIP budget ran out: the counts are then mostly unverified. */
  checkedShare?: Maybe<Scalars['Float']['output']>;
  /** Quality IoCs that got a verdict: valid − unchecked (confirmedMalicious + unknown). */
  checkedValid: Scalars['Int']['output'];
  /** Reputation verdict malicious (OpenTIP Red, Orange, Yellow). */
  confirmedMalicious: Scalars['Int']['output'];
  /** seen − capped. */
  evaluated: Scalars['Int']['output'];
  /** warninglistFalsePositives + reputationFalsePositives. */
  falsePositives: Scalars['Int']['output'];
  /** valid / evaluated, from 0 to 1; null when nothing was evaluated. Unchecked values count as valid: read it with checkedShare. */
  qualityRatio?: Maybe<Scalars['Float']['output']>;
  /** No warninglist hit; reputation verdict benign (OpenTIP Green). */
  reputationFalsePositives: Scalars['Int']['output'];
  /** Attributes owned by the community (skipped types excluded). */
  seen: Scalars['Int']['output'];
  /** A lookup kind exists but the budget or quota was spent: re-checkable later. */
  unchecked: Scalars['Int']['output'];
  /** Verdict unknown (Grey, 400, 404, failed), no lookup kind for the type, or no provider configured. */
  unknown: Scalars['Int']['output'];
  /** Quality IoCs: evaluated − falsePositives. */
  valid: Scalars['Int']['output'];
  /** Evaluated attributes hitting at least one selected warninglist. */
  warninglistFalsePositives: Scalars['Int']['output'];
};

/** One community's counts summed over a range of days. */
export type ContributionTotals = ContributionCounts & Coverage & {
  __typename?: 'ContributionTotals';
  /** Attributes beyond the per-event cap (MAX_ATTRIBUTES_PER_EVENT), not evaluated. */
  capped: Scalars['Int']['output'];
  /** Valid among the checked: checkedValid / (evaluated − unchecked), from 0 to 1; null when nothing was checked. Does not reward unchecked values. */
  checkedQualityRatio?: Maybe<Scalars['Float']['output']>;
  /** The share of evaluated attributes that got a verdict (a warninglist, or OpenTIP, Grey and types without a lookup kind included): (evaluated − unchecked) / evaluated, from 0 to 1; null when nothing was evaluated. Low when the OpenTIP budget ran out: the counts are then mostly unverified. */
  checkedShare?: Maybe<Scalars['Float']['output']>;
  /** Quality IoCs that got a verdict: valid − unchecked (confirmedMalicious + unknown). */
  checkedValid: Scalars['Int']['output'];
  /** Reputation verdict malicious (OpenTIP Red, Orange, Yellow). */
  confirmedMalicious: Scalars['Int']['output'];
  /** daysCovered / days, from 0 (nothing computed) to 1 (every day computed). */
  coverage: Scalars['Float']['output'];
  /** Days of the period (inside the range asked for). */
  days: Scalars['Int']['output'];
  /** Days of the period with a computed row for the community. */
  daysCovered: Scalars['Int']['output'];
  /** seen − capped. */
  evaluated: Scalars['Int']['output'];
  /** warninglistFalsePositives + reputationFalsePositives. */
  falsePositives: Scalars['Int']['output'];
  /** First day of the range. */
  from: Scalars['Date']['output'];
  /** valid / evaluated, from 0 to 1; null when nothing was evaluated. Unchecked values count as valid: read it with checkedShare. */
  qualityRatio?: Maybe<Scalars['Float']['output']>;
  /** No warninglist hit; reputation verdict benign (OpenTIP Green). */
  reputationFalsePositives: Scalars['Int']['output'];
  /** Attributes owned by the community (skipped types excluded). */
  seen: Scalars['Int']['output'];
  /** Last day of the range. */
  to: Scalars['Date']['output'];
  /** A lookup kind exists but the budget or quota was spent: re-checkable later. */
  unchecked: Scalars['Int']['output'];
  /** Verdict unknown (Grey, 400, 404, failed), no lookup kind for the type, or no provider configured. */
  unknown: Scalars['Int']['output'];
  /** Quality IoCs: evaluated − falsePositives. */
  valid: Scalars['Int']['output'];
  /** Evaluated attributes hitting at least one selected warninglist. */
  warninglistFalsePositives: Scalars['Int']['output'];
};

/** How much of a period has been computed, to tell "zero" from "not computed yet". */
export type Coverage = {
  /** daysCovered / days, from 0 (nothing computed) to 1 (every day computed). */
  coverage: Scalars['Float']['output'];
  /** Days of the period (inside the range asked for). */
  days: Scalars['Int']['output'];
  /** Days of the period with a computed row for the community. */
  daysCovered: Scalars['Int']['output'];
};

/** The counts of the attributes one creator organisation (Event.orgc) wrote, within a bucket of the community. */
export type CreatorBreakdown = ContributionCounts & {
  __typename?: 'CreatorBreakdown';
  /** Attributes beyond the per-event cap (MAX_ATTRIBUTES_PER_EVENT), not evaluated. */
  capped: Scalars['Int']['output'];
  /** Valid among the checked: checkedValid / (evaluated − unchecked), from 0 to 1; null when nothing was checked. Does not reward unchecked values. */
  checkedQualityRatio?: Maybe<Scalars['Float']['output']>;
  /** The share of evaluated attributes that got a verdict (a warninglist, or OpenTIP, Grey and types without a lookup kind included): (evaluated − unchecked) / evaluated, from 0 to 1; null when nothing was evaluated. Low when the OpenTIP budget ran out: the counts are then mostly unverified. */
  checkedShare?: Maybe<Scalars['Float']['output']>;
  /** Quality IoCs that got a verdict: valid − unchecked (confirmedMalicious + unknown). */
  checkedValid: Scalars['Int']['output'];
  /** Reputation verdict malicious (OpenTIP Red, Orange, Yellow). */
  confirmedMalicious: Scalars['Int']['output'];
  /** MISP id of the creator organisation. */
  creatorOrgId: Scalars['String']['output'];
  /** Its name as MISP reported it. */
  creatorOrgName?: Maybe<Scalars['String']['output']>;
  /** seen − capped. */
  evaluated: Scalars['Int']['output'];
  /** warninglistFalsePositives + reputationFalsePositives. */
  falsePositives: Scalars['Int']['output'];
  /** valid / evaluated, from 0 to 1; null when nothing was evaluated. Unchecked values count as valid: read it with checkedShare. */
  qualityRatio?: Maybe<Scalars['Float']['output']>;
  /** No warninglist hit; reputation verdict benign (OpenTIP Green). */
  reputationFalsePositives: Scalars['Int']['output'];
  /** Attributes owned by the community (skipped types excluded). */
  seen: Scalars['Int']['output'];
  /** A lookup kind exists but the budget or quota was spent: re-checkable later. */
  unchecked: Scalars['Int']['output'];
  /** Verdict unknown (Grey, 400, 404, failed), no lookup kind for the type, or no provider configured. */
  unknown: Scalars['Int']['output'];
  /** Quality IoCs: evaluated − falsePositives. */
  valid: Scalars['Int']['output'];
  /** Evaluated attributes hitting at least one selected warninglist. */
  warninglistFalsePositives: Scalars['Int']['output'];
};

/** What the curator does to a false positive in MISP (CURATION_ACTION, CURATION_ACTIONS). */
export type CurationAction =
  /** Clears the attribute's to_ids flag. */
  | 'DISABLE_IDS'
  /** Nothing: the log only reports it. */
  | 'REPORT_ONLY'
  /** Adds a false-positive sighting (type 1, source SIGHTING_SOURCE), which MISP synchronises back towards the event's creator (restorable: the sighting is deleted). */
  | 'SIGHTING'
  /** Soft-deletes the attribute (restorable). */
  | 'SOFT_DELETE'
  /** Tags the attribute false-positive:risk="high". */
  | 'TAG';

/** One curation action on one MISP attribute, written before MISP is touched. */
export type CurationLog = {
  __typename?: 'CurationLog';
  /** When MISP was changed. */
  actedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What was (or would be) done in MISP. */
  action: CurationAction;
  /** MISP attribute type, e.g. ip-dst. */
  attributeType: Scalars['String']['output'];
  /** When it was planned. */
  createdAt: Scalars['DateTime']['output'];
  /** The day whose count it belonged to. */
  day: Scalars['Date']['output'];
  /** Why it failed, when it did. Readers get it without the MISP address. */
  error?: Maybe<Scalars['String']['output']>;
  /** What decided it, as stored by the pipeline: the warninglist hits (list id, name, matched entry) or the reputation verdict (provider, zone, checked at). */
  evidence: Scalars['JSON']['output'];
  /** Log id (give it to restoreCuratedAttribute). */
  id: Scalars['ID']['output'];
  /** MISP attribute id. */
  mispAttributeId: Scalars['String']['output'];
  /** MISP attribute UUID. */
  mispAttributeUuid: Scalars['String']['output'];
  /** MISP event id. */
  mispEventId: Scalars['String']['output'];
  /** MISP event UUID, when known. */
  mispEventUuid?: Maybe<Scalars['String']['output']>;
  /** The false-positive sighting MISP holds for a SIGHTING row: what restoring it deletes. */
  mispSightingId?: Maybe<Scalars['String']['output']>;
  /** The community that delivered the attribute. */
  organization: Organization;
  /** Why it was a false positive. */
  reason: CurationReason;
  /** When it was undone. */
  restoredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The run that planned it (null once that run was deleted). */
  run?: Maybe<PipelineRun>;
  /** Where the action is. */
  status: CurationStatus;
  /** Last change of the row. */
  updatedAt: Scalars['DateTime']['output'];
  /** The attribute value. */
  value: Scalars['String']['output'];
};

/** Why an attribute was judged a false positive. */
export type CurationReason =
  /** No warninglist hit; the reputation verdict was benign (OpenTIP Green). */
  | 'REPUTATION'
  /** It hit at least one selected warninglist. */
  | 'WARNINGLIST';

/** PLANNED → DONE | FAILED, and DONE → RESTORED. */
export type CurationStatus =
  /** Applied in MISP. */
  | 'DONE'
  /** MISP refused or failed (see error). */
  | 'FAILED'
  /** Written before MISP is touched; resumed if a run was interrupted. */
  | 'PLANNED'
  /** Undone by restoreCuratedAttribute. */
  | 'RESTORED';

/** Something the request asked for could not be done; nothing was written. */
export type Error = {
  /** What happened and what to do. */
  message: Scalars['String']['output'];
};

/** One false positive of a community's day, with its evidence and what curation did about it in MISP. */
export type FalsePositive = {
  __typename?: 'FalsePositive';
  /** Each curation action taken (or reported), newest row per action. */
  actions: Array<FalsePositiveAction>;
  /** MISP attribute type, e.g. ip-dst. */
  attributeType: Scalars['String']['output'];
  /** The day whose count it belonged to. */
  day: Scalars['Date']['output'];
  /** What decided it: the warninglist hits (list id, name, matched entry) or the reputation verdicts. */
  evidence: Scalars['JSON']['output'];
  /** The evidence in one sentence, for the community. */
  explanation: Scalars['String']['output'];
  /** MISP attribute id (on this instance). */
  mispAttributeId: Scalars['String']['output'];
  /** MISP attribute UUID: the same on every instance the event reached, so the community can find it. */
  mispAttributeUuid: Scalars['String']['output'];
  /** MISP event id (on this instance). */
  mispEventId: Scalars['String']['output'];
  /** MISP event UUID, when known. */
  mispEventUuid?: Maybe<Scalars['String']['output']>;
  /** The community that delivered it. */
  organization: Organization;
  /** Why it is a false positive. */
  reason: CurationReason;
  /** Soft-deleted from this MISP by curation, and not restored. */
  removedFromMisp: Scalars['Boolean']['output'];
  /** A false-positive sighting was added in MISP (and not deleted since): MISP synchronises it to the instances the event came from. */
  reportedToCommunity: Scalars['Boolean']['output'];
  /** The attribute value. */
  value: Scalars['String']['output'];
};

/** One curation action on a false positive: the newest log row of that action. */
export type FalsePositiveAction = {
  __typename?: 'FalsePositiveAction';
  /** When MISP was changed. */
  actedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What was (or would be) done in MISP. */
  action: CurationAction;
  /** The curation log row (give it to restoreCuratedAttribute to undo the action). */
  curationLogId: Scalars['ID']['output'];
  /** Why it failed, or a note on how it was done. */
  error?: Maybe<Scalars['String']['output']>;
  /** The false-positive sighting MISP holds for it (SIGHTING only). */
  mispSightingId?: Maybe<Scalars['String']['output']>;
  /** Where the action is. */
  status: CurationStatus;
};

/** How days are grouped into buckets of a time series. */
export type Granularity =
  /** One bucket per day. */
  | 'DAY'
  /** Calendar months; a bucket starts on the 1st. */
  | 'MONTH'
  /** ISO weeks, Monday to Sunday; a bucket starts on its Monday. */
  | 'WEEK';

/** Why an indicator is (or would be) kept or curated. */
export type IndicatorCheck = {
  __typename?: 'IndicatorCheck';
  /** The latest 10 curation log rows for this exact value, newest first. */
  curationLogs: Array<CurationLog>;
  /** The count it falls in. */
  decision: IndicatorDecision;
  /** The cached reputation; null when the type has no lookup kind. */
  reputation?: Maybe<ReputationCheck>;
  /** The MISP attribute type asked about. */
  type: Scalars['String']['output'];
  /** The value asked about. */
  value: Scalars['String']['output'];
  /** Selected warninglists matching it; empty when none. */
  warninglistHits: Array<WarninglistHit>;
};

/** The count an indicator falls in, as the pipeline decides it. */
export type IndicatorDecision =
  /** Reputation malicious: a quality IoC. */
  | 'MALICIOUS'
  /** No warninglist hit, reputation benign: a false positive, curated. */
  | 'REPUTATION_FALSE_POSITIVE'
  /** Not looked up yet (no fresh cached verdict; checking never spends budget): a quality IoC for now. */
  | 'UNCHECKED'
  /** Reputation unknown, no lookup kind, or no provider: a quality IoC. */
  | 'UNKNOWN'
  /** Hits a selected warninglist: a false positive, curated. */
  | 'WARNINGLIST_FALSE_POSITIVE';

/** An argument is not valid. */
export type InvalidInputError = Error & {
  __typename?: 'InvalidInputError';
  /** The argument to fix. */
  field: Scalars['String']['output'];
  /** What happened and what to do. */
  message: Scalars['String']['output'];
};

/** One community's place and totals over the range. */
export type LeaderboardEntry = ContributionCounts & Coverage & {
  __typename?: 'LeaderboardEntry';
  /** Attributes beyond the per-event cap (MAX_ATTRIBUTES_PER_EVENT), not evaluated. */
  capped: Scalars['Int']['output'];
  /** Valid among the checked: checkedValid / (evaluated − unchecked), from 0 to 1; null when nothing was checked. Does not reward unchecked values. */
  checkedQualityRatio?: Maybe<Scalars['Float']['output']>;
  /** The share of evaluated attributes that got a verdict (a warninglist, or OpenTIP, Grey and types without a lookup kind included): (evaluated − unchecked) / evaluated, from 0 to 1; null when nothing was evaluated. Low when the OpenTIP budget ran out: the counts are then mostly unverified. */
  checkedShare?: Maybe<Scalars['Float']['output']>;
  /** Quality IoCs that got a verdict: valid − unchecked (confirmedMalicious + unknown). */
  checkedValid: Scalars['Int']['output'];
  /** Reputation verdict malicious (OpenTIP Red, Orange, Yellow). */
  confirmedMalicious: Scalars['Int']['output'];
  /** daysCovered / days, from 0 (nothing computed) to 1 (every day computed). */
  coverage: Scalars['Float']['output'];
  /** Days of the period (inside the range asked for). */
  days: Scalars['Int']['output'];
  /** Days of the period with a computed row for the community. */
  daysCovered: Scalars['Int']['output'];
  /** seen − capped. */
  evaluated: Scalars['Int']['output'];
  /** warninglistFalsePositives + reputationFalsePositives. */
  falsePositives: Scalars['Int']['output'];
  /** The community. */
  organization: Organization;
  /** valid / evaluated, from 0 to 1; null when nothing was evaluated. Unchecked values count as valid: read it with checkedShare. */
  qualityRatio?: Maybe<Scalars['Float']['output']>;
  /** Position, 1 = best; equal metrics share a rank (1, 2, 2, 4). */
  rank: Scalars['Int']['output'];
  /** No warninglist hit; reputation verdict benign (OpenTIP Green). */
  reputationFalsePositives: Scalars['Int']['output'];
  /** Attributes owned by the community (skipped types excluded). */
  seen: Scalars['Int']['output'];
  /** A lookup kind exists but the budget or quota was spent: re-checkable later. */
  unchecked: Scalars['Int']['output'];
  /** Verdict unknown (Grey, 400, 404, failed), no lookup kind for the type, or no provider configured. */
  unknown: Scalars['Int']['output'];
  /** Quality IoCs: evaluated − falsePositives. */
  valid: Scalars['Int']['output'];
  /** Evaluated attributes hitting at least one selected warninglist. */
  warninglistFalsePositives: Scalars['Int']['output'];
};

/** What the leaderboard ranks communities by (highest first; ties by alias). */
export type LeaderboardMetric =
  /** Quality IoCs that got a verdict (`checkedValid` = confirmedMalicious + unknown): unchecked values are not rewarded. */
  | 'CHECKED_QUALITY'
  /** Valid among the checked (`checkedQualityRatio` = checkedValid / (evaluated − unchecked)): unchecked values count neither way; communities with nothing checked come last. */
  | 'CHECKED_QUALITY_RATIO'
  /** Quality IoCs (`valid`). */
  | 'QUALITY'
  /** `valid / evaluated`; communities with nothing evaluated come last. Unchecked values count as valid: with a small OpenTIP budget this flatters the communities least checked; see CHECKED_QUALITY_RATIO. */
  | 'QUALITY_RATIO'
  /** Evaluated attributes (`evaluated`), whatever their quality. */
  | 'TOTAL';

/** Administer communities and runs. Every mutation needs an admin token. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Register a sync user for a community (created on first use). It is matched against MISP on the next run. */
  addSyncUser: MutationAddSyncUserResult;
  /** Queue a run over a range of past days, one day after the other. */
  backfill: MutationBackfillResult;
  /** Cancel a run: a queued run at once, a running one after the day it is on. */
  cancelRun: MutationCancelRunResult;
  /** Reload the warninglists from MISP (or WARNINGLISTS_DIR) now, instead of at the next run. */
  refreshWarninglists: MutationRefreshWarninglistsResult;
  /** Unregister a sync user. Its community and the community's history stay. */
  removeSyncUser: MutationRemoveSyncUserResult;
  /** Give a community a new alias. Its history follows it. */
  renameOrganization: MutationRenameOrganizationResult;
  /** Undo one curation action in MISP (restore a soft-deleted attribute, or delete a false-positive sighting); the log row becomes RESTORED. */
  restoreCuratedAttribute: MutationRestoreCuratedAttributeResult;
  /** Queue a run that (re)computes one day and curates its false positives. Re-running a day replaces its counts. */
  runDay: MutationRunDayResult;
};


/** Administer communities and runs. Every mutation needs an admin token. */
export type MutationAddSyncUserArgs = {
  email: Scalars['String']['input'];
  organizationAlias: Scalars['String']['input'];
};


/** Administer communities and runs. Every mutation needs an admin token. */
export type MutationBackfillArgs = {
  curate?: Scalars['Boolean']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Administer communities and runs. Every mutation needs an admin token. */
export type MutationCancelRunArgs = {
  id: Scalars['ID']['input'];
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


/** Administer communities and runs. Every mutation needs an admin token. */
export type MutationRestoreCuratedAttributeArgs = {
  curationLogId: Scalars['ID']['input'];
};


/** Administer communities and runs. Every mutation needs an admin token. */
export type MutationRunDayArgs = {
  date: Scalars['Date']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
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
export type MutationBackfillResult = ConflictError | InvalidInputError | MutationBackfillSuccess;

/** The mutation succeeded. */
export type MutationBackfillSuccess = {
  __typename?: 'MutationBackfillSuccess';
  /** The queued run. */
  run: PipelineRun;
};

/** What the mutation returns: its result, or an error saying what to fix (nothing was written). */
export type MutationCancelRunResult = ConflictError | InvalidInputError | MutationCancelRunSuccess | NotFoundError;

/** The mutation succeeded. */
export type MutationCancelRunSuccess = {
  __typename?: 'MutationCancelRunSuccess';
  /** The run, cancelled or stopping. */
  run: PipelineRun;
};

/** What the mutation returns: its result, or an error saying what to fix (nothing was written). */
export type MutationRefreshWarninglistsResult = ConflictError | MutationRefreshWarninglistsSuccess;

/** The mutation succeeded. */
export type MutationRefreshWarninglistsSuccess = {
  __typename?: 'MutationRefreshWarninglistsSuccess';
  /** What was loaded. */
  refresh: WarninglistRefresh;
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

/** What the mutation returns: its result, or an error saying what to fix (nothing was written). */
export type MutationRestoreCuratedAttributeResult = ConflictError | InvalidInputError | MutationRestoreCuratedAttributeSuccess | NotFoundError;

/** The mutation succeeded. */
export type MutationRestoreCuratedAttributeSuccess = {
  __typename?: 'MutationRestoreCuratedAttributeSuccess';
  /** The restored log row. */
  curationLog: CurationLog;
};

/** What the mutation returns: its result, or an error saying what to fix (nothing was written). */
export type MutationRunDayResult = ConflictError | InvalidInputError | MutationRunDaySuccess;

/** The mutation succeeded. */
export type MutationRunDaySuccess = {
  __typename?: 'MutationRunDaySuccess';
  /** The queued run. */
  run: PipelineRun;
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
  /** The community's time series, oldest bucket first; buckets without computed days have zeros and coverage 0. */
  series: Array<ContributionBucket>;
  /** The sync users through which the community pushes events. */
  syncUsers: Array<SyncUser>;
  /** The community's counts summed over a range of days. */
  totals: ContributionTotals;
  /** Last change of this record. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A connected community: the MISP organisation of its sync user(s). */
export type OrganizationSeriesArgs = {
  from: Scalars['Date']['input'];
  granularity?: Granularity;
  to: Scalars['Date']['input'];
};


/** A connected community: the MISP organisation of its sync user(s). */
export type OrganizationTotalsArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** Where a page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last row of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More rows follow: ask again with after = endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Rows precede: ask again with before = startCursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first row of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A queued or executed run of the pipeline over one day or a range of days. */
export type PipelineRun = {
  __typename?: 'PipelineRun';
  /** Attributes read from MISP. */
  attributesProcessed: Scalars['Int']['output'];
  /** Cancellation was asked for; a running run stops after its current day. */
  cancelRequested: Scalars['Boolean']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether false positives are curated in MISP (otherwise only counted). */
  curate: Scalars['Boolean']['output'];
  /** Curation actions done in MISP. */
  curationDone: Scalars['Int']['output'];
  /** Curation actions that failed (see the curation log). */
  curationFailed: Scalars['Int']['output'];
  /** Curation actions planned. */
  curationPlanned: Scalars['Int']['output'];
  /** Counts and logs what curation would do without changing MISP. */
  dryRun: Scalars['Boolean']['output'];
  /** Why it failed or was cancelled. Readers get it without the MISP or OpenTIP address. */
  error?: Maybe<Scalars['String']['output']>;
  /** When it ended. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** First day covered. */
  fromDay: Scalars['Date']['output'];
  /** Last sign of life while running. */
  heartbeatAt?: Maybe<Scalars['DateTime']['output']>;
  /** Run id. */
  id: Scalars['ID']['output'];
  /** What the run does. */
  kind: RunKind;
  /** What the run reported without failing: communities refused curation (suspicious false-positive share, action limit), sync users not resolved. Readers get it without addresses. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Days done out of days total. */
  progress: RunProgress;
  /** Reputation false positives found. */
  reputationFalsePositives: Scalars['Int']['output'];
  /** Reputation lookups spent (cache misses). */
  reputationLookups: Scalars['Int']['output'];
  /** When it first started. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it is. */
  status: RunStatus;
  /** Last day covered. */
  toDay: Scalars['Date']['output'];
  /** Who started it. */
  trigger: RunTrigger;
  /** Warninglist false positives found. */
  warninglistFalsePositives: Scalars['Int']['output'];
};

/** Read the counts, the communities, the audit log and the runs. */
export type Query = {
  __typename?: 'Query';
  /** "Why was this deleted?": the warninglist hits and cached reputation that decide an indicator, and its curation log. Never spends lookup budget. */
  checkIndicator: IndicatorCheck;
  /** A flat time series: one row per community per bucket, oldest bucket first, then by alias. Buckets without computed days have zeros and coverage 0. */
  contributions: Array<ContributionBucket>;
  /** The curation audit log, newest first, filtered by the arguments given. Pages of 50 by default, at most 200. */
  curationLogs: QueryCurationLogsConnection;
  /** Each false positive of one community over a range, oldest day first, with its evidence and what curation did in MISP: what to send that community so it stops sharing them. Read from the curation log, so days run with curation off do not appear. Fails rather than cut the list when it has more than `limit` false positives. */
  falsePositiveReport: Array<FalsePositive>;
  /** Communities ranked over a range of days, best first, from the pre-computed daily counts. Communities without computed days are included (coverage 0). */
  leaderboard: Array<LeaderboardEntry>;
  /** One community by its alias; null when no community has that alias. */
  organization?: Maybe<Organization>;
  /** Every registered community, by alias. */
  organizations: Array<Organization>;
  /** One run by id; null when no run has it. */
  pipelineRun?: Maybe<PipelineRun>;
  /** Runs, newest first. Pages of 50 by default, at most 200. */
  pipelineRuns: QueryPipelineRunsConnection;
  /** Every registered sync user, by community and e-mail. */
  syncUsers: Array<SyncUser>;
  /** The token's owner and role; null for a request without a token (when GRAPHQL_ALLOW_ANONYMOUS lets it read). */
  viewer?: Maybe<Viewer>;
  /** The warninglists known to the service, by name. */
  warninglists: Array<Warninglist>;
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryCheckIndicatorArgs = {
  type: Scalars['String']['input'];
  value: Scalars['String']['input'];
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryContributionsArgs = {
  from: Scalars['Date']['input'];
  granularity?: Granularity;
  organizations?: InputMaybe<Array<Scalars['String']['input']>>;
  to: Scalars['Date']['input'];
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryCurationLogsArgs = {
  action?: InputMaybe<CurationAction>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<CurationReason>;
  status?: InputMaybe<CurationStatus>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryFalsePositiveReportArgs = {
  from: Scalars['Date']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  organization: Scalars['String']['input'];
  to: Scalars['Date']['input'];
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryLeaderboardArgs = {
  from: Scalars['Date']['input'];
  limit?: Scalars['Int']['input'];
  metric?: LeaderboardMetric;
  to: Scalars['Date']['input'];
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryOrganizationArgs = {
  alias: Scalars['String']['input'];
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryPipelineRunArgs = {
  id: Scalars['ID']['input'];
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryPipelineRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RunStatus>;
};


/** Read the counts, the communities, the audit log and the runs. */
export type QueryWarninglistsArgs = {
  selectedOnly?: Scalars['Boolean']['input'];
};

/** A page of the curation log. */
export type QueryCurationLogsConnection = {
  __typename?: 'QueryCurationLogsConnection';
  /** The rows of the page. */
  edges: Array<QueryCurationLogsConnectionEdge>;
  /** Cursors to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many log rows match the filters, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** A curation log row in a page. */
export type QueryCurationLogsConnectionEdge = {
  __typename?: 'QueryCurationLogsConnectionEdge';
  /** Where this row sits, for after/before. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CurationLog;
};

/** A page of runs. */
export type QueryPipelineRunsConnection = {
  __typename?: 'QueryPipelineRunsConnection';
  /** The rows of the page. */
  edges: Array<QueryPipelineRunsConnectionEdge>;
  /** Cursors to fetch the next or previous page. */
  pageInfo: PageInfo;
  /** How many runs match the filters, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** A run in a page. */
export type QueryPipelineRunsConnectionEdge = {
  __typename?: 'QueryPipelineRunsConnectionEdge';
  /** Where this row sits, for after/before. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: PipelineRun;
};

/** An entry too broad for any real warninglist: still matched for counting, as MISP does, but its list is never curated. */
export type RefusedWarninglistEntry = {
  __typename?: 'RefusedWarninglistEntry';
  /** The entry, as the list writes it. */
  entry: Scalars['String']['output'];
  /** Why it is too broad. */
  reason: Scalars['String']['output'];
};

/** The reputation of a value from cached verdicts only. */
export type ReputationCheck = {
  __typename?: 'ReputationCheck';
  /** The cached verdicts behind it. */
  evidence: Array<ReputationEvidence>;
  /** The combined verdict. */
  outcome: ReputationOutcome;
};

/** One cached verdict behind a reputation outcome (composite types have several, e.g. domain|ip). */
export type ReputationEvidence = {
  __typename?: 'ReputationEvidence';
  /** When it was looked up. */
  checkedAt: Scalars['DateTime']['output'];
  /** When the cached verdict stops being trusted. */
  expiresAt: Scalars['DateTime']['output'];
  /** What was looked up: ip, domain, url or hash. */
  kind: Scalars['String']['output'];
  /** The provider, e.g. opentip. */
  provider: Scalars['String']['output'];
  /** Where the verdict came from (e.g. the cache). */
  source: Scalars['String']['output'];
  /** The normalised value looked up. */
  value: Scalars['String']['output'];
  /** The provider's own verdict, e.g. OpenTIP's zone. */
  zone?: Maybe<Scalars['String']['output']>;
};

/** The reputation verdict of a value. */
export type ReputationOutcome =
  /** Benign (OpenTIP Green). */
  | 'BENIGN'
  /** Malicious (OpenTIP Red, Orange, Yellow). */
  | 'MALICIOUS'
  /** No fresh verdict in the cache. */
  | 'UNCHECKED'
  /** Unknown (OpenTIP Grey, 400, 404, or failed). */
  | 'UNKNOWN';

/** What a run does. */
export type RunKind =
  /** A range of past days. */
  | 'BACKFILL'
  /** One day, as the schedule runs it. */
  | 'DAILY';

/** How far a run has got. */
export type RunProgress = {
  __typename?: 'RunProgress';
  /** Attributes read from MISP so far. */
  attributesProcessed: Scalars['Int']['output'];
  /** The day being processed, while running. */
  currentDay?: Maybe<Scalars['Date']['output']>;
  /** Days finished (each day commits whole). */
  daysDone: Scalars['Int']['output'];
  /** Days the run covers. */
  daysTotal: Scalars['Int']['output'];
  /** daysDone / daysTotal, from 0 to 1. */
  fraction: Scalars['Float']['output'];
};

/** Where a run is: QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED. */
export type RunStatus =
  /** Cancelled on request; days done before are kept. */
  | 'CANCELLED'
  /** Stopped on an error (see error); days done so far are kept. */
  | 'FAILED'
  /** Waiting; one run executes at a time, oldest first. */
  | 'QUEUED'
  /** Executing, one day after the other. */
  | 'RUNNING'
  /** Every day was processed. */
  | 'SUCCEEDED';

/** Who started a run. */
export type RunTrigger =
  /** A GraphQL mutation. */
  | 'API'
  /** The start of the service, for days missed while it was down (CATCH_UP_DAYS). */
  | 'CATCH_UP'
  /** The command line. */
  | 'CLI'
  /** The daily schedule (SCHEDULE). */
  | 'SCHEDULE';

/** Follow changes as server-sent events (Accept: text/event-stream). */
export type Subscription = {
  __typename?: 'Subscription';
  /** The run each time it changes (checked every 500 ms), starting with its current state; the stream ends when the run has ended. Followers of one run share one reader; a token may hold 20 streams at once. */
  pipelineRunProgress: PipelineRun;
};


/** Follow changes as server-sent events (Accept: text/event-stream). */
export type SubscriptionPipelineRunProgressArgs = {
  id: Scalars['ID']['input'];
};

/** A MISP sync user registered for a community. */
export type SyncUser = {
  __typename?: 'SyncUser';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The user's e-mail in MISP. Admin tokens only; null for reader tokens and anonymous requests. */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  /** Local id. */
  id: Scalars['ID']['output'];
  /** Last time it was matched against MISP. */
  lastCheckedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The MISP role, once resolved. Admin tokens only; null for reader tokens and anonymous requests. */
  mispRoleName?: Maybe<Scalars['String']['output']>;
  /** MISP user id, once resolved. Admin tokens only; null for reader tokens and anonymous requests. */
  mispUserId?: Maybe<Scalars['String']['output']>;
  /** The community it delivers for. */
  organization: Organization;
  /** Resolution against MISP. */
  status: SyncUserStatus;
  /** Why it is not resolved, in words (it may name the MISP role). Admin tokens only; null for reader tokens and anonymous requests. */
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

/** The counts of one MISP attribute type within a bucket. */
export type TypeBreakdown = ContributionCounts & {
  __typename?: 'TypeBreakdown';
  /** The MISP attribute type, e.g. ip-dst or domain. */
  attributeType: Scalars['String']['output'];
  /** Attributes beyond the per-event cap (MAX_ATTRIBUTES_PER_EVENT), not evaluated. */
  capped: Scalars['Int']['output'];
  /** Valid among the checked: checkedValid / (evaluated − unchecked), from 0 to 1; null when nothing was checked. Does not reward unchecked values. */
  checkedQualityRatio?: Maybe<Scalars['Float']['output']>;
  /** The share of evaluated attributes that got a verdict (a warninglist, or OpenTIP, Grey and types without a lookup kind included): (evaluated − unchecked) / evaluated, from 0 to 1; null when nothing was evaluated. Low when the OpenTIP budget ran out: the counts are then mostly unverified. */
  checkedShare?: Maybe<Scalars['Float']['output']>;
  /** Quality IoCs that got a verdict: valid − unchecked (confirmedMalicious + unknown). */
  checkedValid: Scalars['Int']['output'];
  /** Reputation verdict malicious (OpenTIP Red, Orange, Yellow). */
  confirmedMalicious: Scalars['Int']['output'];
  /** seen − capped. */
  evaluated: Scalars['Int']['output'];
  /** warninglistFalsePositives + reputationFalsePositives. */
  falsePositives: Scalars['Int']['output'];
  /** valid / evaluated, from 0 to 1; null when nothing was evaluated. Unchecked values count as valid: read it with checkedShare. */
  qualityRatio?: Maybe<Scalars['Float']['output']>;
  /** No warninglist hit; reputation verdict benign (OpenTIP Green). */
  reputationFalsePositives: Scalars['Int']['output'];
  /** Attributes owned by the community (skipped types excluded). */
  seen: Scalars['Int']['output'];
  /** A lookup kind exists but the budget or quota was spent: re-checkable later. */
  unchecked: Scalars['Int']['output'];
  /** Verdict unknown (Grey, 400, 404, failed), no lookup kind for the type, or no provider configured. */
  unknown: Scalars['Int']['output'];
  /** Quality IoCs: evaluated − falsePositives. */
  valid: Scalars['Int']['output'];
  /** Evaluated attributes hitting at least one selected warninglist. */
  warninglistFalsePositives: Scalars['Int']['output'];
};

/** The owner of the token the request carries. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The name the token was created with. */
  name: Scalars['String']['output'];
  /** What the token may do. */
  role: ViewerRole;
};

/** What the viewer may do. */
export type ViewerRole =
  /** Read, and run every mutation. */
  | 'ADMIN'
  /** Read every query and subscription. */
  | 'READER';

/** A MISP warninglist known to the service, as last loaded. */
export type Warninglist = {
  __typename?: 'Warninglist';
  /** The share of that day's evaluated attributes the list hit, from 0 to 1. */
  breakerShare?: Maybe<Scalars['Float']['output']>;
  /** The last day the list hit more than CURATION_MAX_LIST_SHARE of the evaluated attributes, so that its hits were counted but not curated. */
  breakerTrippedOn?: Maybe<Scalars['Date']['output']>;
  /** MISP category: false-positive or known. */
  category?: Maybe<Scalars['String']['output']>;
  /** The version a day was last curated with; null: never. While it differs from version the list is new or changed, and curates nothing on its first day (unless CURATION_TRUST_NEW_LISTS). */
  curatedVersion?: Maybe<Scalars['Int']['output']>;
  /** The list's own description. */
  description?: Maybe<Scalars['String']['output']>;
  /** Entries loaded. */
  entryCount: Scalars['Int']['output'];
  /** Local id. */
  id: Scalars['ID']['output'];
  /** Entries that never match, reported at load: invalid or unreachable networks, regexes PHP rejects (the /g of phone_numbers), cannot be translated, or could take unbounded time (nested repetitions). */
  invalidEntries: Scalars['Int']['output'];
  /** MISP's warninglist id, or the directory name. */
  listId: Scalars['String']['output'];
  /** The MISP attribute types it applies to; ["ALL"] when unrestricted. */
  matchingAttributes: Array<Scalars['String']['output']>;
  /** The list's name. */
  name: Scalars['String']['output'];
  /** When it was last loaded. */
  refreshedAt: Scalars['DateTime']['output'];
  /** Entries too broad for any real list (e.g. 0.0.0.0/0, a bare TLD, a one-character substring, a regex matching the empty string). A selected list with any is counted but never curated. Checked for selected lists only. */
  refusedEntries: Array<RefusedWarninglistEntry>;
  /** Used for counting and curation (WARNINGLIST_FILTERS, _MAX_ENTRIES, _INCLUDE, _EXCLUDE). */
  selected: Scalars['Boolean']['output'];
  /** Where it was loaded from: "misp" or "directory" (WARNINGLISTS_DIR). */
  source: Scalars['String']['output'];
  /** How entries match: string, hostname, cidr, substring or regex. */
  type: Scalars['String']['output'];
  /** The list's version. */
  version: Scalars['Int']['output'];
};

/** A selected warninglist that matches the value. */
export type WarninglistHit = {
  __typename?: 'WarninglistHit';
  /** The entry that matched. */
  entry: Scalars['String']['output'];
  /** MISP's warninglist id, or the directory name. */
  listId: Scalars['String']['output'];
  /** The list's name. */
  listName: Scalars['String']['output'];
  /** The form of the value that was matched (e.g. the host of a URL). */
  value: Scalars['String']['output'];
};

/** What a warninglist refresh loaded. */
export type WarninglistRefresh = {
  __typename?: 'WarninglistRefresh';
  /** Lists loaded. */
  lists: Scalars['Int']['output'];
  /** Of those, lists selected for counting. */
  selected: Scalars['Int']['output'];
};

export type RestoreCuratedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreCuratedMutation = { __typename?: 'Mutation', restoreCuratedAttribute:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'MutationRestoreCuratedAttributeSuccess', curationLog: { __typename?: 'CurationLog', id: string, status: CurationStatus, restoredAt?: string | null, mispAttributeId: string } }
    | { __typename: 'NotFoundError', message: string }
   };

export type LogRowQueryVariables = Exact<{
  status?: InputMaybe<CurationStatus>;
}>;


export type LogRowQuery = { __typename?: 'Query', curationLogs: { __typename?: 'QueryCurationLogsConnection', totalCount: number, edges: Array<{ __typename?: 'QueryCurationLogsConnectionEdge', node: { __typename?: 'CurationLog', id: string, status: CurationStatus, mispAttributeId: string } }> } };

export type RefreshListsMutationVariables = Exact<{ [key: string]: never; }>;


export type RefreshListsMutation = { __typename?: 'Mutation', refreshWarninglists:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MutationRefreshWarninglistsSuccess', refresh: { __typename?: 'WarninglistRefresh', lists: number, selected: number } }
   };

export type ListVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListVersionsQuery = { __typename?: 'Query', warninglists: Array<{ __typename?: 'Warninglist', listId: string, name: string, version: number, entryCount: number, selected: boolean, source: string }> };

export type CheckQueryVariables = Exact<{
  type: Scalars['String']['input'];
  value: Scalars['String']['input'];
}>;


export type CheckQuery = { __typename?: 'Query', checkIndicator: { __typename?: 'IndicatorCheck', type: string, value: string, decision: IndicatorDecision, warninglistHits: Array<{ __typename?: 'WarninglistHit', listId: string, listName: string, entry: string, value: string }>, reputation?: { __typename?: 'ReputationCheck', outcome: ReputationOutcome, evidence: Array<{ __typename?: 'ReputationEvidence', provider: string, kind: string, value: string, zone?: string | null, checkedAt: string, expiresAt: string, source: string }> } | null, curationLogs: Array<{ __typename?: 'CurationLog', id: string, reason: CurationReason, status: CurationStatus, attributeType: string, organization: { __typename?: 'Organization', alias: string } }> } };

export type CheckedBoardQueryVariables = Exact<{
  metric: LeaderboardMetric;
}>;


export type CheckedBoardQuery = { __typename?: 'Query', leaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, valid: number, evaluated: number, unchecked: number, qualityRatio?: number | null, checkedShare?: number | null, checkedValid: number, checkedQualityRatio?: number | null, organization: { __typename?: 'Organization', alias: string } }> };

export type CheckedSeriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckedSeriesQuery = { __typename?: 'Query', contributions: Array<{ __typename?: 'ContributionBucket', checkedShare?: number | null, checkedQualityRatio?: number | null, organization: { __typename?: 'Organization', alias: string } }>, organization?: { __typename?: 'Organization', totals: { __typename?: 'ContributionTotals', checkedShare?: number | null, checkedValid: number, checkedQualityRatio?: number | null } } | null };

export type LeaderboardQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  metric?: InputMaybe<LeaderboardMetric>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LeaderboardQuery = { __typename?: 'Query', leaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, seen: number, capped: number, evaluated: number, warninglistFalsePositives: number, reputationFalsePositives: number, falsePositives: number, confirmedMalicious: number, unknown: number, unchecked: number, valid: number, qualityRatio?: number | null, days: number, daysCovered: number, coverage: number, organization: { __typename?: 'Organization', alias: string } }> };

export type ContributionsQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  organizations?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  granularity?: InputMaybe<Granularity>;
}>;


export type ContributionsQuery = { __typename?: 'Query', contributions: Array<{ __typename?: 'ContributionBucket', start: string, days: number, daysCovered: number, coverage: number, seen: number, capped: number, evaluated: number, falsePositives: number, valid: number, qualityRatio?: number | null, organization: { __typename?: 'Organization', alias: string }, types: Array<{ __typename?: 'TypeBreakdown', attributeType: string, seen: number, evaluated: number, valid: number, warninglistFalsePositives: number }>, creators: Array<{ __typename?: 'CreatorBreakdown', creatorOrgId: string, creatorOrgName?: string | null, seen: number, evaluated: number, valid: number }> }> };

export type OrganizationTotalsQueryVariables = Exact<{
  alias: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type OrganizationTotalsQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', totals: { __typename?: 'ContributionTotals', from: string, to: string, evaluated: number, valid: number, daysCovered: number, coverage: number, qualityRatio?: number | null }, series: Array<{ __typename?: 'ContributionBucket', start: string, valid: number, daysCovered: number, types: Array<{ __typename?: 'TypeBreakdown', attributeType: string, valid: number }> }> } | null };

export type EveryOrganizationQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type EveryOrganizationQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', alias: string, totals: { __typename?: 'ContributionTotals', valid: number, daysCovered: number }, series: Array<{ __typename?: 'ContributionBucket', start: string, valid: number, creators: Array<{ __typename?: 'CreatorBreakdown', creatorOrgId: string, valid: number }> }> }> };

export type CurationLogsQueryVariables = Exact<{
  organization?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  reason?: InputMaybe<CurationReason>;
  action?: InputMaybe<CurationAction>;
  status?: InputMaybe<CurationStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CurationLogsQuery = { __typename?: 'Query', curationLogs: { __typename?: 'QueryCurationLogsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryCurationLogsConnectionEdge', node: { __typename?: 'CurationLog', id: string, day: string, mispAttributeId: string, mispAttributeUuid: string, mispEventId: string, mispEventUuid?: string | null, attributeType: string, value: string, reason: CurationReason, evidence: any, action: CurationAction, status: CurationStatus, error?: string | null, createdAt: string, actedAt?: string | null, restoredAt?: string | null, organization: { __typename?: 'Organization', alias: string }, run?: { __typename?: 'PipelineRun', id: string, kind: RunKind } | null } }> } };

export type RestoreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreMutation = { __typename?: 'Mutation', restoreCuratedAttribute:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'MutationRestoreCuratedAttributeSuccess', curationLog: { __typename?: 'CurationLog', id: string, status: CurationStatus } }
    | { __typename: 'NotFoundError', message: string }
   };

export type WarninglistsQueryVariables = Exact<{
  selectedOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type WarninglistsQuery = { __typename?: 'Query', warninglists: Array<{ __typename?: 'Warninglist', name: string, type: string, version: number, entryCount: number, selected: boolean, matchingAttributes: Array<string>, invalidEntries: number, refreshedAt: string, source: string, listId: string }> };

export type CheckIndicatorQueryVariables = Exact<{
  type: Scalars['String']['input'];
  value: Scalars['String']['input'];
}>;


export type CheckIndicatorQuery = { __typename?: 'Query', checkIndicator: { __typename?: 'IndicatorCheck', decision: IndicatorDecision } };

export type FalsePositiveReportQueryVariables = Exact<{
  organization: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FalsePositiveReportQuery = { __typename?: 'Query', falsePositiveReport: Array<{ __typename?: 'FalsePositive', day: string, mispAttributeId: string, mispAttributeUuid: string, mispEventId: string, mispEventUuid?: string | null, attributeType: string, value: string, reason: CurationReason, evidence: any, explanation: string, removedFromMisp: boolean, reportedToCommunity: boolean, organization: { __typename?: 'Organization', alias: string }, actions: Array<{ __typename?: 'FalsePositiveAction', curationLogId: string, action: CurationAction, status: CurationStatus, actedAt?: string | null, mispSightingId?: string | null, error?: string | null }> }> };

export type BoardQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type BoardQuery = { __typename?: 'Query', leaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, valid: number, organization: { __typename?: 'Organization', alias: string } }> };

export type AddSyncUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
  alias: Scalars['String']['input'];
}>;


export type AddSyncUserMutation = { __typename?: 'Mutation', addSyncUser:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'MutationAddSyncUserSuccess', syncUser: { __typename?: 'SyncUser', email?: string | null, status: SyncUserStatus, organization: { __typename?: 'Organization', alias: string } } }
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


export type OrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', alias: string, syncUsers: Array<{ __typename?: 'SyncUser', email?: string | null, status: SyncUserStatus }> }> };

export type OrganizationQueryVariables = Exact<{
  alias: Scalars['String']['input'];
}>;


export type OrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', alias: string, syncUsers: Array<{ __typename?: 'SyncUser', email?: string | null }> } | null };

export type SyncUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type SyncUsersQuery = { __typename?: 'Query', syncUsers: Array<{ __typename?: 'SyncUser', email?: string | null, organization: { __typename?: 'Organization', alias: string } }> };

export type RunDayMutationVariables = Exact<{
  date: Scalars['Date']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RunDayMutation = { __typename?: 'Mutation', runDay:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'MutationRunDaySuccess', run: { __typename?: 'PipelineRun', id: string, kind: RunKind, trigger: RunTrigger, status: RunStatus, fromDay: string, toDay: string, dryRun: boolean, curate: boolean, progress: { __typename?: 'RunProgress', daysDone: number, daysTotal: number, fraction: number } } }
   };

export type BackfillMutationVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  curate?: InputMaybe<Scalars['Boolean']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type BackfillMutation = { __typename?: 'Mutation', backfill:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'MutationBackfillSuccess', run: { __typename?: 'PipelineRun', id: string, kind: RunKind, status: RunStatus, fromDay: string, toDay: string, curate: boolean, dryRun: boolean, progress: { __typename?: 'RunProgress', daysTotal: number } } }
   };

export type CancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelRunMutation = { __typename?: 'Mutation', cancelRun:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'MutationCancelRunSuccess', run: { __typename?: 'PipelineRun', id: string, status: RunStatus, cancelRequested: boolean, error?: string | null, finishedAt?: string | null } }
    | { __typename: 'NotFoundError', message: string }
   };

export type PipelineRunsQueryVariables = Exact<{
  status?: InputMaybe<RunStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PipelineRunsQuery = { __typename?: 'Query', pipelineRuns: { __typename?: 'QueryPipelineRunsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryPipelineRunsConnectionEdge', node: { __typename?: 'PipelineRun', id: string, status: RunStatus, kind: RunKind } }> } };

export type PipelineRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PipelineRunQuery = { __typename?: 'Query', pipelineRun?: { __typename?: 'PipelineRun', id: string, status: RunStatus, attributesProcessed: number, curationDone: number, error?: string | null, startedAt?: string | null, progress: { __typename?: 'RunProgress', daysDone: number, daysTotal: number, fraction: number, currentDay?: string | null, attributesProcessed: number } } | null };

export type ProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProgressSubscription = { __typename?: 'Subscription', pipelineRunProgress: { __typename?: 'PipelineRun', id: string, status: RunStatus, progress: { __typename?: 'RunProgress', daysDone: number, daysTotal: number, fraction: number, currentDay?: string | null } } };

export type RuleRunDayMutationVariables = Exact<{
  date: Scalars['Date']['input'];
}>;


export type RuleRunDayMutation = { __typename?: 'Mutation', runDay:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'MutationRunDaySuccess', run: { __typename?: 'PipelineRun', id: string, dryRun: boolean } }
   };

export type RuleBackfillMutationVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type RuleBackfillMutation = { __typename?: 'Mutation', backfill:
    | { __typename: 'ConflictError' }
    | { __typename: 'InvalidInputError', field: string, message: string }
    | { __typename: 'MutationBackfillSuccess', run: { __typename?: 'PipelineRun', id: string } }
   };

export type RuleRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RuleRunQuery = { __typename?: 'Query', pipelineRun?: { __typename?: 'PipelineRun', id: string, dryRun: boolean, status: RunStatus } | null };


export const RestoreCuratedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreCurated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreCuratedAttribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"curationLogId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRestoreCuratedAttributeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curationLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"restoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"mispAttributeId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreCuratedMutation, RestoreCuratedMutationVariables>;
export const LogRowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogRow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CurationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curationLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mispAttributeId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LogRowQuery, LogRowQueryVariables>;
export const RefreshListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshWarninglists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRefreshWarninglistsSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refresh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshListsMutation, RefreshListsMutationVariables>;
export const ListVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warninglists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selectedOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<ListVersionsQuery, ListVersionsQueryVariables>;
export const CheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Check"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"warninglistHits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listId"}},{"kind":"Field","name":{"kind":"Name","value":"listName"}},{"kind":"Field","name":{"kind":"Name","value":"entry"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reputation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"zone"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"curationLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckQuery, CheckQueryVariables>;
export const CheckedBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckedBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaderboardMetric"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-05-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-05-07","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"unchecked"}},{"kind":"Field","name":{"kind":"Name","value":"qualityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"checkedShare"}},{"kind":"Field","name":{"kind":"Name","value":"checkedValid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedQualityRatio"}}]}}]}}]} as unknown as DocumentNode<CheckedBoardQuery, CheckedBoardQueryVariables>;
export const CheckedSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckedSeries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-05-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-05-07","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkedShare"}},{"kind":"Field","name":{"kind":"Name","value":"checkedQualityRatio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alias"},"value":{"kind":"StringValue","value":"unverified","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-05-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-05-07","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedShare"}},{"kind":"Field","name":{"kind":"Name","value":"checkedValid"}},{"kind":"Field","name":{"kind":"Name","value":"checkedQualityRatio"}}]}}]}}]}}]} as unknown as DocumentNode<CheckedSeriesQuery, CheckedSeriesQueryVariables>;
export const LeaderboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leaderboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaderboardMetric"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"warninglistFalsePositives"}},{"kind":"Field","name":{"kind":"Name","value":"reputationFalsePositives"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositives"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedMalicious"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"unchecked"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"qualityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"daysCovered"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}}]}}]}}]} as unknown as DocumentNode<LeaderboardQuery, LeaderboardQueryVariables>;
export const ContributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizations"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizations"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"daysCovered"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"falsePositives"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"qualityRatio"}},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"warninglistFalsePositives"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creatorOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"creatorOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]}}]} as unknown as DocumentNode<ContributionsQuery, ContributionsQueryVariables>;
export const OrganizationTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"daysCovered"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"qualityRatio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"WEEK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"daysCovered"}},{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationTotalsQuery, OrganizationTotalsQueryVariables>;
export const EveryOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EveryOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"daysCovered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"creators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creatorOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EveryOrganizationQuery, EveryOrganizationQueryVariables>;
export const CurationLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurationLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organization"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CurationReason"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CurationAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CurationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curationLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organization"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"mispAttributeId"}},{"kind":"Field","name":{"kind":"Name","value":"mispAttributeUuid"}},{"kind":"Field","name":{"kind":"Name","value":"mispEventId"}},{"kind":"Field","name":{"kind":"Name","value":"mispEventUuid"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actedAt"}},{"kind":"Field","name":{"kind":"Name","value":"restoredAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CurationLogsQuery, CurationLogsQueryVariables>;
export const RestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Restore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreCuratedAttribute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"curationLogId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRestoreCuratedAttributeSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curationLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreMutation, RestoreMutationVariables>;
export const WarninglistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Warninglists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selectedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warninglists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selectedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selectedOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"matchingAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"invalidEntries"}},{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"listId"}}]}}]}}]} as unknown as DocumentNode<WarninglistsQuery, WarninglistsQueryVariables>;
export const CheckIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decision"}}]}}]}}]} as unknown as DocumentNode<CheckIndicatorQuery, CheckIndicatorQueryVariables>;
export const FalsePositiveReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FalsePositiveReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organization"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"falsePositiveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organization"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mispAttributeId"}},{"kind":"Field","name":{"kind":"Name","value":"mispAttributeUuid"}},{"kind":"Field","name":{"kind":"Name","value":"mispEventId"}},{"kind":"Field","name":{"kind":"Name","value":"mispEventUuid"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"removedFromMisp"}},{"kind":"Field","name":{"kind":"Name","value":"reportedToCommunity"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curationLogId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mispSightingId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<FalsePositiveReportQuery, FalsePositiveReportQueryVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valid"}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const AddSyncUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSyncUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSyncUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationAlias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationAddSyncUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AddSyncUserMutation, AddSyncUserMutationVariables>;
export const RemoveSyncUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSyncUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSyncUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRemoveSyncUserSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveSyncUserMutation, RemoveSyncUserMutationVariables>;
export const RenameOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newAlias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}},{"kind":"Argument","name":{"kind":"Name","value":"newAlias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newAlias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRenameOrganizationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RenameOrganizationMutation, RenameOrganizationMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"syncUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"syncUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const SyncUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}}]}}]}}]}}]} as unknown as DocumentNode<SyncUsersQuery, SyncUsersQueryVariables>;
export const RunDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRunDaySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fromDay"}},{"kind":"Field","name":{"kind":"Name","value":"toDay"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"curate"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysDone"}},{"kind":"Field","name":{"kind":"Name","value":"daysTotal"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RunDayMutation, RunDayMutationVariables>;
export const BackfillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Backfill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"curate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backfill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"curate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"curate"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationBackfillSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fromDay"}},{"kind":"Field","name":{"kind":"Name","value":"toDay"}},{"kind":"Field","name":{"kind":"Name","value":"curate"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysTotal"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BackfillMutation, BackfillMutationVariables>;
export const CancelRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationCancelRunSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelRunMutation, CancelRunMutationVariables>;
export const PipelineRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineRunsQuery, PipelineRunsQueryVariables>;
export const PipelineRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attributesProcessed"}},{"kind":"Field","name":{"kind":"Name","value":"curationDone"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysDone"}},{"kind":"Field","name":{"kind":"Name","value":"daysTotal"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"currentDay"}},{"kind":"Field","name":{"kind":"Name","value":"attributesProcessed"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineRunQuery, PipelineRunQueryVariables>;
export const ProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Progress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineRunProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysDone"}},{"kind":"Field","name":{"kind":"Name","value":"daysTotal"}},{"kind":"Field","name":{"kind":"Name","value":"fraction"}},{"kind":"Field","name":{"kind":"Name","value":"currentDay"}}]}}]}}]}}]} as unknown as DocumentNode<ProgressSubscription, ProgressSubscriptionVariables>;
export const RuleRunDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RuleRunDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationRunDaySuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleRunDayMutation, RuleRunDayMutationVariables>;
export const RuleBackfillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RuleBackfill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backfill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationBackfillSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RuleBackfillMutation, RuleBackfillMutationVariables>;
export const RuleRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RuleRunQuery, RuleRunQueryVariables>;