// What the pipeline offers the APIs (GraphQL, and any other front end): runs, curation and
// indicator checks. The pipeline owns this contract (api-services.ts implements it); the API
// layers consume it.
import type { CurationLog, PipelineRun } from '../generated/prisma/client.js';

/** Why one indicator would be kept or curated, as the pipeline would decide it today. */
export interface IndicatorCheckResult {
  /** The MISP attribute type asked about. */
  type: string;
  /** The value asked about, as given. */
  value: string;
  /** Every selected warninglist that matches the value for this type. */
  warninglistHits: { listId: string; listName: string; entry: string; value: string }[];
  /** The cached reputation verdict; null when the type has no lookup kind. */
  reputation: {
    outcome: 'benign' | 'malicious' | 'unknown' | 'unchecked';
    evidence: { provider: string; kind: string; value: string; zone: string | null; checkedAt: Date; expiresAt: Date; source: string }[];
  } | null;
  /** The count the indicator would fall in (see the design notes). */
  decision: 'WARNINGLIST_FALSE_POSITIVE' | 'REPUTATION_FALSE_POSITIVE' | 'MALICIOUS' | 'UNKNOWN' | 'UNCHECKED';
}

/** What the APIs may ask of the pipeline and curation; createApiServices (api-services.ts) implements it. */
export interface ApiServices {
  /** Queues a run; resolves to the PipelineRun row. Throws InvalidInputError for bad ranges/dates. */
  enqueueRun(input: { kind: 'DAILY' | 'BACKFILL'; fromDay: string; toDay: string; dryRun: boolean; curate: boolean; trigger: 'API' }): Promise<PipelineRun>;
  /** Requests cancellation (between days). Throws NotFoundError / ConflictError (already finished). */
  cancelRun(runId: number): Promise<PipelineRun>;
  /** Undoes a soft delete in MISP and marks the log RESTORED. Throws NotFoundError / ConflictError. */
  restoreCuratedAttribute(curationLogId: number): Promise<CurationLog>;
  /** Reloads warninglists from MISP or the directory and updates the Warninglist table. */
  refreshWarninglists(): Promise<{ lists: number; selected: number }>;
  /** Warninglist hits + cached reputation verdict for one indicator; never spends budget. */
  checkIndicator(type: string, value: string): Promise<IndicatorCheckResult>;
}
