import { compileWarninglist, type CompiledWarninglist } from './compile.js';
import { WarninglistEngine } from './engine.js';
import { isWarninglistType, matchingAttributesOrAll } from './list-json.js';
import { selectWarninglists, type Selection, type SelectionOptions } from './selection.js';
import type { WarninglistDefinition, WarninglistType } from './types.js';

/** One item of `GET /warninglists`, with MISP's strings and numbers made into proper types. */
export interface MispWarninglistSummary {
  id: string;
  name: string;
  type: WarninglistType;
  description: string;
  version: number;
  enabled: boolean;
  default: boolean;
  /** `false_positive` or `known`. */
  category: string;
  entryCount: number;
  /** From the comma-joined `valid_attributes`; `['ALL']` when empty. */
  validAttributes: string[];
}

export interface MispWarninglistEntry {
  id: string;
  value: string;
  comment: string | null;
}

/** `GET /warninglists/view/{id}`. */
export interface MispWarninglistView extends Omit<MispWarninglistSummary, 'entryCount' | 'validAttributes'> {
  entries: MispWarninglistEntry[];
  /** From `WarninglistType`; `['ALL']` when empty. */
  types: string[];
}

/** What this module needs of a MISP client; the client parses bodies with the functions below. */
export interface WarninglistSourceApi {
  listWarninglists(): Promise<MispWarninglistSummary[]>;
  viewWarninglist(id: string): Promise<MispWarninglistView>;
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

function commonFields(list: Json): Omit<MispWarninglistSummary, 'entryCount' | 'validAttributes'> {
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

/** Parses the body of `GET /warninglists`. */
export function parseWarninglistIndex(body: unknown): MispWarninglistSummary[] {
  const items = object(body, 'a warninglist index').Warninglists;
  if (!Array.isArray(items)) throw new Error('MISP answered without a "Warninglists" array');
  return items.map((item) => {
    const list = object(object(item, 'a warninglist').Warninglist, 'a "Warninglist" object');
    const validAttributes = text(list, 'valid_attributes')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    return { ...commonFields(list), entryCount: integer(list, 'warninglist_entry_count'), validAttributes: matchingAttributesOrAll(validAttributes) };
  });
}

/** Parses the body of `GET /warninglists/view/{id}`. */
export function parseWarninglistView(body: unknown): MispWarninglistView {
  const list = object(object(body, 'a warninglist').Warninglist, 'a "Warninglist" object');
  const entries = list.WarninglistEntry ?? [];
  const types = list.WarninglistType ?? [];
  if (!Array.isArray(entries) || !Array.isArray(types)) throw new Error('MISP sent a warninglist without entry or type arrays');
  return {
    ...commonFields(list),
    entries: entries.map((e) => {
      const entry = object(e, 'a warninglist entry');
      return { id: text(entry, 'id'), value: text(entry, 'value'), comment: entry.comment == null ? null : text(entry, 'comment') };
    }),
    types: matchingAttributesOrAll(types.map((t) => text(object(t, 'a warninglist type'), 'type')).filter((t) => t !== '')),
  };
}

export function definitionFromMispView(view: MispWarninglistView): WarninglistDefinition {
  return {
    id: view.id,
    name: view.name,
    type: view.type,
    version: view.version,
    description: view.description,
    category: view.category,
    enabled: view.enabled,
    matchingAttributes: view.types,
    entries: view.entries.map((e) => e.value),
  };
}

export interface MispLoad {
  engine: WarninglistEngine;
  selection: Selection<MispWarninglistSummary>;
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
    const summaries = await this.api.listWarninglists();
    const selection = selectWarninglists(summaries, options);
    const downloaded: string[] = [];
    const lists: CompiledWarninglist[] = [];
    for (const summary of selection.selected) {
      let compiled = this.compiled.get(summary.id);
      if (compiled === undefined || compiled.definition.version !== summary.version) {
        const definition = definitionFromMispView(await this.api.viewWarninglist(summary.id));
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
