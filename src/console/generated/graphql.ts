/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
  JSON: { input: unknown; output: unknown; }
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

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', name: string, role: ViewerRole } | null };

export type ConsoleLeaderboardQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type ConsoleLeaderboardQuery = { __typename?: 'Query', leaderboard: Array<{ __typename?: 'LeaderboardEntry', rank: number, valid: number, evaluated: number, falsePositives: number, warninglistFalsePositives: number, reputationFalsePositives: number, confirmedMalicious: number, qualityRatio?: number | null, coverage: number, days: number, daysCovered: number, organization: { __typename?: 'Organization', alias: string, mispOrgName?: string | null } }> };

export type ConsoleContributionsQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  granularity: Granularity;
  organizations?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type ConsoleContributionsQuery = { __typename?: 'Query', contributions: Array<{ __typename?: 'ContributionBucket', start: string, valid: number, evaluated: number, falsePositives: number, warninglistFalsePositives: number, reputationFalsePositives: number, daysCovered: number, organization: { __typename?: 'Organization', alias: string } }> };

export type ConsoleTopSeriesQueryVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  granularity: Granularity;
}>;


export type ConsoleTopSeriesQuery = { __typename?: 'Query', leaderboard: Array<{ __typename?: 'LeaderboardEntry', daysCovered: number, organization: { __typename?: 'Organization', alias: string, series: Array<{ __typename?: 'ContributionBucket', start: string, valid: number, evaluated: number, falsePositives: number, warninglistFalsePositives: number, reputationFalsePositives: number, daysCovered: number }> } }> };

export type ConsoleCommunityQueryVariables = Exact<{
  alias: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  granularity: Granularity;
}>;


export type ConsoleCommunityQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', alias: string, mispOrgName?: string | null, mispOrgId?: string | null, syncUsers: Array<{ __typename?: 'SyncUser', email?: string | null, status: SyncUserStatus, statusDetail?: string | null }>, totals: { __typename?: 'ContributionTotals', valid: number, evaluated: number, falsePositives: number, warninglistFalsePositives: number, reputationFalsePositives: number, confirmedMalicious: number, unknown: number, unchecked: number, qualityRatio?: number | null, coverage: number, days: number, daysCovered: number }, series: Array<{ __typename?: 'ContributionBucket', start: string, valid: number, evaluated: number, falsePositives: number, warninglistFalsePositives: number, reputationFalsePositives: number, daysCovered: number, types: Array<{ __typename?: 'TypeBreakdown', attributeType: string, valid: number, falsePositives: number, evaluated: number }>, creators: Array<{ __typename?: 'CreatorBreakdown', creatorOrgId: string, creatorOrgName?: string | null, valid: number, falsePositives: number, evaluated: number }> }> } | null };

export type ConsoleCurationLogQueryVariables = Exact<{
  organization: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsoleCurationLogQuery = { __typename?: 'Query', curationLogs: { __typename?: 'QueryCurationLogsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryCurationLogsConnectionEdge', node: { __typename?: 'CurationLog', id: string, day: string, value: string, attributeType: string, reason: CurationReason, action: CurationAction, status: CurationStatus, evidence: unknown, error?: string | null, actedAt?: string | null, restoredAt?: string | null, mispEventId: string, mispAttributeId: string } }> } };

export type ConsoleRestoreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleRestoreMutation = { __typename?: 'Mutation', restoreCuratedAttribute:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'MutationRestoreCuratedAttributeSuccess', curationLog: { __typename?: 'CurationLog', id: string, status: CurationStatus, restoredAt?: string | null } }
    | { __typename: 'NotFoundError', message: string }
   };

export type ConsoleRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleRunsQuery = { __typename?: 'Query', pipelineRuns: { __typename?: 'QueryPipelineRunsConnection', totalCount: number, edges: Array<{ __typename?: 'QueryPipelineRunsConnectionEdge', node: { __typename?: 'PipelineRun', id: string, kind: RunKind, status: RunStatus, trigger: RunTrigger, dryRun: boolean, curate: boolean, fromDay: string, toDay: string, createdAt: string, startedAt?: string | null, finishedAt?: string | null, notes?: string | null, error?: string | null, cancelRequested: boolean, attributesProcessed: number, warninglistFalsePositives: number, reputationFalsePositives: number, curationPlanned: number, curationDone: number, curationFailed: number, progress: { __typename?: 'RunProgress', daysDone: number, daysTotal: number, fraction: number, currentDay?: string | null } } }> } };

