// Entries so broad that no real warninglist has them. Counting keeps them (MISP flags what they
// match, so the counts stay MISP's), but a list holding one is never curated: a list that says
// "every IPv4 address" or "every .com domain" is broken or hostile, and its other entries may be too.
//
// The bounds come from the 136 lists of misp-warninglists (`npm run bench:list-shares` prints the
// figures): the widest real networks are 224.0.0.0/4 and 240.0.0.0/4 (RFC 5735) and FE80::/10
// (IPv6 link local); the shortest real substring entry has 5 characters; the only real hostname
// entries of one label are `.barclays`, `corona` and `helden` (6 characters or more); no real regex
// matches the empty string.
import { parseCidrEntry } from './compile.js';
import type { WarninglistType } from './types.js';

/** Networks wider than this (a shorter prefix) are refused: the widest real IPv4 network is a /4. */
export const MIN_IPV4_PREFIX = 4;
/** The widest real IPv6 network is a /10; `::/0` and `2000::/3` (all global unicast) are refused. */
export const MIN_IPV6_PREFIX = 8;
/** Shorter substrings are refused (`.`, `com`): the shortest real substring entry has 5 characters. */
export const MIN_SUBSTRING_LENGTH = 4;
/** Hostname entries of one label shorter than this are refused (`com`, `io`, `info`): a whole TLD. */
export const MIN_SINGLE_LABEL_HOSTNAME = 6;

const words = new Uint32Array(4);

/** Why the entry is too broad for any real list, or null. `hostname` entries are given normalised. */
export function tooBroad(type: WarninglistType, entry: string, regex?: RegExp | null): string | null {
  switch (type) {
    case 'cidr': {
      const parsed = parseCidrEntry(entry, words);
      if ('problem' in parsed) return null;
      if (parsed.family === 4 && parsed.prefix < MIN_IPV4_PREFIX) return `an IPv4 network wider than /${MIN_IPV4_PREFIX}, wider than any real list's`;
      if (parsed.family === 6 && parsed.prefix < MIN_IPV6_PREFIX) return `an IPv6 network wider than /${MIN_IPV6_PREFIX}, wider than any real list's`;
      return null;
    }
    case 'hostname':
      if (entry === '') return 'an empty hostname matches every value';
      if (!entry.includes('.') && entry.length < MIN_SINGLE_LABEL_HOSTNAME) return 'a bare top-level domain matches every host under it';
      return null;
    case 'substring':
      return entry.length < MIN_SUBSTRING_LENGTH ? `a substring shorter than ${MIN_SUBSTRING_LENGTH} characters matches most values` : null;
    case 'regex':
      return regex && regex.test('') ? 'a regular expression that matches the empty string matches every value' : null;
    case 'string':
      return null;
  }
}
