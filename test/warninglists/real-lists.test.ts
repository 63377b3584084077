import { beforeAll, describe, expect, it } from 'vitest';
import { makeValueGenerator } from '../../bench/warninglists-values.js';
import { WarninglistEngine, loadWarninglistsFromDirectory, type WarninglistDefinition } from '../../src/warninglists/index.js';
import { ReferenceMatcher } from './reference.js';
import { needsSharedWarninglists, sharedWarninglists } from '../helpers/shared-data.js';

const FUZZ_VALUES = Number(process.env.WARNINGLISTS_FUZZ_VALUES ?? 4000);

const REAL_LISTS_DIR = sharedWarninglists();

describe.skipIf(REAL_LISTS_DIR === undefined)(needsSharedWarninglists('real misp-warninglists', REAL_LISTS_DIR), () => {
  let definitions: WarninglistDefinition[];
  let engine: WarninglistEngine;
  const listsHit = (type: string, value: string): string[] => engine.match(type, value).map((h) => h.listId);

  beforeAll(async () => {
    definitions = await loadWarninglistsFromDirectory(REAL_LISTS_DIR as string);
    engine = WarninglistEngine.build(definitions);
  });

  it('loads all 136 lists with every entry', () => {
    const stats = engine.stats();
    expect(stats.lists).toBe(136);
    expect(stats.listsByType).toEqual({ string: 32, substring: 3, hostname: 19, cidr: 80, regex: 2 });
    expect(stats.entriesByType).toEqual({ string: 291417, substring: 8368, hostname: 86279, cidr: 142874, regex: 34 });
    expect(stats.problems).toEqual({ 'invalid-cidr': 0, 'unreachable-cidr': 0, 'invalid-regex': 33, 'untranslatable-regex': 0, 'unbounded-regex': 0 });
  });

  it('never matches the phone_numbers patterns (their /g modifier makes preg_match fail), and says so', () => {
    const phoneProblems = engine.problems.filter((p) => p.listId === 'phone_numbers');
    expect(phoneProblems).toHaveLength(33);
    expect(phoneProblems.every((p) => p.kind === 'invalid-regex' && p.reason === "unknown modifier 'g'")).toBe(true);
    // 212-555-0123 matches the first pattern once `/g` is ignored.
    expect(new RegExp('((?:\\+|00)1)?([0-9]{3})55501([0-9]{2})').test('+12125550123')).toBe(true);
    expect(listsHit('phone-number', '+12125550123')).toEqual([]);
  });

  it('matches common-contact-emails case-insensitively, anchored, for e-mail types only', () => {
    expect(listsHit('email-src', 'ABUSE@example.com')).toContain('common-contact-emails');
    expect(listsHit('email-dst', 'noc@example.com')).toContain('common-contact-emails');
    expect(listsHit('email-src', 'noc@localhost')).not.toContain('common-contact-emails');
    expect(listsHit('email-src', 'xabuse@example.com')).not.toContain('common-contact-emails');
    expect(listsHit('domain', 'abuse@example.com')).not.toContain('common-contact-emails');
  });

  it('treats the dotted entries of the google string list as literal text', () => {
    expect(definitions.find((d) => d.id === 'google')?.entries).toContain('.google.ad');
    expect(listsHit('domain', 'mail.google.ad')).not.toContain('google');
    expect(listsHit('domain', '.google.ad')).toContain('google');
  });

  it('keeps ports and case in hostname values', () => {
    expect(listsHit('domain', 'www.google.com')).toContain('tranco10k');
    expect(listsHit('domain', 'www.google.com:443')).toEqual([]);
    expect(listsHit('domain', 'WWW.GOOGLE.COM')).toEqual([]);
    expect(listsHit('url', 'https://www.google.com/maps')).toContain('tranco10k');
    expect(listsHit('url', 'https://www.google.com:443/maps')).toEqual([]);
  });

  it('matches networks only inside entries no longer than them', () => {
    expect(listsHit('ip-src', '10.0.0.0/8')).toContain('rfc1918');
    expect(listsHit('ip-src', '10.0.0.0/7')).not.toContain('rfc1918');
    expect(listsHit('ip-dst', '10.11.12.13')).toContain('rfc1918');
    expect(listsHit('ip-dst', '8.8.8.8')).toContain('public-dns-v4');
    expect(listsHit('ip-dst', '2001:4860:4860::8888')).toContain('public-dns-v6');
    expect(listsHit('domain|ip', 'unknown-host.example|192.168.1.1')).toContain('rfc1918');
    expect(listsHit('ip-dst|port', '192.168.1.1|443')).toContain('rfc1918');
    expect(listsHit('domain', '10.11.12.13')).not.toContain('rfc1918');
  });

  it('matches disposable e-mail domains as substrings', () => {
    expect(listsHit('email-src', 'someone@0-mail.com')).toContain('disposable-email');
    expect(listsHit('email-src', 'someone@0-MAIL.com')).not.toContain('disposable-email');
  });

  it(`agrees with the brute-force reference on ${FUZZ_VALUES} seeded random values`, () => {
    const reference = new ReferenceMatcher(definitions);
    const next = makeValueGenerator(definitions, 20240601, 0.7);
    let hits = 0;
    for (let i = 0; i < FUZZ_VALUES; i++) {
      const { type, value } = next();
      const expected = reference.match(type, value);
      const actual = engine.match(type, value);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        expect({ i, type, value, hits: actual }).toEqual({ i, type, value, hits: expected });
      }
      expect(engine.isHit(type, value)).toBe(expected.length > 0);
      if (expected.length > 0) hits++;
    }
    // The mix must exercise hits as well as misses for the comparison to mean anything.
    expect(hits).toBeGreaterThan(FUZZ_VALUES * 0.2);
    expect(hits).toBeLessThan(FUZZ_VALUES * 0.9);
  });
});
