import { parseIPv4, parseIPv6 } from './ip.js';
import { translatePcre } from './pcre.js';
import type { EntryProblem, WarninglistDefinition } from './types.js';

/** A parsed cidr entry. IPv4 networks use words[0] only. */
export interface CidrEntry {
  family: 4 | 6;
  words: Uint32Array;
  prefix: number;
  /** Index of the entry in the list, to report it as written. */
  index: number;
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
  cidrs: CidrEntry[];
  regexes: RegexEntry[];
  problems: EntryProblem[];
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
export function parseCidrEntry(entry: string, index: number): CidrEntry | { problem: 'invalid-cidr' | 'unreachable-cidr'; reason: string } {
  const slash = entry.indexOf('/');
  const end = slash < 0 ? entry.length : slash;
  const words = new Uint32Array(4);
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
  if (slash < 0) return { family, words, prefix: max, index };
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
  return { family, words, prefix, index };
}

export function compileWarninglist(definition: WarninglistDefinition): CompiledWarninglist {
  const compiled: CompiledWarninglist = { definition, hostnames: [], cidrs: [], regexes: [], problems: [] };
  const report = (kind: EntryProblem['kind'], entry: string, reason: string): void => {
    compiled.problems.push({ kind, listId: definition.id, listName: definition.name, entry, reason });
  };
  switch (definition.type) {
    case 'hostname':
      compiled.hostnames = definition.entries.map(normaliseHostnameEntry);
      break;
    case 'cidr':
      definition.entries.forEach((entry, index) => {
        const parsed = parseCidrEntry(entry, index);
        if ('problem' in parsed) report(parsed.problem, entry, parsed.reason);
        else compiled.cidrs.push(parsed);
      });
      break;
    case 'regex':
      for (const entry of definition.entries) {
        const translated = translatePcre(entry);
        if (!translated.ok) report(translated.kind, entry, translated.reason);
        compiled.regexes.push({ entry, regex: translated.ok ? translated.regex : null });
      }
      break;
    case 'string':
    case 'substring':
      break;
  }
  return compiled;
}
