import { compileWarninglist, type CompiledWarninglist } from './compile.js';
import { WarninglistEngine } from './engine.js';
import { isWarninglistType, matchingAttributesOrAll } from './list-json.js';
import { selectWarninglists, type Selection, type SelectionOptions } from './selection.js';
import type { WarninglistDefinition, WarninglistType } from './types.js';

/** MISP sends numbers as strings and booleans as true/false, 1/0 or "1"/"0", depending on version. */
type MispNumber = string | number;
type MispFlag = boolean | number | string;

/** The fields of a `Warninglist` object in MISP's answers. */
export interface MispWarninglistFields {
  id: MispNumber;
  name: string;
  type: string;
  description?: string | null;
  version: MispNumber;
  enabled: MispFlag;
  default?: MispFlag;
  /** `false_positive` or `known`. */
  category?: string | null;
}

/** One item of `GET /warninglists` (`{"Warninglists": [item, ...]}`). */
export interface MispWarninglistSummary {
  Warninglist: MispWarninglistFields & {
    warninglist_entry_count: MispNumber;
    /** Comma-joined attribute types. */
    valid_attributes: string;
  };
}

/** The body of `GET /warninglists/view/{id}`. */
export interface MispWarninglistView {
  Warninglist: MispWarninglistFields & {
    WarninglistEntry: Array<{ id: MispNumber; value: string; warninglist_id: MispNumber; comment?: string | null }>;
    WarninglistType: Array<{ id: MispNumber; type: string; warninglist_id: MispNumber }>;
  };
}

/**
 * What this module needs of a MISP client. With the project's client:
 * `{ listWarninglists: async () => (await client.listWarninglists()).Warninglists, viewWarninglist: (id) => client.viewWarninglist(id) }`.
 */
export interface WarninglistSourceApi {
  listWarninglists(): Promise<MispWarninglistSummary[]>;
  viewWarninglist(id: string): Promise<MispWarninglistView>;
}

/** A list as `GET /warninglists` describes it, checked and typed. */
export interface WarninglistSummary {
  id: string;
  name: string;
  type: WarninglistType;
  description: string;
  version: number;
  enabled: boolean;
  default: boolean;
  category: string;
  entryCount: number;
  /** `['ALL']` when MISP names no type. */
  matchingAttributes: string[];
}

type Json = Record<string, unknown>;

function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`MISP answered without ${what}`);
  return value as Json;
}

function text(body: Json, key: string): string {
  const value = body[key];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`MISP sent a warninglist with an unreadable "${key}"`);
}

function integer(body: Json, key: string): number {
  const value = Number(text(body, key));
  if (!Number.isInteger(value)) throw new Error(`MISP sent a warninglist whose "${key}" is not a whole number`);
  return value;
}

/** MISP sends booleans as true/false, 1/0 or "1"/"0" depending on version and database. */
function flag(body: Json, key: string): boolean {
  const value = body[key];
  return value === true || value === 1 || value === '1' || value === 'true';
}

function commonFields(list: Json): Omit<WarninglistSummary, 'entryCount' | 'matchingAttributes'> {
  const type = text(list, 'type');
  if (!isWarninglistType(type)) throw new Error(`MISP sent warninglist ${text(list, 'id')} of unknown type "${type}"`);
  return {
    id: text(list, 'id'),
    name: text(list, 'name'),
    type,
    description: text(list, 'description'),
    version: integer(list, 'version'),
    enabled: flag(list, 'enabled'),
    default: flag(list, 'default'),
    category: text(list, 'category'),
  };
}

/** Parses `GET /warninglists`: the whole body or its `Warninglists` array. */
export function parseWarninglistIndex(body: unknown): WarninglistSummary[] {
  const items = Array.isArray(body) ? body : object(body, 'a warninglist index').Warninglists;
  if (!Array.isArray(items)) throw new Error('MISP answered without a "Warninglists" array');
  return items.map((item) => {
    const list = object(object(item, 'a warninglist').Warninglist, 'a "Warninglist" object');
    const types = text(list, 'valid_attributes')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    return { ...commonFields(list), entryCount: integer(list, 'warninglist_entry_count'), matchingAttributes: matchingAttributesOrAll(types) };
  });
}

/** Parses `GET /warninglists/view/{id}` into a definition (entry comments are not kept). */
export function parseWarninglistView(body: unknown): WarninglistDefinition {
  const list = object(object(body, 'a warninglist').Warninglist, 'a "Warninglist" object');
  const entries = list.WarninglistEntry ?? [];
  const types = list.WarninglistType ?? [];
  if (!Array.isArray(entries) || !Array.isArray(types)) throw new Error('MISP sent a warninglist without entry or type arrays');
  const { id, name, type, version, description, category, enabled } = commonFields(list);
  return {
    id,
    name,
    type,
    version,
    description,
    category,
    enabled,
    matchingAttributes: matchingAttributesOrAll(types.map((t) => text(object(t, 'a warninglist type'), 'type')).filter((t) => t !== '')),
    entries: entries.map((e) => text(object(e, 'a warninglist entry'), 'value')),
  };
}

export interface MispLoad {
  engine: WarninglistEngine;
  selection: Selection<WarninglistSummary>;
  /** Lists fetched with `view` during this load; the others came from the cache. */
  downloaded: string[];
}

/**
 * Warninglists of a MISP instance. Each selected list is fetched and compiled once per
 * (id, version): an unchanged list is neither downloaded nor prepared again, and when no selected
 * list changed the same engine is returned.
 */
export class MispWarninglistSource {
  private readonly compiled = new Map<string, CompiledWarninglist>();
  private engine: { key: string; engine: WarninglistEngine } | null = null;

  constructor(private readonly api: WarninglistSourceApi) {}

  async load(options: SelectionOptions = {}): Promise<MispLoad> {
    const summaries = parseWarninglistIndex(await this.api.listWarninglists());
    const selection = selectWarninglists(summaries, options);
    const downloaded: string[] = [];
    const lists: CompiledWarninglist[] = [];
    for (const summary of selection.selected) {
      let compiled = this.compiled.get(summary.id);
      if (compiled === undefined || compiled.definition.version !== summary.version) {
        // The index's version is the cache key, so it wins over the view's should they disagree.
        const definition = parseWarninglistView(await this.api.viewWarninglist(summary.id));
        compiled = compileWarninglist({ ...definition, version: summary.version });
        this.compiled.set(summary.id, compiled);
        downloaded.push(summary.id);
      }
      lists.push(compiled);
    }
    const known = new Set(summaries.map((s) => s.id));
    for (const id of this.compiled.keys()) if (!known.has(id)) this.compiled.delete(id);
    const key = lists.map((l) => `${l.definition.id}@${l.definition.version}`).join(',');
    if (this.engine?.key !== key) this.engine = { key, engine: WarninglistEngine.fromCompiled(lists) };
    return { engine: this.engine.engine, selection, downloaded };
  }
}
