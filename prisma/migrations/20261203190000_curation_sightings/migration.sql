-- AlterTable: a SIGHTING curation row keeps the id of the false-positive sighting it added.
ALTER TABLE "CurationLog" ADD COLUMN "mispSightingId" TEXT;
