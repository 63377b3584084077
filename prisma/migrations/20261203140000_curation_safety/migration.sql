-- AlterTable
ALTER TABLE "Warninglist" ADD COLUMN "refusedEntries" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "Warninglist" ADD COLUMN "curatedVersion" INTEGER;
ALTER TABLE "Warninglist" ADD COLUMN "breakerDay" TEXT;
ALTER TABLE "Warninglist" ADD COLUMN "breakerShare" REAL;

-- CreateTable
CREATE TABLE "ServiceState" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "firstStartedAt" DATETIME NOT NULL
);
