// The warninglists a run uses: from MISP (or a misp-warninglists directory), selected by the
// configured rule, compiled once per (list id, version), and recorded in the Warninglist table
// so the API can show which lists and versions decided.
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import { NotConfiguredError } from '../errors.js';
import type { MispClient } from '../misp/index.js';
import { loadWarninglistsFromDirectory, MispWarninglistSource, selectWarninglists, WarninglistEngine, type SelectionOptions } from '../warninglists/index.js';

export interface LoadedWarninglists {
  engine: WarninglistEngine;
  source: 'misp' | 'directory';
  total: number;
  selected: number;
  /** Entries that cannot match (invalid networks, regexes PHP would reject), as MISP skips them. */
  problems: number;
}

interface ListRow {
  listId: string;
  name: string;
  type: string;
  version: number;
  description: string | null;
  category: string | null;
  matchingAttributes: string[];
  entryCount: number;
  selected: boolean;
}

export class WarninglistProvider {
  private readonly mispSource: MispWarninglistSource | null;
  private directoryEngine: { key: string; engine: WarninglistEngine } | null = null;
  private last: LoadedWarninglists | null = null;

  constructor(
    private readonly prisma: Db,
    private readonly config: Config,
    misp: MispClient | null,
  ) {
    this.mispSource =
      config.warninglistsDir === '' && misp
        ? new MispWarninglistSource({
            listWarninglists: async () => (await misp.listWarninglists()).Warninglists,
            viewWarninglist: (id) => misp.viewWarninglist(id),
          })
        : null;
  }

  private get selection(): SelectionOptions {
    return {
      filterWords: this.config.warninglistFilters,
      maxEntries: this.config.warninglistMaxEntries,
      include: this.config.warninglistInclude,
      exclude: this.config.warninglistExclude,
    };
  }

  /** The lists of the last load, loading them if none was made yet. */
  async current(): Promise<LoadedWarninglists> {
    return this.last ?? this.load();
  }

  async load(): Promise<LoadedWarninglists> {
    this.last = await this.loadFromSource();
    return this.last;
  }

  private async loadFromSource(): Promise<LoadedWarninglists> {
    if (this.config.warninglistsDir !== '') return this.loadDirectory(this.config.warninglistsDir);
    if (!this.mispSource) {
      throw new NotConfiguredError(
        'No warninglist source is configured: set MISP_URL and MISP_KEY, or WARNINGLISTS_DIR to a misp-warninglists checkout, then restart the service or run the command again.',
      );
    }
    const { engine, selection } = await this.mispSource.load(this.selection);
    const selectedIds = new Set(selection.selected.map((s) => s.id));
    const rows = [...selection.selected, ...selection.leftOut.map((l) => l.list)].map((s) => ({
      listId: s.id,
      name: s.name,
      type: s.type,
      version: s.version,
      description: s.description || null,
      category: s.category || null,
      matchingAttributes: s.matchingAttributes,
      entryCount: s.entryCount,
      selected: selectedIds.has(s.id),
    }));
    await this.record('misp', rows, engine);
    return { engine, source: 'misp', total: rows.length, selected: selectedIds.size, problems: engine.problems.length };
  }

  private async loadDirectory(dir: string): Promise<LoadedWarninglists> {
    const definitions = await loadWarninglistsFromDirectory(dir);
    const selection = selectWarninglists(definitions, this.selection);
    const key = selection.selected.map((d) => `${d.id}@${d.version}`).join(',');
    if (this.directoryEngine?.key !== key) this.directoryEngine = { key, engine: WarninglistEngine.build(selection.selected) };
    const engine = this.directoryEngine.engine;
    const selectedIds = new Set(selection.selected.map((d) => d.id));
    const rows = definitions.map((d) => ({
      listId: d.id,
      name: d.name,
      type: d.type,
      version: d.version,
      description: d.description ?? null,
      category: d.category ?? null,
      matchingAttributes: d.matchingAttributes,
      entryCount: d.entries.length,
      selected: selectedIds.has(d.id),
    }));
    await this.record('directory', rows, engine);
    return { engine, source: 'directory', total: rows.length, selected: selectedIds.size, problems: engine.problems.length };
  }

  private async record(source: string, rows: ListRow[], engine: WarninglistEngine): Promise<void> {
    const invalid = new Map<string, number>();
    for (const p of engine.problems) invalid.set(p.listId, (invalid.get(p.listId) ?? 0) + 1);
    const refused = new Map<string, { entry: string; reason: string }[]>();
    for (const r of engine.refused) refused.set(r.listId, [...(refused.get(r.listId) ?? []), { entry: r.entry, reason: r.reason }]);
    const refreshedAt = new Date();
    await this.prisma.$transaction(
      async (tx) => {
        await tx.warninglist.deleteMany({ where: { OR: [{ source: { not: source } }, { source, listId: { notIn: rows.map((r) => r.listId) } }] } });
        for (const row of rows) {
          const data = {
            ...row,
            matchingAttributes: JSON.stringify(row.matchingAttributes),
            invalidEntries: invalid.get(row.listId) ?? 0,
            refusedEntries: JSON.stringify(refused.get(row.listId) ?? []),
            refreshedAt,
          };
          await tx.warninglist.upsert({ where: { source_listId: { source, listId: row.listId } }, create: { source, ...data }, update: data });
        }
      },
      { timeout: 60_000 },
    );
  }
}
