// The SQL migrations and schema.prisma must describe the same database. Prisma's own DMMF of
// schema.prisma is compared with what SQLite reports after the migrations ran.
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS_DIR, MigrationError } from '../../src/db/migrate.js';
import { tempDir } from '../helpers/db.js';

// @prisma/internals ships CommonJS; its ESM face puts the API under default.
const internals = (await import('@prisma/internals')) as unknown as { default: typeof import('@prisma/internals') };
const { getDMMF } = internals.default;

interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
  dflt_value: string | null;
}
interface IndexInfo {
  name: string;
  unique: number;
  origin: string;
}
interface ForeignKey {
  table: string;
  from: string;
  to: string;
  on_delete: string;
}

const SQLITE_TYPE: Record<string, string> = {
  String: 'TEXT',
  Int: 'INTEGER',
  Boolean: 'BOOLEAN',
  DateTime: 'DATETIME',
  Float: 'REAL',
  BigInt: 'BIGINT',
  Json: 'JSONB',
  Bytes: 'BLOB',
  Decimal: 'DECIMAL',
};

describe('migrations', () => {
  let dir: string;
  let db: Database.Database;
  let dmmf: Awaited<ReturnType<typeof getDMMF>>;

  beforeAll(async () => {
    dir = tempDir();
    applyMigrations(join(dir, 'db.sqlite'));
    db = new Database(join(dir, 'db.sqlite'), { readonly: true });
    dmmf = await getDMMF({ datamodel: readFileSync('prisma/schema.prisma', 'utf8') });
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates exactly the tables of schema.prisma', () => {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'").all() as { name: string }[])
      .map((t) => t.name)
      .sort();
    expect(tables).toEqual(dmmf.datamodel.models.map((m) => m.dbName ?? m.name).sort());
  });

  it('gives every model its columns, types, nullability, keys and defaults', () => {
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as Column[];
      const scalars = model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
      expect(columns.map((c) => c.name).sort(), table).toEqual(scalars.map((f) => f.dbName ?? f.name).sort());
      for (const field of scalars) {
        const column = columns.find((c) => c.name === (field.dbName ?? field.name))!;
        const where = `${table}.${field.name}`;
        expect(column.type, where).toBe(field.kind === 'enum' ? 'TEXT' : SQLITE_TYPE[field.type]);
        expect(column.notnull === 1 || column.pk === 1, where).toBe(field.isRequired);
        expect(column.pk === 1, where).toBe(field.isId);
        const hasDbDefault = field.hasDefaultValue && !field.isId && !(typeof field.default === 'object' && field.default !== null && 'name' in field.default && field.default.name === 'uuid');
        expect(column.dflt_value !== null, `${where} default`).toBe(hasDbDefault);
      }
    }
  });

  it('has every unique constraint and index of schema.prisma, and no others', () => {
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      const expected = dmmf.datamodel.indexes
        .filter((i) => i.model === model.name && (i.type === 'unique' || i.type === 'normal'))
        .map((i) => `${i.type === 'unique' ? 'unique' : 'index'}(${i.fields.map((f) => f.name).join(',')})`)
        .sort();
      const actual = (db.prepare(`PRAGMA index_list("${table}")`).all() as IndexInfo[])
        .filter((i) => i.origin === 'c')
        .map((i) => {
          const cols = (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name);
          return `${i.unique ? 'unique' : 'index'}(${cols.join(',')})`;
        })
        .sort();
      expect(actual, table).toEqual(expected);
    }
  });

  it('has every relation as a foreign key with its delete rule', () => {
    const rule: Record<string, string> = { Cascade: 'CASCADE', SetNull: 'SET NULL', Restrict: 'RESTRICT', NoAction: 'NO ACTION' };
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      const expected = model.fields
        .filter((f) => f.kind === 'object' && (f.relationFromFields?.length ?? 0) > 0)
        .map((f) => `${f.relationFromFields![0]}->${f.type}.${f.relationToFields![0]} ${rule[f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull')]}`)
        .sort();
      const actual = (db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as ForeignKey[]).map((fk) => `${fk.from}->${fk.table}.${fk.to} ${fk.on_delete}`).sort();
      expect(actual, table).toEqual(expected);
    }
  });

  it("records migrations as Prisma Migrate does, with the file's SHA-256", () => {
    const rows = db.prepare('SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations').all() as {
      migration_name: string;
      checksum: string;
      finished_at: number;
      applied_steps_count: number;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const sql = readFileSync(join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it('is idempotent and refuses a migration edited after it was applied', () => {
    const copy = join(dir, 'migrations');
    cpSync(MIGRATIONS_DIR, copy, { recursive: true });
    const file = join(dir, 'edited.sqlite');
    expect(applyMigrations(file, { dir: copy }).applied.length).toBeGreaterThan(0);
    expect(applyMigrations(file, { dir: copy }).applied).toEqual([]);
    const first = join(copy, applyMigrations(file, { dir: copy }).alreadyApplied[0]!, 'migration.sql');
    writeFileSync(first, `${readFileSync(first, 'utf8')}\n-- edited\n`);
    expect(() => applyMigrations(file, { dir: copy })).toThrow(MigrationError);
    expect(() => applyMigrations(file, { dir: copy })).toThrow(/was edited after it was applied/);
  });

  it('refuses a database migrated by a newer version', () => {
    const file = join(dir, 'newer.sqlite');
    applyMigrations(file);
    const raw = new Database(file);
    raw.prepare("INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ('x', 'y', 1, '29990101000000_future', 1, 1)").run();
    raw.close();
    expect(() => applyMigrations(file)).toThrow(/newer version/);
  });
});
