// Ships an aggregate's rows from SQLite as one JSON text. Prisma converts every value of a raw
// result one at a time, which costs several times the query itself for a few hundred rows;
// one string parsed by JSON.parse costs next to nothing.
import type { Db } from '../db/client.js';
import { Prisma } from '../generated/prisma/client.js';

/** The rows of `sql` as arrays of its `columns`, in that order. Row order is not kept. */
export async function jsonRows(prisma: Db, sql: Prisma.Sql, columns: readonly string[]): Promise<unknown[][]> {
  const values = Prisma.raw(columns.map((c) => `r."${c}"`).join(', '));
  const [result] = await prisma.$queryRaw<{ rows: string | null }[]>`SELECT json_group_array(json_array(${values})) AS "rows" FROM (${sql}) r`;
  return JSON.parse(result?.rows ?? '[]') as unknown[][];
}
