export type { EngineStats, EntryProblem, EntryProblemKind, WarninglistDefinition, WarninglistHit, WarninglistType } from './types.js';
export { WARNINGLIST_TYPES } from './types.js';
export { loadWarninglistsFromDirectory } from './directory.js';
export { parseListJson } from './list-json.js';
export {
  MispWarninglistSource,
  parseWarninglistIndex,
  parseWarninglistView,
  type MispLoad,
  type MispWarninglistFields,
  type MispWarninglistSummary,
  type MispWarninglistView,
  type WarninglistSourceApi,
  type WarninglistSummary,
} from './misp-source.js';
export { DEFAULT_FILTER_WORDS, DEFAULT_MAX_ENTRIES, selectWarninglists, type LeftOut, type LeftOutReason, type SelectableList, type Selection, type SelectionOptions } from './selection.js';
export { compileWarninglist, normaliseHostnameEntry, type CompiledWarninglist, type RefusedEntry } from './compile.js';
export { tooBroad } from './breadth.js';
export { WarninglistEngine, isCompositeType } from './engine.js';
export { translatePcre, type PcreTranslation } from './pcre.js';
