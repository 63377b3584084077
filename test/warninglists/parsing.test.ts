import { describe, expect, it } from 'vitest';
import { newIpScratch, parseIPv4, parseIpValue } from '../../src/warninglists/ip.js';
import { translatePcre } from '../../src/warninglists/index.js';

describe('IP parsing', () => {
  it.each([
    ['0.0.0.0', 0],
    ['255.255.255.255', 0xffffffff],
    ['10.0.0.1', 0x0a000001],
    ['01.0.0.1', -1],
    ['1.2.3', -1],
    ['1.2.3.4.5', -1],
    ['1.2.3.256', -1],
    ['1.2.3.4 ', -1],
    ['1..3.4', -1],
    ['', -1],
  ])('IPv4 %j', (text, expected) => {
    expect(parseIPv4(text)).toBe(expected);
  });

  const words = (value: string): number[] | null => {
    const ip = parseIpValue(value, newIpScratch());
    return ip === null ? null : [ip.family, ip.prefix, ...(ip.family === 4 ? [ip.words[0] ?? 0] : [...ip.words])];
  };

  it.each([
    ['::', [6, 128, 0, 0, 0, 0]],
    ['::1', [6, 128, 0, 0, 0, 1]],
    ['1::', [6, 128, 0x00010000, 0, 0, 0]],
    ['2001:db8::ff00:42:8329', [6, 128, 0x20010db8, 0, 0x0000ff00, 0x00428329]],
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', [6, 128, 0x20010db8, 0, 0x0000ff00, 0x00428329]],
    ['::ffff:1.2.3.4', [6, 128, 0, 0, 0x0000ffff, 0x01020304]],
    ['1:2:3:4:5:6:7::', [6, 128, 0x00010002, 0x00030004, 0x00050006, 0x00070000]],
    ['2001:db8::/32', [6, 32, 0x20010db8, 0, 0, 0]],
    ['10.0.0.0/8', [4, 8, 0x0a000000]],
    ['10.0.0.0/08', [4, 8, 0x0a000000]],
  ])('value %j', (value, expected) => {
    expect(words(value)).toEqual(expected);
  });

  it.each([
    'fe80::1%eth0',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7:8::',
    '1::2::3',
    ':1::',
    '1:::2',
    '12345::',
    '::ffff:01.2.3.4',
    '::1.2.3.4:5',
    '10.0.0.0/33',
    '10.0.0.0/',
    '10.0.0.0/x',
    '::/129',
    'a/8',
    '10.0.0.0/8/9',
  ])('not an IP value: %j', (value) => {
    expect(words(value)).toBeNull();
  });
});

describe('PCRE translation', () => {
  const matches = (pattern: string, subject: string): boolean => {
    const t = translatePcre(pattern);
    if (!t.ok) throw new Error(t.reason);
    return t.regex.test(subject);
  };

  it.each([
    ['/^(security|noc|soc|abuse)\\@.*\\..*$/i', 'SOC@example.com', true],
    ['/^(security|noc|soc|abuse)\\@.*\\..*$/i', 'soc@localhost', false],
    // PCRE `$` also matches before a final newline; `D` turns that off.
    ['/^abc$/', 'abc\n', true],
    ['/^abc$/D', 'abc\n', false],
    // `.` excludes only \n in PCRE (JavaScript also excludes \r); `s` includes it.
    ['/a.c/', 'a\rc', true],
    ['/a.c/', 'a\nc', false],
    ['/a.c/s', 'a\nc', true],
    ['/^b$/m', 'a\nb\nc', true],
    ['/^b$/', 'a\nb\nc', false],
    ['#a/b#', 'xa/by', true],
    ['{a}', 'a', true],
    ['(a(b)c)', 'abc', true],
    ['/a b # comment\n c/x', 'abc', true],
    ['/abc/A', 'xabc', false],
    ['/\\Aabc\\z/', 'abc', true],
    ['/\\Aabc\\z/', 'abc\n', false],
    ['/\\Aabc\\Z/', 'abc\n', true],
    ['/(?P<word>a+)b/', 'aab', true],
    ['/[]a]/', ']', true],
    ['/\\s/', '\u00a0', false],
    ['/\\x41/', 'A', true],
  ])('%s on %j', (pattern, subject, expected) => {
    expect(matches(pattern, subject)).toBe(expected);
  });

  it.each([
    ['/phone\\d+/g', 'invalid-regex', "unknown modifier 'g'"],
    ['/abc/e', 'invalid-regex', "unknown modifier 'e'"],
    ['abc', 'invalid-regex', 'delimiter must not be alphanumeric or backslash'],
    ['/abc', 'invalid-regex', "no ending delimiter '/' found"],
    ['', 'invalid-regex', 'empty regular expression'],
    ['/a++/', 'untranslatable-regex', 'possessive quantifiers are not supported'],
    ['/(?>a)/', 'untranslatable-regex', "the group '(?>a' is not supported"],
    ['/a/U', 'untranslatable-regex', "the ungreedy modifier 'U' has no JavaScript equivalent"],
    ['/\\p{Lu}/', 'untranslatable-regex', 'the escape \\p is not supported'],
    ['/[[:alpha:]]/', 'untranslatable-regex', 'POSIX character classes are not supported'],
  ])('refuses %j', (pattern, kind, reason) => {
    expect(translatePcre(pattern)).toEqual({ ok: false, kind, reason });
  });
});
