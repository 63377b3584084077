// Configuration for the Prisma CLI (generate, and migrate/studio on machines that have
// the schema engine). The service itself does not read this file: it opens the database
// through the better-sqlite3 adapter and applies prisma/migrations on its own at start.
import 'dotenv/config';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? `file:${process.env.MTC_DATABASE_PATH ?? './data/misp-topcontrib.db'}`,
  },
});
