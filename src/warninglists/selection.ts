/** The filter words of the original tool: a list is used when its name contains one of them. */
export const DEFAULT_FILTER_WORDS: readonly string[] = ['osint', 'google', '1000', 'microsoft', 'amazon', 'cloudflare'];
export const DEFAULT_MAX_ENTRIES = 4000;

export interface SelectionOptions {
  /** Case-insensitive words looked for in list names. Default: DEFAULT_FILTER_WORDS. */
  filterWords?: readonly string[];
  /** Largest list selected by the filter words; 0 means no limit. Default: DEFAULT_MAX_ENTRIES. */
  maxEntries?: number;
  /** Names or ids always selected (over the filter words, the size cap and `enabled`). */
  include?: readonly string[];
  /** Names or ids never selected, even when included. */
  exclude?: readonly string[];
}

/** What selection needs to know of a list: definitions have entries, MISP summaries a count. */
export type SelectableList = { id: string; name: string; enabled: boolean } & ({ entries: readonly unknown[] } | { entryCount: number });

export type LeftOutReason = 'excluded' | 'disabled' | 'no-filter-word' | 'too-many-entries';

export interface LeftOut<T> {
  list: T;
  reason: LeftOutReason;
  detail: string;
}

export interface Selection<T> {
  selected: T[];
  leftOut: LeftOut<T>[];
}

function entryCount(list: SelectableList): number {
  return 'entries' in list ? list.entries.length : list.entryCount;
}

function named(keys: readonly string[] | undefined): (list: SelectableList) => boolean {
  const wanted = new Set((keys ?? []).map((k) => k.toLowerCase()));
  return (list) => wanted.has(list.id.toLowerCase()) || wanted.has(list.name.toLowerCase());
}

/**
 * The original tool's rule: a list is used when its name contains a filter word and it has at
 * most `maxEntries` entries. Explicit includes win over that rule and over a disabled list;
 * explicit excludes win over everything.
 */
export function selectWarninglists<T extends SelectableList>(lists: readonly T[], options: SelectionOptions = {}): Selection<T> {
  const words = (options.filterWords ?? DEFAULT_FILTER_WORDS).map((w) => w.toLowerCase()).filter((w) => w !== '');
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new Error('maxEntries must be a whole number, 0 for no limit');
  const isIncluded = named(options.include);
  const isExcluded = named(options.exclude);
  const selection: Selection<T> = { selected: [], leftOut: [] };
  const leaveOut = (list: T, reason: LeftOutReason, detail: string): void => {
    selection.leftOut.push({ list, reason, detail });
  };
  for (const list of lists) {
    const count = entryCount(list);
    if (isExcluded(list)) leaveOut(list, 'excluded', 'explicitly excluded');
    else if (isIncluded(list)) selection.selected.push(list);
    else if (!list.enabled) leaveOut(list, 'disabled', 'disabled in MISP and not explicitly included');
    // No filter words means no name filter: every list (the documented meaning of an empty WARNINGLIST_FILTERS).
    else if (words.length > 0 && !words.some((w) => list.name.toLowerCase().includes(w))) {
      leaveOut(list, 'no-filter-word', `name contains none of: ${words.join(', ')}`);
    } else if (maxEntries > 0 && count > maxEntries) {
      leaveOut(list, 'too-many-entries', `${count} entries, more than the limit of ${maxEntries}`);
    } else selection.selected.push(list);
  }
  return selection;
}
