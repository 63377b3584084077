import { describe, expect, it } from 'vitest';
import { WarninglistEngine } from '../../src/warninglists/index.js';
import { ReferenceMatcher } from './reference.js';
import { list } from './fixtures.js';

const IP_TYPES = ['ip-src', 'ip-dst', 'domain|ip', 'ip-dst|port', 'ip-src|port'];

const lists = [
  list('str', 'string', ['evil.com', '.google.ad', 'd41d8cd98f00b204e9800998ecf8427e', 'Exact Value'], ['domain', 'hostname', 'md5', 'filename|md5', 'malware-sample', 'text']),
  list('host', 'hostname', ['Google.COM.', '.example.org', 'quirk', 'q.0'], ['domain', 'hostname', 'url', 'domain|ip']),
  list('net', 'cidr', ['10.0.0.0/16', '192.168.1.1', '2001:db8::/32', '10.1.0.0/8', 'bogus', '1.2.3.4/33', '::ffff:5.6.7.0/120', '2001:db8:ffff::1/48'], IP_TYPES),
  list('wide', 'cidr', ['10.0.0.0/8', '10.0.0.0/24', '64.0.0.0/2'], ['ip-src']),
  list('sub', 'substring', ['mail.ru', 'Evil'], ['email-src', 'url']),
  list('rx', 'regex', ['/^(security|abuse)\\@.*$/i', '/phone\\d+/g'], ['email-src', 'phone-number']),
  list('all', 'string', ['everything']),
];

type Expected = [listId: string, entry: string, value: string][];

