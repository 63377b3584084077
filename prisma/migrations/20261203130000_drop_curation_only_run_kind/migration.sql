-- RunKind CURATION_ONLY is gone: nothing ever queued such a run. A row that had it would no longer
-- load, so it becomes what it was closest to: a backfill of the same days.
UPDATE "PipelineRun" SET "kind" = 'BACKFILL' WHERE "kind" = 'CURATION_ONLY';
