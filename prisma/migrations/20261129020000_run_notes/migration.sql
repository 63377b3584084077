-- AlterTable
ALTER TABLE "PipelineRun" ADD COLUMN "notes" TEXT;
