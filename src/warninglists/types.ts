/** The five list types of misp-warninglists, as MISP stores them. */
export type WarninglistType = 'string' | 'substring' | 'hostname' | 'cidr' | 'regex';

export const WARNINGLIST_TYPES: readonly WarninglistType[] = ['string', 'substring', 'hostname', 'cidr', 'regex'];

/** One warninglist, whatever its source (a list.json directory or a MISP instance). */
export interface WarninglistDefinition {
  id: string;
  name: string;
  type: WarninglistType;
  version: number;
  description?: string;
  category?: string;
  /** Lists read from MISP can be disabled there; lists read from a directory are enabled. */
  enabled: boolean;
  /** MISP attribute types the list applies to; `['ALL']` when the list names none. */
  matchingAttributes: string[];
  entries: string[];
}

export interface WarninglistHit {
  listId: string;
  listName: string;
  /**
   * The entry that matched, as the list writes it. For `hostname` lists it is the matched suffix in
   * its normalised form (lower-cased, trimmed of dots), which is what MISP reports.
   */
  entry: string;
  /** The part of the value that hit: the whole value, or one half of a composite value. */
  value: string;
}

/** Why an entry of a list can never match. */
export type EntryProblemKind =
  /** Not an IP address or network: MISP skips it. */
  | 'invalid-cidr'
  /** A valid IPv4 network MISP never finds: host bits set or a non-canonical prefix (`/08`). */
  | 'unreachable-cidr'
  /** Delimiters or modifiers PHP rejects, so `preg_match` fails and the entry never matches. */
  | 'invalid-regex'
  /** A valid PCRE that this engine cannot express as a JavaScript RegExp: it never matches here. */
  | 'untranslatable-regex'
  /** A pattern whose time can grow faster than the square of the value's length (regex-bound.ts): it never matches. */
  | 'unbounded-regex';

export interface EntryProblem {
  kind: EntryProblemKind;
  listId: string;
  listName: string;
  entry: string;
  reason: string;
}

export interface EngineStats {
  lists: number;
  listsByType: Record<WarninglistType, number>;
  entriesByType: Record<WarninglistType, number>;
  /** Entries that can never match, by kind. */
  problems: Record<EntryProblemKind, number>;
  /** Distinct attribute types that have a matcher plan cached. */
  cachedPlans: number;
}