/** [attribute type, value, expected hits in list order]. */
const cases: [string, string, Expected][] = [
  // string: exact and case-sensitive; dotted entries are literal text, never a domain suffix.
  ['domain', 'evil.com', [['str', 'evil.com', 'evil.com']]],
  ['domain', 'EVIL.COM', []],
  ['domain', 'www.evil.com', []],
  ['domain', 'www.google.ad', []],
  ['domain', '.google.ad', [['str', '.google.ad', '.google.ad']]],
  ['text', 'Exact Value', [['str', 'Exact Value', 'Exact Value']]],
  ['text', 'Exact Value ', []],
  // hostname: entries lower-cased and trimmed of dots, every suffix from the TLD up.
  ['domain', 'google.com', [['host', 'google.com', 'google.com']]],
  ['domain', 'www.google.com', [['host', 'google.com', 'www.google.com']]],
  ['domain', 'a.b.www.google.com', [['host', 'google.com', 'a.b.www.google.com']]],
  ['domain', 'notgoogle.com', []],
  ['domain', 'google.com.evil.net', []],
  ['domain', 'www.google.com.', [['host', 'google.com', 'www.google.com.']]],
  ['hostname', 'a.example.org', [['host', 'example.org', 'a.example.org']]],
  // The value is not lower-cased and a port is not stripped.
  ['domain', 'WWW.GOOGLE.COM', []],
  ['domain', 'www.Google.com', []],
  ['domain', 'Www.google.com', [['host', 'google.com', 'Www.google.com']]],
  ['domain', 'www.google.com:443', []],
  ['domain', 'google.com:443', []],
  // URLs: without `//` the text before the first `/`, with `//` the third segment.
  ['url', 'https://www.google.com/search?q=x', [['host', 'google.com', 'https://www.google.com/search?q=x']]],
  ['url', 'www.google.com/path', [['host', 'google.com', 'www.google.com/path']]],
  ['url', 'hxxp://www.google.com', [['host', 'google.com', 'hxxp://www.google.com']]],
  ['url', 'https://www.google.com:443/', []],
  ['url', 'https://user@google.com/', []],
  ['url', 'evil.net/redirect//www.google.com', []],
  // PHP's empty('0'): after a suffix '0' MISP restarts from the next label alone.
  ['domain', 'x.quirk.0', [['host', 'quirk', 'x.quirk.0']]],
  ['domain', 'q.0', []],
  // cidr: inside an entry; bare entries are /32; networks only inside entries no longer than them.
  [
    'ip-src',
    '10.0.5.5',
    [
      ['net', '10.0.0.0/16', '10.0.5.5'],
      ['wide', '10.0.0.0/8', '10.0.5.5'],
    ],
  ],
  ['ip-src', '10.0.0.0/8', [['wide', '10.0.0.0/8', '10.0.0.0/8']]],
  [
    'ip-src',
    '10.0.0.0/16',
    [
      ['net', '10.0.0.0/16', '10.0.0.0/16'],
      ['wide', '10.0.0.0/8', '10.0.0.0/16'],
    ],
  ],
  [
    'ip-src',
    '10.0.3.0/24',
    [
      ['net', '10.0.0.0/16', '10.0.3.0/24'],
      ['wide', '10.0.0.0/8', '10.0.3.0/24'],
    ],
  ],
  ['ip-src', '10.0.0.0/7', []],
  ['ip-src', '100.1.2.3', [['wide', '64.0.0.0/2', '100.1.2.3']]],
  ['ip-src', '127.255.255.255', [['wide', '64.0.0.0/2', '127.255.255.255']]],
  ['ip-src', '128.0.0.0', []],
  ['ip-src', '10.0.0.0/33', []],
  ['ip-dst', '192.168.1.1', [['net', '192.168.1.1', '192.168.1.1']]],
  ['ip-dst', '192.168.1.1/32', [['net', '192.168.1.1', '192.168.1.1/32']]],
  ['ip-dst', '192.168.1.0/31', []],
  ['ip-dst', '192.168.1.2', []],
  // Host bits set in an IPv4 entry: MISP looks up the canonical network only.
  ['ip-dst', '10.200.0.1', []],
  // Strict IPv4: no leading zeros, four octets, nothing around it.
  ['ip-dst', '010.0.5.5', []],
  ['ip-dst', '10.0.5', []],
  ['ip-dst', ' 10.0.5.5', []],
  ['ip-dst', '10.0.5.256', []],
  ['ip-dst', 'bogus', []],
  // IPv6, compressed or not; no zone ids; IPv4-mapped addresses only match IPv6 entries.
  ['ip-dst', '2001:db8::1', [['net', '2001:db8::/32', '2001:db8::1']]],
  ['ip-dst', '2001:DB8:0:0:0:0:0:ff', [['net', '2001:db8::/32', '2001:DB8:0:0:0:0:0:ff']]],
  ['ip-dst', '2001:db8::1%eth0', []],
  ['ip-dst', '2001:db8::/31', []],
  ['ip-dst', '2001:db8:1::/48', [['net', '2001:db8::/32', '2001:db8:1::/48']]],
  ['ip-dst', '2001:db9::1', []],
  ['ip-dst', '::ffff:5.6.7.8', [['net', '::ffff:5.6.7.0/120', '::ffff:5.6.7.8']]],
  ['ip-dst', '::ffff:0506:0708', [['net', '::ffff:5.6.7.0/120', '::ffff:0506:0708']]],
  ['ip-dst', '5.6.7.8', []],
  ['ip-dst', '2001:db8::1::2', []],
  // Composites: split once on the first `|`, each half checked, the first half that hits wins.
  ['domain|ip', 'example.net|10.0.1.1', [['net', '10.0.0.0/16', '10.0.1.1']]],
  [
    'domain|ip',
    'www.google.com|10.0.1.1',
    [
      ['host', 'google.com', 'www.google.com'],
      ['net', '10.0.0.0/16', '10.0.1.1'],
    ],
  ],
  ['domain|ip', '10.0.0.1|10.0.0.2', [['net', '10.0.0.0/16', '10.0.0.1']]],
  ['domain|ip', 'example.net|10.0.1.1|x', []],
  ['ip-dst|port', '10.0.1.1|443', [['net', '10.0.0.0/16', '10.0.1.1']]],
  ['ip-dst|port', '10.0.1.1:443', []],
  ['filename|md5', 'a.exe|d41d8cd98f00b204e9800998ecf8427e', [['str', 'd41d8cd98f00b204e9800998ecf8427e', 'd41d8cd98f00b204e9800998ecf8427e']]],
  ['malware-sample', 'a.exe|d41d8cd98f00b204e9800998ecf8427e', [['str', 'd41d8cd98f00b204e9800998ecf8427e', 'd41d8cd98f00b204e9800998ecf8427e']]],
  ['md5', 'a.exe|d41d8cd98f00b204e9800998ecf8427e', []],
  // Types a list does not apply to; `ALL` applies to every type, composite or not.
  ['email-src', 'evil.com', []],
  ['ip-src', 'www.google.com', []],
  ['hostname', '10.0.5.5', []],
  ['some-new-type', 'everything', [['all', 'everything', 'everything']]],
  [
    'domain|ip',
    'everything|10.0.0.1',
    [
      ['net', '10.0.0.0/16', '10.0.0.1'],
      ['all', 'everything', 'everything'],
    ],
  ],
  // substring: case-sensitive; the first entry in list order is reported.
  ['email-src', 'bob@mail.ru', [['sub', 'mail.ru', 'bob@mail.ru']]],
  ['email-src', 'bob@MAIL.RU', []],
  ['url', 'http://x/Evil/mail.ru', [['sub', 'mail.ru', 'http://x/Evil/mail.ru']]],
  ['url', 'http://x/Evil', [['sub', 'Evil', 'http://x/Evil']]],
  // regex: PCRE flags honoured; `/g` is not a PHP modifier, so the entry never matches.
  ['email-src', 'Security@example.org', [['rx', '/^(security|abuse)\\@.*$/i', 'Security@example.org']]],
  ['email-src', 'x security@example.org', []],
  ['phone-number', 'phone123', []],
];

