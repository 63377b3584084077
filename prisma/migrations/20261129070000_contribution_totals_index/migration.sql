-- CreateIndex
CREATE INDEX "DailyContribution_totals_idx" ON "DailyContribution"("organizationId", "day", "seen", "capped", "evaluated", "warninglistFalsePositives", "reputationFalsePositives", "confirmedMalicious", "unknown", "unchecked", "valid");
