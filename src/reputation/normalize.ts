/**
 * Normalisation of values before lookup and caching, so that spellings of one indicator share one
 * lookup and one cache row. A normaliser answers `null` for a value the provider could only reject
 * (a CIDR range in `ip-dst`, a truncated hash): it is not worth a request and counts as unknown.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { domainToASCII } from 'node:url';
import type { LookupKind } from './provider.js';

const HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/;
const DOMAIN = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*$/;

/** MD5, SHA-1 or SHA-256 in lower-case hex. */
export function normalizeHash(input: string): string | null {
  const v = input.trim().toLowerCase();
  return HASH.test(v) ? v : null;
}

/** RFC 1035: a name has at most 253 characters, a label 63; longer ones exist in no DNS. */
const MAX_DOMAIN = 253;
const MAX_LABEL = /[^.]{64}/;
/** Web servers refuse longer request lines (HTTP 414) before the provider sees them. */
const MAX_URL = 8000;

/** Lower-case, trailing dots trimmed, internationalised names in their ASCII (punycode) form. */
export function normalizeDomain(input: string): string | null {
  const trimmed = input.trim().replace(/\.+$/, '');
  // domainToASCII silently cuts at a '/', so anything that is not a bare name is refused first.
  if (trimmed === '' || /[\s/?#@:*]/.test(trimmed)) return null;
  const ascii = domainToASCII(trimmed);
  return DOMAIN.test(ascii) && ascii.length <= MAX_DOMAIN && !MAX_LABEL.test(ascii) ? ascii : null;
}

/** IPv4 in strict dotted decimal; IPv6 in its canonical compressed lower-case form. */
export function normalizeIp(input: string): string | null {
  const v = input.trim();
  if (isIPv4(v)) return v;
  if (!isIPv6(v) || v.includes('%')) return null;
  // The WHATWG URL parser serialises IPv6 canonically (RFC 5952): lower case, longest zero run as '::'.
  return new URL(`http://[${v}]/`).hostname.slice(1, -1);
}

const URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)(.*)$/is;
const UNRESERVED = /[A-Za-z0-9\-._~]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The rule: trim; lower-case the scheme and the host (user info, port, path, query and fragment keep
 * their case); then, after the host, percent-escapes are made canonical as RFC 3986 §6.2.2 says:
 * escapes of unreserved characters are decoded (`%7E` → `~`), other escapes get upper-case hex
 * (`%2f` → `%2F`), and characters a URI cannot hold (spaces, non-ASCII, `"<>\^`{|}`, a `%` that starts
 * no escape) are encoded as UTF-8 escapes. Nothing else is decoded, so `%2F` never becomes a `/`.
 * A URL without a scheme (`example.com/x`, common in feeds) stays without one.
 */
export function normalizeUrl(input: string): string | null {
  // A lone surrogate has no UTF-8 form, so it could not be encoded consistently.
  if (LONE_SURROGATE.test(input)) return null;
  const parts = URL_PARTS.exec(input.trim());
  if (!parts) return null;
  const [, scheme = '', authority = '', rest = ''] = parts;
  const at = authority.lastIndexOf('@');
  const host = authority.slice(at + 1).toLowerCase();
  if (host === '' || host.startsWith(':') || /\s/.test(host)) return null;
  const url = scheme.toLowerCase() + authority.slice(0, at + 1) + host + canonicalEscapes(rest);
  return url.length <= MAX_URL ? url : null;
}

function canonicalEscapes(text: string): string {
  return text.replace(/%[0-9A-Fa-f]{2}|[^\x21-\x7e]|["<>\\^`{|}%]/gu, (match) => {
    if (match.length === 3 && match.startsWith('%')) {
      const char = String.fromCharCode(parseInt(match.slice(1), 16));
      return UNRESERVED.test(char) ? char : match.toUpperCase();
    }
    return encodeURIComponent(match).replace(/%[0-9a-f]{2}/g, (e) => e.toUpperCase());
  });
}

const NORMALIZERS: Record<LookupKind, (value: string) => string | null> = {
  ip: normalizeIp,
  domain: normalizeDomain,
  url: normalizeUrl,
  hash: normalizeHash,
};

export function normalizeValue(kind: LookupKind, value: string): string | null {
  return NORMALIZERS[kind](value);
}