export type ConsoleRunFragment = { __typename?: 'PipelineRun', id: string, kind: RunKind, status: RunStatus, trigger: RunTrigger, dryRun: boolean, curate: boolean, fromDay: string, toDay: string, createdAt: string, startedAt?: string | null, finishedAt?: string | null, notes?: string | null, error?: string | null, cancelRequested: boolean, attributesProcessed: number, warninglistFalsePositives: number, reputationFalsePositives: number, curationPlanned: number, curationDone: number, curationFailed: number, progress: { __typename?: 'RunProgress', daysDone: number, daysTotal: number, fraction: number, currentDay?: string | null } };

export type ConsoleRunProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleRunProgressSubscription = { __typename?: 'Subscription', pipelineRunProgress: { __typename?: 'PipelineRun', id: string, kind: RunKind, status: RunStatus, trigger: RunTrigger, dryRun: boolean, curate: boolean, fromDay: string, toDay: string, createdAt: string, startedAt?: string | null, finishedAt?: string | null, notes?: string | null, error?: string | null, cancelRequested: boolean, attributesProcessed: number, warninglistFalsePositives: number, reputationFalsePositives: number, curationPlanned: number, curationDone: number, curationFailed: number, progress: { __typename?: 'RunProgress', daysDone: number, daysTotal: number, fraction: number, currentDay?: string | null } } };

export type ConsoleRunDayMutationVariables = Exact<{
  date: Scalars['Date']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type ConsoleRunDayMutation = { __typename?: 'Mutation', runDay:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'MutationRunDaySuccess', run: { __typename?: 'PipelineRun', id: string, kind: RunKind, status: RunStatus, trigger: RunTrigger, dryRun: boolean, curate: boolean, fromDay: string, toDay: string, createdAt: string, startedAt?: string | null, finishedAt?: string | null, notes?: string | null, error?: string | null, cancelRequested: boolean, attributesProcessed: number, warninglistFalsePositives: number, reputationFalsePositives: number, curationPlanned: number, curationDone: number, curationFailed: number, progress: { __typename?: 'RunProgress', daysDone: number, daysTotal: number, fraction: number, currentDay?: string | null } } }
   };

export type ConsoleBackfillMutationVariables = Exact<{
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  curate: Scalars['Boolean']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type ConsoleBackfillMutation = { __typename?: 'Mutation', backfill:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'MutationBackfillSuccess', run: { __typename?: 'PipelineRun', id: string, kind: RunKind, status: RunStatus, trigger: RunTrigger, dryRun: boolean, curate: boolean, fromDay: string, toDay: string, createdAt: string, startedAt?: string | null, finishedAt?: string | null, notes?: string | null, error?: string | null, cancelRequested: boolean, attributesProcessed: number, warninglistFalsePositives: number, reputationFalsePositives: number, curationPlanned: number, curationDone: number, curationFailed: number, progress: { __typename?: 'RunProgress', daysDone: number, daysTotal: number, fraction: number, currentDay?: string | null } } }
   };

export type ConsoleCancelRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsoleCancelRunMutation = { __typename?: 'Mutation', cancelRun:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'InvalidInputError', message: string }
    | { __typename: 'MutationCancelRunSuccess', run: { __typename?: 'PipelineRun', id: string, kind: RunKind, status: RunStatus, trigger: RunTrigger, dryRun: boolean, curate: boolean, fromDay: string, toDay: string, createdAt: string, startedAt?: string | null, finishedAt?: string | null, notes?: string | null, error?: string | null, cancelRequested: boolean, attributesProcessed: number, warninglistFalsePositives: number, reputationFalsePositives: number, curationPlanned: number, curationDone: number, curationFailed: number, progress: { __typename?: 'RunProgress', daysDone: number, daysTotal: number, fraction: number, currentDay?: string | null } } }
    | { __typename: 'NotFoundError', message: string }
   };

