// Counts written straight into a migrated SQLite file for the benches (seconds, where Prisma's
// createMany takes minutes). Each bench brings its own data and order; this writes the rows.
import Database from 'better-sqlite3';

/** seen, capped, evaluated, warninglist and reputation false positives, malicious, unknown, unchecked, valid. */
export type Counts = readonly [number, number, number, number, number, number, number, number, number];

/** One community's day, with its breakdowns by attribute type and by creator organisation (each summing to it). */
export interface SeedDay {
  organizationId: number;
  day: string;
  counts: Counts;
  types: readonly { attributeType: string; counts: Counts }[];
  creators: readonly { creatorOrgId: string; creatorOrgName: string; counts: Counts }[];
}

export interface SeedWriter {
  /** Adds a community; returns its id. */
  organization(alias: string, updatedAt: number): number;
  addDay(day: SeedDay): void;
}

const COLUMNS = '"seen", "capped", "evaluated", "warninglistFalsePositives", "reputationFalsePositives", "confirmedMalicious", "unknown", "unchecked", "valid"';

/** Runs `write` in one transaction on the database at `path`, then closes it. */
export function seedDatabase<T>(path: string, write: (writer: SeedWriter) => T): T {
  const db = new Database(path);
  try {
    const org = db.prepare('INSERT INTO "Organization" ("alias", "updatedAt") VALUES (?, ?)');
    const daily = db.prepare(`INSERT INTO "DailyContribution" ("organizationId", "day", ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const type = db.prepare(`INSERT INTO "ContributionTypeBreakdown" ("contributionId", "attributeType", ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const creator = db.prepare(`INSERT INTO "ContributionCreatorBreakdown" ("contributionId", "creatorOrgId", "creatorOrgName", ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const writer: SeedWriter = {
      organization: (alias, updatedAt) => Number(org.run(alias, updatedAt).lastInsertRowid),
      addDay: (d) => {
        const id = daily.run(d.organizationId, d.day, ...d.counts).lastInsertRowid;
        for (const t of d.types) type.run(id, t.attributeType, ...t.counts);
        for (const c of d.creators) creator.run(id, c.creatorOrgId, c.creatorOrgName, ...c.counts);
      },
    };
    return db.transaction(() => write(writer))();
  } finally {
    db.close();
  }
}
