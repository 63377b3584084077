import { tooBroad } from './breadth.js';
import { parseIPv4, parseIPv6 } from './ip.js';
import { translatePcre } from './pcre.js';
import type { EntryProblem, WarninglistDefinition } from './types.js';

/**
 * A list's valid cidr entries, packed in typed arrays (a list can hold tens of thousands): entry i
 * is the network `words[4i, 4i+4)` (IPv4 uses the first word) of length `prefix[i]`, written as
 * the list's entry `index[i]`.
 */
export interface CidrEntries {
  count: number;
  family: Uint8Array;
  prefix: Uint8Array;
  index: Uint32Array;
  words: Uint32Array;
}

export interface RegexEntry {
  entry: string;
  /** Null when the entry never matches (reported in `problems`). */
  regex: RegExp | null;
}

/**
 * One list prepared for indexing: entries parsed, normalised and validated once. Kept per
 * (list id, version) so an unchanged list is not prepared again when lists are reloaded.
 */
export interface CompiledWarninglist {
  definition: WarninglistDefinition;
  /** `hostname` lists: normalised entries (lower-case, trimmed of dots), in list order. */
  hostnames: string[];
  cidrs: CidrEntries;
  regexes: RegexEntry[];
  problems: EntryProblem[];
  /** Entries too broad for any real list (breadth.ts): still matched, but the list is never curated. */
  refused: RefusedEntry[];
}

export interface RefusedEntry {
  listId: string;
  listName: string;
  version: number;
  entry: string;
  reason: string;
}

const ASCII_UPPER = /[A-Z]+/g;

/** PHP's strtolower (ASCII only) and trim($v, '.'). */
export function normaliseHostnameEntry(entry: string): string {
  let start = 0;
  let end = entry.length;
  while (start < end && entry.charCodeAt(start) === 46) start++;
  while (end > start && entry.charCodeAt(end - 1) === 46) end--;
  return entry.slice(start, end).replace(ASCII_UPPER, (s) => s.toLowerCase());
}

const PREFIX_DIGITS = /^\d+$/;
const CANONICAL_PREFIX = /^(?:0|[1-9]\d*)$/;

/**
 * Parses a cidr entry as MISP's CidrTool does. IPv4 entries are looked up by their canonical text
 * `network/prefix`, so an IPv4 entry with host bits set or a prefix like `/08` is valid but never
 * matches; IPv6 entries are compared under their mask, so host bits do not matter there.
 */
export function parseCidrEntry(entry: string, words: Uint32Array): { family: 4 | 6; prefix: number } | { problem: 'invalid-cidr' | 'unreachable-cidr'; reason: string } {
  const slash = entry.indexOf('/');
  const end = slash < 0 ? entry.length : slash;
  words.fill(0);
  let family: 4 | 6;
  const v4 = parseIPv4(entry, 0, end);
  if (v4 >= 0) {
    family = 4;
    words[0] = v4;
  } else if (parseIPv6(entry, 0, end, words)) {
    family = 6;
  } else {
    return { problem: 'invalid-cidr', reason: 'not an IPv4 or IPv6 address' };
  }
  const max = family === 4 ? 32 : 128;
  if (slash < 0) return { family, prefix: max };
  const prefixText = entry.slice(slash + 1);
  if (!PREFIX_DIGITS.test(prefixText) || Number(prefixText) > max) {
    return { problem: 'invalid-cidr', reason: `prefix length must be 0 to ${max}` };
  }
  const prefix = Number(prefixText);
  if (family === 4) {
    if (!CANONICAL_PREFIX.test(prefixText)) {
      return { problem: 'unreachable-cidr', reason: 'MISP looks the prefix up as written without leading zeros' };
    }
    const hostBits = prefix === 32 ? 0 : prefix === 0 ? v4 : v4 % 2 ** (32 - prefix);
    if (hostBits !== 0) return { problem: 'unreachable-cidr', reason: 'host bits are set; MISP only finds the network address' };
  }
  return { family, prefix };
}

export function compileWarninglist(definition: WarninglistDefinition): CompiledWarninglist {
  const compiled: CompiledWarninglist = { definition, hostnames: [], cidrs: packCidrs(0), regexes: [], problems: [], refused: [] };
  const refuse = (entry: string, reason: string | null): void => {
    if (reason !== null) compiled.refused.push({ listId: definition.id, listName: definition.name, version: definition.version, entry, reason });
  };
  const report = (kind: EntryProblem['kind'], entry: string, reason: string): void => {
    compiled.problems.push({ kind, listId: definition.id, listName: definition.name, entry, reason });
  };
  switch (definition.type) {
    case 'hostname':
      compiled.hostnames = definition.entries.map(normaliseHostnameEntry);
      compiled.hostnames.forEach((h, i) => refuse(definition.entries[i]!, tooBroad('hostname', h)));
      break;
    case 'cidr': {
      const cidrs = packCidrs(definition.entries.length);
      const words = new Uint32Array(4);
      definition.entries.forEach((entry, index) => {
        const at = cidrs.count;
        const parsed = parseCidrEntry(entry, words);
        if ('problem' in parsed) {
          report(parsed.problem, entry, parsed.reason);
          return;
        }
        refuse(entry, tooBroad('cidr', entry));
        cidrs.words.set(words, 4 * at);
        cidrs.family[at] = parsed.family;
        cidrs.prefix[at] = parsed.prefix;
        cidrs.index[at] = index;
        cidrs.count++;
      });
      compiled.cidrs = trimCidrs(cidrs);
      break;
    }
    case 'regex':
      for (const entry of definition.entries) {
        const translated = translatePcre(entry);
        if (!translated.ok) report(translated.kind, entry, translated.reason);
        compiled.regexes.push({ entry, regex: translated.ok ? translated.regex : null });
        if (translated.ok) refuse(entry, tooBroad('regex', entry, translated.regex));
      }
      break;
    case 'substring':
      for (const entry of definition.entries) refuse(entry, tooBroad('substring', entry));
      break;
    case 'string':
      break;
  }
  return compiled;
}

function packCidrs(capacity: number): CidrEntries {
  return {
    count: 0,
    family: new Uint8Array(capacity),
    prefix: new Uint8Array(capacity),
    index: new Uint32Array(capacity),
    words: new Uint32Array(4 * capacity),
  };
}

/** Copies the entries into arrays of their exact size, so invalid entries leave no slack. */
function trimCidrs(cidrs: CidrEntries): CidrEntries {
  const n = cidrs.count;
  return {
    count: n,
    family: cidrs.family.slice(0, n),
    prefix: cidrs.prefix.slice(0, n),
    index: cidrs.index.slice(0, n),
    words: cidrs.words.slice(0, 4 * n),
  };
}
