// Entries too broad for any real list are refused for curation at load; no real entry is.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWarninglistsFromDirectory, tooBroad, translatePcre, WarninglistEngine, type WarninglistDefinition } from '../../src/warninglists/index.js';
import { needsSharedWarninglists, sharedWarninglists } from '../helpers/shared-data.js';

const REAL_LISTS_DIR = sharedWarninglists();

const list = (type: WarninglistDefinition['type'], entries: string[]): WarninglistDefinition => ({
  id: `t-${type}`,
  name: `Test ${type}`,
  type,
  version: 4,
  enabled: true,
  matchingAttributes: ['ALL'],
  entries,
});

describe('entries too broad for any real list', () => {
  it('refuses the broadest networks, bare TLDs, short substrings and regexes matching the empty string', () => {
    expect(tooBroad('cidr', '0.0.0.0/0')).toMatch(/IPv4 network wider than \/4/);
    expect(tooBroad('cidr', '0.0.0.0/3')).not.toBeNull();
    expect(tooBroad('cidr', '::/0')).toMatch(/IPv6/);
    expect(tooBroad('cidr', '2000::/3')).not.toBeNull();
    for (const real of ['224.0.0.0/4', '10.0.0.0/8', 'fe80::/10', '8.8.8.8', 'not-an-ip']) expect(tooBroad('cidr', real), real).toBeNull();
    for (const tld of ['com', 'io', 'info', 'xyz', '']) expect(tooBroad('hostname', tld), tld).not.toBeNull();
    for (const real of ['barclays', 'corona', 'google.com', 'co.uk']) expect(tooBroad('hostname', real), real).toBeNull();
    for (const short of ['', '.', '.co', 'com']) expect(tooBroad('substring', short), short).not.toBeNull();
    expect(tooBroad('substring', '.mail')).toBeNull();
    const regex = (p: string) => (translatePcre(p) as { regex: RegExp }).regex;
    for (const p of ['/.*/', '/^/', '/(a|)/', '/x?/i']) expect(tooBroad('regex', p, regex(p)), p).not.toBeNull();
    expect(tooBroad('regex', '/^info@/i', regex('/^info@/i'))).toBeNull();
    expect(tooBroad('string', '')).toBeNull();
  });

  it("keeps refused entries matching (counting stays MISP's) and reports them with the list name and version", () => {
    const engine = WarninglistEngine.build([list('cidr', ['0.0.0.0/0', '10.0.0.0/8']), list('hostname', ['.COM.', 'example.org'])]);
    expect(engine.refused.map((r) => [r.listName, r.version, r.entry])).toEqual([
      ['Test cidr', 4, '0.0.0.0/0'],
      ['Test hostname', 4, '.COM.'],
    ]);
    expect(engine.isHit('ip-dst', '203.0.113.9')).toBe(true);
    expect(engine.isHit('domain', 'anything.com')).toBe(true);
  });
});

describe.skipIf(REAL_LISTS_DIR === undefined)(needsSharedWarninglists('the rules against the real lists', REAL_LISTS_DIR), () => {
  let engine: WarninglistEngine;
  beforeAll(async () => {
    engine = WarninglistEngine.build(await loadWarninglistsFromDirectory(REAL_LISTS_DIR!));
  });

  it('refuses no entry of the 136 real lists', () => {
    expect(engine.lists).toHaveLength(136);
    expect(engine.refused).toEqual([]);
  });
});