export type ConsoleWarninglistsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWarninglistsQuery = { __typename?: 'Query', warninglists: Array<{ __typename?: 'Warninglist', id: string, listId: string, name: string, type: string, version: number, entryCount: number, invalidEntries: number, selected: boolean, source: string, category?: string | null, refreshedAt: string, matchingAttributes: Array<string> }> };

export type ConsoleRefreshWarninglistsMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleRefreshWarninglistsMutation = { __typename?: 'Mutation', refreshWarninglists:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'MutationRefreshWarninglistsSuccess', refresh: { __typename?: 'WarninglistRefresh', lists: number, selected: number } }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleRunFragmentDoc = new TypedDocumentString(`
    fragment ConsoleRun on PipelineRun {
  id
  kind
  status
  trigger
  dryRun
  curate
  fromDay
  toDay
  createdAt
  startedAt
  finishedAt
  notes
  error
  cancelRequested
  attributesProcessed
  warninglistFalsePositives
  reputationFalsePositives
  curationPlanned
  curationDone
  curationFailed
  progress {
    daysDone
    daysTotal
    fraction
    currentDay
  }
}
    `, {"fragmentName":"ConsoleRun"}) as unknown as TypedDocumentString<ConsoleRunFragment, unknown>;
export const ConsoleViewerDocument = new TypedDocumentString(`
    query ConsoleViewer {
  viewer {
    name
    role
  }
}
    `, {"hash":"96c48582a66e35daa01b8a1322fb46a9860069de86dc8ae5e3c0d72fb52273d8"}) as unknown as TypedDocumentString<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleLeaderboardDocument = new TypedDocumentString(`
    query ConsoleLeaderboard($from: Date!, $to: Date!) {
  leaderboard(from: $from, to: $to, limit: 1000) {
    rank
    organization {
      alias
      mispOrgName
    }
    valid
    evaluated
    falsePositives
    warninglistFalsePositives
    reputationFalsePositives
    confirmedMalicious
    qualityRatio
    coverage
    days
    daysCovered
  }
}
    `, {"hash":"9b93e11d9c8bf81b7f694dad67d2d2f38923091299d0844d442934b186b19e2b"}) as unknown as TypedDocumentString<ConsoleLeaderboardQuery, ConsoleLeaderboardQueryVariables>;
export const ConsoleContributionsDocument = new TypedDocumentString(`
    query ConsoleContributions($from: Date!, $to: Date!, $granularity: Granularity!, $organizations: [String!]) {
  contributions(
    from: $from
    to: $to
    granularity: $granularity
    organizations: $organizations
  ) {
    start
    organization {
      alias
    }
    valid
    evaluated
    falsePositives
    warninglistFalsePositives
    reputationFalsePositives
    daysCovered
  }
}
    `, {"hash":"a6065cbcf0525c4da853e3a707d4cb8901adfc8debbb01d166f2d05dae46394f"}) as unknown as TypedDocumentString<ConsoleContributionsQuery, ConsoleContributionsQueryVariables>;
export const ConsoleTopSeriesDocument = new TypedDocumentString(`
    query ConsoleTopSeries($from: Date!, $to: Date!, $granularity: Granularity!) {
  leaderboard(from: $from, to: $to, limit: 5) {
    daysCovered
    organization {
      alias
      series(from: $from, to: $to, granularity: $granularity) {
        start
        valid
        evaluated
        falsePositives
        warninglistFalsePositives
        reputationFalsePositives
        daysCovered
      }
    }
  }
}
    `, {"hash":"a4d2a446b736a60e96a62332aed3305decee9fc795979f08e708e53ce2d6307b"}) as unknown as TypedDocumentString<ConsoleTopSeriesQuery, ConsoleTopSeriesQueryVariables>;
