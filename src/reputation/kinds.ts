/**
 * Which lookups a MISP attribute needs: its type decides the kind(s), its value is split (composite
 * types) and normalised. An attribute with no lookup (no kind for its type, or a value the provider
 * could only reject) is `unknown` in the counts.
 */
import type { LookupKind } from './provider.js';
import { normalizeValue } from './normalize.js';

export interface LookupRequest {
  kind: LookupKind;
  /** The normalised value: the cache key and what is sent. */
  value: string;
}

/** For a composite type, the kind of each half (`null`: that half is not looked up). */
type Mapping = LookupKind | readonly [LookupKind | null, LookupKind | null];

const HASH_OF_FILE = [null, 'hash'] as const;

/**
 * `uri` is left out on purpose: MISP uses it for paths and other URIs without a host, which OpenTIP
 * cannot judge. `sha512`, `ssdeep`, `imphash` and the like are not searchable on OpenTIP.
 */
const TYPE_KINDS: Readonly<Record<string, Mapping>> = {
  'ip-src': 'ip',
  'ip-dst': 'ip',
  domain: 'domain',
  hostname: 'domain',
  url: 'url',
  md5: 'hash',
  sha1: 'hash',
  sha256: 'hash',
  'domain|ip': ['domain', 'ip'],
  'ip-src|port': ['ip', null],
  'ip-dst|port': ['ip', null],
  'hostname|port': ['domain', null],
  'filename|md5': HASH_OF_FILE,
  'filename|sha1': HASH_OF_FILE,
  'filename|sha256': HASH_OF_FILE,
  'malware-sample': HASH_OF_FILE,
};

/** The MISP types that have at least one lookup kind. */
export const LOOKUP_TYPES: readonly string[] = Object.keys(TYPE_KINDS);

export interface LookupPlan {
  /** The lookups, in the order of the attribute's halves. */
  requests: LookupRequest[];
  /**
   * Halves that have a kind but a value the provider could only reject (a CIDR in `ip-dst`, a
   * truncated hash, a malformed composite). They count as unknown, so the attribute cannot be benign.
   */
  unusable: number;
}

/** Whether the type has a lookup kind at all. */
export function hasLookupKind(type: string): boolean {
  return TYPE_KINDS[type] !== undefined;
}

/** The lookups an attribute needs. A composite value is split once on the first `|`, as MISP does. */
export function planLookups(type: string, value: string): LookupPlan {
  const mapping = TYPE_KINDS[type];
  if (mapping === undefined) return { requests: [], unusable: 0 };
  if (typeof mapping === 'string') return plan([[mapping, value]]);
  const bar = value.indexOf('|');
  if (bar < 0) return { requests: [], unusable: mapping.filter((kind) => kind !== null).length };
  const [firstKind, secondKind] = mapping;
  return plan([
    [firstKind, value.slice(0, bar)],
    [secondKind, value.slice(bar + 1)],
  ]);
}

function plan(halves: [LookupKind | null, string][]): LookupPlan {
  const result: LookupPlan = { requests: [], unusable: 0 };
  for (const [kind, raw] of halves) {
    if (kind === null) continue;
    const value = normalizeValue(kind, raw);
    if (value === null) result.unusable++;
    else result.requests.push({ kind, value });
  }
  return result;
}
