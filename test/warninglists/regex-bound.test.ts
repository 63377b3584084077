// Regex entries cannot stall the process: patterns that backtrack beyond the square of the value's
// length are refused at load, and values longer than REGEX_MAX_VALUE_LENGTH are not tested by them.
import { describe, expect, it } from 'vitest';
import { translatePcre, WarninglistEngine, type WarninglistDefinition } from '../../src/warninglists/index.js';
import { REGEX_MAX_VALUE_LENGTH, unboundedBacktracking } from '../../src/warninglists/regex-bound.js';
import { ReferenceMatcher } from './reference.js';

const regexList = (entries: string[]): WarninglistDefinition => ({
  id: 'r',
  name: 'Test regexes',
  type: 'regex',
  version: 1,
  enabled: true,
  matchingAttributes: ['ALL'],
  entries,
});

describe('the regex bound', () => {
  it('refuses nested and stacked repetitions at load, and reports them', () => {
    for (const crafted of ['/^(\\w+\\s?)*$/', '/(a+)+b/', '/^(a|aa)+$/', '/((ab)*c)*/', '/(x{2,})*/', '/.*.*.*x/', '/a+b+c+/']) {
      const t = translatePcre(crafted);
      expect(t.ok, crafted).toBe(false);
      expect(t.ok ? null : t.kind, crafted).toBe('unbounded-regex');
    }
    const engine = WarninglistEngine.build([regexList(['/^(\\w+\\s?)*$/', '/^abuse@/i'])]);
    expect(engine.problems).toMatchObject([{ kind: 'unbounded-regex', entry: '/^(\\w+\\s?)*$/', listName: 'Test regexes' }]);
    // The crafted value that froze the process for 37 s: answered at once, no match.
    expect(engine.isHit('text', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa!')).toBe(false);
    expect(engine.isHit('email-src', 'abuse@example.org')).toBe(true);
  });

  it("accepts the real lists' patterns and ordinary ones", () => {
    for (const body of [
      '^(security|noc|soc|abuse)\\@.*\\..*$',
      '((?:\\+|00)1)?([0-9]{3})55501([0-9]{2})',
      '((?:\\+|00)33?|0?)(19900|26191)([0-9]{4})',
      '^[a-z0-9._%+-]+@example\\.(com|org)$',
      '(foo|bar)?baz',
      '[(*+]+x',
      '\\(a+\\)*',
    ])
      expect(unboundedBacktracking(body), body).toBeNull();
  });

  it('does not test values longer than REGEX_MAX_VALUE_LENGTH, in the engine as in the reference', () => {
    const definition = regexList(['/^(security|noc|soc|abuse)\\@.*\\..*$/i']);
    const engine = WarninglistEngine.build([definition]);
    const reference = new ReferenceMatcher([definition]);
    const at = (n: number) => `abuse@${'a.'.repeat(n)}`.slice(0, n);
    expect(engine.isHit('email-src', at(REGEX_MAX_VALUE_LENGTH))).toBe(true);
    expect(reference.match('email-src', at(REGEX_MAX_VALUE_LENGTH))).toHaveLength(1);
    // The 40 KB value that took 8.4 s: not tested.
    const long = `abuse@${'a'.repeat(40_000)}`;
    expect(engine.isHit('email-src', long)).toBe(false);
    expect(reference.match('email-src', long)).toEqual([]);
    expect(engine.isHit('email-src', at(REGEX_MAX_VALUE_LENGTH + 1))).toBe(false);
  });
});