export const ConsoleCommunityDocument = new TypedDocumentString(`
    query ConsoleCommunity($alias: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {
  organization(alias: $alias) {
    alias
    mispOrgName
    mispOrgId
    syncUsers {
      email
      status
      statusDetail
    }
    totals(from: $from, to: $to) {
      valid
      evaluated
      falsePositives
      warninglistFalsePositives
      reputationFalsePositives
      confirmedMalicious
      unknown
      unchecked
      qualityRatio
      coverage
      days
      daysCovered
    }
    series(from: $from, to: $to, granularity: $granularity) {
      start
      valid
      evaluated
      falsePositives
      warninglistFalsePositives
      reputationFalsePositives
      daysCovered
      types {
        attributeType
        valid
        falsePositives
        evaluated
      }
      creators {
        creatorOrgId
        creatorOrgName
        valid
        falsePositives
        evaluated
      }
    }
  }
}
    `, {"hash":"166bc543aa96dce3e34a582f9f66936ec94feb1ebbd19775a306e898f789855b"}) as unknown as TypedDocumentString<ConsoleCommunityQuery, ConsoleCommunityQueryVariables>;
export const ConsoleCurationLogDocument = new TypedDocumentString(`
    query ConsoleCurationLog($organization: String!, $from: Date!, $to: Date!, $after: String) {
  curationLogs(
    organization: $organization
    from: $from
    to: $to
    first: 50
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        day
        value
        attributeType
        reason
        action
        status
        evidence
        error
        actedAt
        restoredAt
        mispEventId
        mispAttributeId
      }
    }
  }
}
    `, {"hash":"27bf6f634875958c18a5ab282436417eeef5893a577dc8ab0bbffbedac153f6d"}) as unknown as TypedDocumentString<ConsoleCurationLogQuery, ConsoleCurationLogQueryVariables>;
export const ConsoleRestoreDocument = new TypedDocumentString(`
    mutation ConsoleRestore($id: ID!) {
  restoreCuratedAttribute(curationLogId: $id) {
    __typename
    ... on MutationRestoreCuratedAttributeSuccess {
      curationLog {
        id
        status
        restoredAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `, {"hash":"e4758160f46dce8d5e7c7725a5b1407067a2f44ec66273d99add023dba4eeea9"}) as unknown as TypedDocumentString<ConsoleRestoreMutation, ConsoleRestoreMutationVariables>;