const engine = WarninglistEngine.build(lists);
const reference = new ReferenceMatcher(lists);

describe('MISP matching rules on small lists', () => {
  it.each(cases)('%s %j', (type, value, expected) => {
    const asTuples = (hits: { listId: string; entry: string; value: string }[]): Expected => hits.map((h) => [h.listId, h.entry, h.value]);
    expect(asTuples(engine.match(type, value))).toEqual(expected);
    expect(asTuples(reference.match(type, value))).toEqual(expected);
    expect(engine.isHit(type, value)).toBe(expected.length > 0);
  });

  it('reports cidr entries that are invalid or can never match', () => {
    const cidrProblems = engine.problems.filter((p) => p.listId === 'net').map((p) => [p.kind, p.entry]);
    expect(cidrProblems).toEqual([
      ['unreachable-cidr', '10.1.0.0/8'],
      ['invalid-cidr', 'bogus'],
      ['invalid-cidr', '1.2.3.4/33'],
    ]);
  });

  it('reports the regex entry with an unknown modifier, naming its list', () => {
    expect(engine.problems.filter((p) => p.listId === 'rx')).toEqual([{ kind: 'invalid-regex', listId: 'rx', listName: 'rx list', entry: '/phone\\d+/g', reason: "unknown modifier 'g'" }]);
  });

  it('counts lists, entries and problems', () => {
    const stats = engine.stats();
    expect(stats.lists).toBe(7);
    expect(stats.listsByType).toEqual({ string: 2, substring: 1, hostname: 1, cidr: 2, regex: 1 });
    expect(stats.entriesByType.cidr).toBe(11);
    expect(stats.problems).toEqual({ 'invalid-cidr': 2, 'unreachable-cidr': 1, 'invalid-regex': 1, 'untranslatable-regex': 0, 'unbounded-regex': 0 });
  });

  it('matches an empty substring entry everywhere, as str_contains does', () => {
    const withEmpty = WarninglistEngine.build([list('e', 'substring', ['zzz', ''], ['text'])]);
    expect(withEmpty.match('text', 'abc')).toEqual([{ listId: 'e', listName: 'e list', entry: '', value: 'abc' }]);
  });
});
