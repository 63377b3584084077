import { describe, expect, it } from 'vitest';
import { combineOutcomes, hasLookupKind, normalizeDomain, normalizeHash, normalizeIp, normalizeUrl, planLookups, type Outcome } from '../../src/reputation/index.js';
import { MD5 } from './helpers.js';

const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('planLookups: MISP types to lookups', () => {
  it.each([
    ['ip-src', '203.0.113.7', [{ kind: 'ip', value: '203.0.113.7' }]],
    ['ip-dst', ' 203.0.113.7 ', [{ kind: 'ip', value: '203.0.113.7' }]],
    ['domain', 'Evil.Example.', [{ kind: 'domain', value: 'evil.example' }]],
    ['hostname', 'WWW.Example.org', [{ kind: 'domain', value: 'www.example.org' }]],
    ['url', 'HTTP://Example.COM/Path', [{ kind: 'url', value: 'http://example.com/Path' }]],
    ['md5', MD5.toUpperCase(), [{ kind: 'hash', value: MD5 }]],
    ['sha1', SHA1, [{ kind: 'hash', value: SHA1 }]],
    ['sha256', SHA256, [{ kind: 'hash', value: SHA256 }]],
    [
      'domain|ip',
      'Example.com|2001:DB8::1',
      [
        { kind: 'domain', value: 'example.com' },
        { kind: 'ip', value: '2001:db8::1' },
      ],
    ],
    ['filename|md5', `setup.exe|${MD5}`, [{ kind: 'hash', value: MD5 }]],
    ['filename|sha1', `a.dll|${SHA1}`, [{ kind: 'hash', value: SHA1 }]],
    ['filename|sha256', `b.bin|${SHA256}`, [{ kind: 'hash', value: SHA256 }]],
    ['malware-sample', `dropper.zip|${MD5}`, [{ kind: 'hash', value: MD5 }]],
    ['ip-dst|port', '198.51.100.1|443', [{ kind: 'ip', value: '198.51.100.1' }]],
    ['ip-src|port', '198.51.100.2|8080', [{ kind: 'ip', value: '198.51.100.2' }]],
    ['hostname|port', 'C2.Example.net|8443', [{ kind: 'domain', value: 'c2.example.net' }]],
  ])('%s %s', (type, value, requests) => {
    expect(planLookups(type, value)).toEqual({ requests, unusable: 0 });
    expect(hasLookupKind(type)).toBe(true);
  });

  it.each(['email-src', 'filename', 'mutex', 'uri', 'sha512', 'regkey', 'text'])('%s has no lookup kind', (type) => {
    expect(planLookups(type, 'anything')).toEqual({ requests: [], unusable: 0 });
    expect(hasLookupKind(type)).toBe(false);
  });

  it('counts halves it cannot look up, so they can never make the attribute benign', () => {
    expect(planLookups('ip-dst', '10.0.0.0/8')).toEqual({ requests: [], unusable: 1 });
    expect(planLookups('md5', 'abc')).toEqual({ requests: [], unusable: 1 });
    expect(planLookups('domain|ip', 'example.com|not-an-ip')).toEqual({
      requests: [{ kind: 'domain', value: 'example.com' }],
      unusable: 1,
    });
    expect(planLookups('domain|ip', 'example.com')).toEqual({ requests: [], unusable: 2 });
    expect(planLookups('filename|md5', 'no-bar')).toEqual({ requests: [], unusable: 1 });
  });
});

describe('normalisation', () => {
  it('hashes: lower-case hex of md5/sha1/sha256 length only', () => {
    expect(normalizeHash(` ${SHA256.toUpperCase()}\n`)).toBe(SHA256);
    expect(normalizeHash(MD5.slice(1))).toBeNull();
    expect(normalizeHash(`${MD5.slice(1)}g`)).toBeNull();
  });

  it('domains: lower-case, trailing dot trimmed, IDN to punycode, junk refused', () => {
    expect(normalizeDomain('EXAMPLE.com')).toBe('example.com');
    expect(normalizeDomain('example.com.')).toBe('example.com');
    expect(normalizeDomain('Bücher.DE')).toBe('xn--bcher-kva.de');
    expect(normalizeDomain('xn--bcher-kva.de')).toBe('xn--bcher-kva.de');
    for (const bad of ['', '.', 'exa/mple.com', 'a b.com', 'x.com:80', '*.evil.com', 'a..b', 'user@x.com']) {
      expect(normalizeDomain(bad), bad).toBeNull();
    }
  });

  it('IPs: trimmed; IPv6 canonical lower-case; ranges, zones and leading zeros refused', () => {
    expect(normalizeIp(' 192.0.2.1\t')).toBe('192.0.2.1');
    expect(normalizeIp('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(normalizeIp('2001:db8::0:1')).toBe('2001:db8::1');
    for (const bad of ['192.0.2.0/24', '010.0.0.1', 'fe80::1%eth0', '256.1.1.1', 'example.com']) {
      expect(normalizeIp(bad), bad).toBeNull();
    }
  });

  it('URLs: scheme and host lower-cased, escapes made canonical, nothing else touched', () => {
    expect(normalizeUrl('  HTTPS://Evil.EXAMPLE/Login?User=A  ')).toBe('https://evil.example/Login?User=A');
    expect(normalizeUrl('Evil.Example/Path')).toBe('evil.example/Path');
    expect(normalizeUrl('http://User:Pw@Host.Example:8080/x')).toBe('http://User:Pw@host.example:8080/x');
    // Unreserved escapes decoded, reserved ones kept with upper-case hex.
    expect(normalizeUrl('http://x.example/%7euser/%2fetc%2Fpasswd?q=%41')).toBe('http://x.example/~user/%2Fetc%2Fpasswd?q=A');
    // Characters a URI cannot hold are encoded as UTF-8, so both spellings meet.
    expect(normalizeUrl('http://x.example/a b/é')).toBe('http://x.example/a%20b/%C3%A9');
    expect(normalizeUrl('http://x.example/a%20b/%c3%a9')).toBe('http://x.example/a%20b/%C3%A9');
    expect(normalizeUrl('http://x.example/100%')).toBe('http://x.example/100%25');
    for (const bad of ['', 'http://', 'http:///path', `http://x.example/\ud800`]) expect(normalizeUrl(bad), bad).toBeNull();
  });
});

describe('combineOutcomes: the composite rule', () => {
  it.each<[Outcome[], Outcome]>([
    [[], 'unknown'],
    [['benign'], 'benign'],
    [['benign', 'benign'], 'benign'],
    [['benign', 'unknown'], 'unknown'],
    [['benign', 'malicious'], 'malicious'],
    [['unchecked', 'malicious'], 'malicious'],
    [['benign', 'unchecked'], 'unchecked'],
    [['unknown', 'unchecked'], 'unchecked'],
    [['unknown', 'unknown'], 'unknown'],
  ])('%j → %s', (halves, expected) => {
    expect(combineOutcomes(halves)).toBe(expected);
  });
});