export const ConsoleRunsDocument = new TypedDocumentString(`
    query ConsoleRuns {
  pipelineRuns(first: 25) {
    totalCount
    edges {
      node {
        ...ConsoleRun
      }
    }
  }
}
    fragment ConsoleRun on PipelineRun {
  id
  kind
  status
  trigger
  dryRun
  curate
  fromDay
  toDay
  createdAt
  startedAt
  finishedAt
  notes
  error
  cancelRequested
  attributesProcessed
  warninglistFalsePositives
  reputationFalsePositives
  curationPlanned
  curationDone
  curationFailed
  progress {
    daysDone
    daysTotal
    fraction
    currentDay
  }
}`, {"hash":"b7ba02eb76029b3ea15d9862d021484864cac4aaeb56611e2a97905dfa7354f5"}) as unknown as TypedDocumentString<ConsoleRunsQuery, ConsoleRunsQueryVariables>;
export const ConsoleRunProgressDocument = new TypedDocumentString(`
    subscription ConsoleRunProgress($id: ID!) {
  pipelineRunProgress(id: $id) {
    ...ConsoleRun
  }
}
    fragment ConsoleRun on PipelineRun {
  id
  kind
  status
  trigger
  dryRun
  curate
  fromDay
  toDay
  createdAt
  startedAt
  finishedAt
  notes
  error
  cancelRequested
  attributesProcessed
  warninglistFalsePositives
  reputationFalsePositives
  curationPlanned
  curationDone
  curationFailed
  progress {
    daysDone
    daysTotal
    fraction
    currentDay
  }
}`, {"hash":"ffbc01a059a4d9a4f7d09654e9c43f787c5da0d53ef2e055ecd7574c3bb964f5"}) as unknown as TypedDocumentString<ConsoleRunProgressSubscription, ConsoleRunProgressSubscriptionVariables>;
export const ConsoleRunDayDocument = new TypedDocumentString(`
    mutation ConsoleRunDay($date: Date!, $dryRun: Boolean!) {
  runDay(date: $date, dryRun: $dryRun) {
    __typename
    ... on MutationRunDaySuccess {
      run {
        ...ConsoleRun
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment ConsoleRun on PipelineRun {
  id
  kind
  status
  trigger
  dryRun
  curate
  fromDay
  toDay
  createdAt
  startedAt
  finishedAt
  notes
  error
  cancelRequested
  attributesProcessed
  warninglistFalsePositives
  reputationFalsePositives
  curationPlanned
  curationDone
  curationFailed
  progress {
    daysDone
    daysTotal
    fraction
    currentDay
  }
}`, {"hash":"ac88543b9685c114df74c543232ad7b9460e784a0b4d5cb5440dd34d2aa53a97"}) as unknown as TypedDocumentString<ConsoleRunDayMutation, ConsoleRunDayMutationVariables>;
export const ConsoleBackfillDocument = new TypedDocumentString(`
    mutation ConsoleBackfill($from: Date!, $to: Date!, $curate: Boolean!, $dryRun: Boolean!) {
  backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {
    __typename
    ... on MutationBackfillSuccess {
      run {
        ...ConsoleRun
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment ConsoleRun on PipelineRun {
  id
  kind
  status
  trigger
  dryRun
  curate
  fromDay
  toDay
  createdAt
  startedAt
  finishedAt
  notes
  error
  cancelRequested
  attributesProcessed
  warninglistFalsePositives
  reputationFalsePositives
  curationPlanned
  curationDone
  curationFailed
  progress {
    daysDone
    daysTotal
    fraction
    currentDay
  }
}`, {"hash":"a55c60f1159bd52207e045909c9c6f0d64d79b5407038e077ee46bb96715fd16"}) as unknown as TypedDocumentString<ConsoleBackfillMutation, ConsoleBackfillMutationVariables>;
export const ConsoleCancelRunDocument = new TypedDocumentString(`
    mutation ConsoleCancelRun($id: ID!) {
  cancelRun(id: $id) {
    __typename
    ... on MutationCancelRunSuccess {
      run {
        ...ConsoleRun
      }
    }
    ... on Error {
      message
    }
  }
}
    fragment ConsoleRun on PipelineRun {
  id
  kind
  status
  trigger
  dryRun
  curate
  fromDay
  toDay
  createdAt
  startedAt
  finishedAt
  notes
  error
  cancelRequested
  attributesProcessed
  warninglistFalsePositives
  reputationFalsePositives
  curationPlanned
  curationDone
  curationFailed
  progress {
    daysDone
    daysTotal
    fraction
    currentDay
  }
}`, {"hash":"8bb410efc086be7b68554aff19c9436c43f7f2aacefb3de82987b8c709e4293b"}) as unknown as TypedDocumentString<ConsoleCancelRunMutation, ConsoleCancelRunMutationVariables>;
export const ConsoleWarninglistsDocument = new TypedDocumentString(`
    query ConsoleWarninglists {
  warninglists(selectedOnly: false) {
    id
    listId
    name
    type
    version
    entryCount
    invalidEntries
    selected
    source
    category
    refreshedAt
    matchingAttributes
  }
}
    `, {"hash":"e3d02046dcffc02d345b8f12f60870a16ee87c9e2e306908ea1d7d8dae714fe0"}) as unknown as TypedDocumentString<ConsoleWarninglistsQuery, ConsoleWarninglistsQueryVariables>;
export const ConsoleRefreshWarninglistsDocument = new TypedDocumentString(`
    mutation ConsoleRefreshWarninglists {
  refreshWarninglists {
    __typename
    ... on MutationRefreshWarninglistsSuccess {
      refresh {
        lists
        selected
      }
    }
    ... on Error {
      message
    }
  }
}
    `, {"hash":"4e115240f957cbe06349a9240bf9daf6955f52c00273c50bc58387670b27301d"}) as unknown as TypedDocumentString<ConsoleRefreshWarninglistsMutation, ConsoleRefreshWarninglistsMutationVariables>;