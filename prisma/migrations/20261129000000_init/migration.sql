-- CreateTable
CREATE TABLE "Organization" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "alias" TEXT NOT NULL,
    "mispOrgId" TEXT,
    "mispOrgUuid" TEXT,
    "mispOrgName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SyncUser" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "mispUserId" TEXT,
    "mispRoleName" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "statusDetail" TEXT,
    "lastCheckedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SyncUser_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyContribution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organizationId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "seen" INTEGER NOT NULL,
    "capped" INTEGER NOT NULL,
    "evaluated" INTEGER NOT NULL,
    "warninglistFalsePositives" INTEGER NOT NULL,
    "reputationFalsePositives" INTEGER NOT NULL,
    "confirmedMalicious" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "unchecked" INTEGER NOT NULL,
    "valid" INTEGER NOT NULL,
    "runId" INTEGER,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DailyContribution_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DailyContribution_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PipelineRun" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContributionTypeBreakdown" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contributionId" INTEGER NOT NULL,
    "attributeType" TEXT NOT NULL,
    "seen" INTEGER NOT NULL,
    "capped" INTEGER NOT NULL,
    "evaluated" INTEGER NOT NULL,
    "warninglistFalsePositives" INTEGER NOT NULL,
    "reputationFalsePositives" INTEGER NOT NULL,
    "confirmedMalicious" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "unchecked" INTEGER NOT NULL,
    "valid" INTEGER NOT NULL,
    CONSTRAINT "ContributionTypeBreakdown_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "DailyContribution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContributionCreatorBreakdown" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contributionId" INTEGER NOT NULL,
    "creatorOrgId" TEXT NOT NULL,
    "creatorOrgName" TEXT,
    "seen" INTEGER NOT NULL,
    "capped" INTEGER NOT NULL,
    "evaluated" INTEGER NOT NULL,
    "warninglistFalsePositives" INTEGER NOT NULL,
    "reputationFalsePositives" INTEGER NOT NULL,
    "confirmedMalicious" INTEGER NOT NULL,
    "unknown" INTEGER NOT NULL,
    "unchecked" INTEGER NOT NULL,
    "valid" INTEGER NOT NULL,
    CONSTRAINT "ContributionCreatorBreakdown_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "DailyContribution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CurationLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" INTEGER,
    "organizationId" INTEGER NOT NULL,
    "day" TEXT NOT NULL,
    "mispAttributeId" TEXT NOT NULL,
    "mispAttributeUuid" TEXT NOT NULL,
    "mispEventId" TEXT NOT NULL,
    "mispEventUuid" TEXT,
    "attributeType" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PLANNED',
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "actedAt" DATETIME,
    "restoredAt" DATETIME,
    CONSTRAINT "CurationLog_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PipelineRun" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "CurationLog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PipelineRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "fromDay" TEXT NOT NULL,
    "toDay" TEXT NOT NULL,
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "curate" BOOLEAN NOT NULL DEFAULT true,
    "daysTotal" INTEGER NOT NULL,
    "daysDone" INTEGER NOT NULL DEFAULT 0,
    "currentDay" TEXT,
    "attributesProcessed" INTEGER NOT NULL DEFAULT 0,
    "warninglistFalsePositives" INTEGER NOT NULL DEFAULT 0,
    "reputationFalsePositives" INTEGER NOT NULL DEFAULT 0,
    "curationPlanned" INTEGER NOT NULL DEFAULT 0,
    "curationDone" INTEGER NOT NULL DEFAULT 0,
    "curationFailed" INTEGER NOT NULL DEFAULT 0,
    "reputationLookups" INTEGER NOT NULL DEFAULT 0,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "heartbeatAt" DATETIME
);

-- CreateTable
CREATE TABLE "ReputationVerdict" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "provider" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "zone" TEXT,
    "checkedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ReputationUsage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "provider" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "lookups" INTEGER NOT NULL DEFAULT 0,
    "quotaExhaustedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Warninglist" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "listId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "description" TEXT,
    "category" TEXT,
    "matchingAttributes" TEXT NOT NULL,
    "entryCount" INTEGER NOT NULL,
    "selected" BOOLEAN NOT NULL,
    "invalidEntries" INTEGER NOT NULL DEFAULT 0,
    "refreshedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_alias_key" ON "Organization"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_mispOrgId_key" ON "Organization"("mispOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "SyncUser_email_key" ON "SyncUser"("email");

-- CreateIndex
CREATE INDEX "SyncUser_organizationId_idx" ON "SyncUser"("organizationId");

-- CreateIndex
CREATE INDEX "DailyContribution_day_idx" ON "DailyContribution"("day");

-- CreateIndex
CREATE INDEX "DailyContribution_runId_idx" ON "DailyContribution"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "DailyContribution_organizationId_day_key" ON "DailyContribution"("organizationId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "ContributionTypeBreakdown_contributionId_attributeType_key" ON "ContributionTypeBreakdown"("contributionId", "attributeType");

-- CreateIndex
CREATE UNIQUE INDEX "ContributionCreatorBreakdown_contributionId_creatorOrgId_key" ON "ContributionCreatorBreakdown"("contributionId", "creatorOrgId");

-- CreateIndex
CREATE INDEX "CurationLog_organizationId_day_idx" ON "CurationLog"("organizationId", "day");

-- CreateIndex
CREATE INDEX "CurationLog_day_idx" ON "CurationLog"("day");

-- CreateIndex
CREATE INDEX "CurationLog_status_idx" ON "CurationLog"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CurationLog_runId_day_mispAttributeId_action_key" ON "CurationLog"("runId", "day", "mispAttributeId", "action");

-- CreateIndex
CREATE INDEX "PipelineRun_status_id_idx" ON "PipelineRun"("status", "id");

-- CreateIndex
CREATE INDEX "ReputationVerdict_expiresAt_idx" ON "ReputationVerdict"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReputationVerdict_provider_kind_value_key" ON "ReputationVerdict"("provider", "kind", "value");

-- CreateIndex
CREATE UNIQUE INDEX "ReputationUsage_provider_day_key" ON "ReputationUsage"("provider", "day");

-- CreateIndex
CREATE UNIQUE INDEX "Warninglist_source_listId_key" ON "Warninglist"("source", "listId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
