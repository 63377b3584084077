import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WarninglistSource as SimulatedMispWarninglists } from '../../src/misp/simulator/warninglists.js';
import type { MispWarninglistIndex, MispWarninglistView as ClientView } from '../../src/misp/types.js';
import {
  MispWarninglistSource,
  loadWarninglistsFromDirectory,
  parseWarninglistIndex,
  parseWarninglistView,
  selectWarninglists,
  type MispWarninglistFields,
  type MispWarninglistSummary,
  type MispWarninglistView,
  type WarninglistSourceApi,
} from '../../src/warninglists/index.js';
import { list } from './fixtures.js';

describe('loading a misp-warninglists directory', () => {
  let root: string;
  const write = async (dir: string, body: unknown): Promise<void> => {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'list.json'), typeof body === 'string' ? body : JSON.stringify(body));
  };

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'warninglists-'));
    await write(path.join(root, 'checkout/lists/b-hosts'), { name: 'Hosts', version: 3, description: 'd', type: 'hostname', list: ['a.com', '', '0', 'b.com'], matching_attributes: ['domain'] });
    await write(path.join(root, 'checkout/lists/a-any'), { name: 'Any', version: 1, description: 'd', type: 'string', list: ['x'] });
    await mkdir(path.join(root, 'checkout/lists/not-a-list'));
    await write(path.join(root, 'broken/lists/bad'), '{"name": ');
    await write(path.join(root, 'badtype/x'), { name: 'X', version: 1, description: 'd', type: 'glob', list: [] });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads lists/*/list.json with folder names as ids, as MISP imports them', async () => {
    const lists = await loadWarninglistsFromDirectory(path.join(root, 'checkout'));
    expect(lists).toEqual([
      { id: 'a-any', name: 'Any', type: 'string', version: 1, description: 'd', enabled: true, matchingAttributes: ['ALL'], entries: ['x'] },
      { id: 'b-hosts', name: 'Hosts', type: 'hostname', version: 3, description: 'd', enabled: true, matchingAttributes: ['domain'], entries: ['a.com', 'b.com'] },
    ]);
  });

  it('also reads a folder that holds the list folders directly', async () => {
    const lists = await loadWarninglistsFromDirectory(path.join(root, 'checkout/lists'));
    expect(lists.map((l) => l.id)).toEqual(['a-any', 'b-hosts']);
  });

  it('names the file that cannot be read', async () => {
    await expect(loadWarninglistsFromDirectory(path.join(root, 'broken'))).rejects.toThrow(/bad[/\\]list\.json: not valid JSON/);
    await expect(loadWarninglistsFromDirectory(path.join(root, 'badtype'))).rejects.toThrow(/unknown list type "glob"/);
    await expect(loadWarninglistsFromDirectory(path.join(root, 'missing'))).rejects.toThrow(/Cannot read the warninglists folder/);
  });
});

describe('selecting lists', () => {
  const lists = [
    list('google', 'string', ['a']),
    list('amazon-aws', 'cidr', new Array<string>(5000).fill('1.2.3.4')),
    list('tlds', 'string', ['com']),
    { ...list('cloudflare', 'cidr', ['1.1.1.1']), enabled: false },
    list('microsoft', 'string', ['m']),
  ].map((l) => ({ ...l, name: `${l.id} list` }));

  const outcome = (options: Parameters<typeof selectWarninglists>[1]): [string[], [string, string][]] => {
    const s = selectWarninglists(lists, options);
    return [s.selected.map((l) => l.id), s.leftOut.map((l) => [l.list.id, l.reason])];
  };

  it('keeps lists whose name has a filter word and at most 4000 entries by default', () => {
    expect(outcome({})).toEqual([
      ['google', 'microsoft'],
      [
        ['amazon-aws', 'too-many-entries'],
        ['tlds', 'no-filter-word'],
        ['cloudflare', 'disabled'],
      ],
    ]);
  });

  it('lifts the size cap with 0 and honours other words, case-insensitively', () => {
    expect(outcome({ maxEntries: 0, filterWords: ['AWS', 'TLD'] })[0]).toEqual(['amazon-aws', 'tlds']);
  });

  it('lets include win over the cap, the words and disabled, and exclude win over include', () => {
    expect(outcome({ include: ['amazon-aws', 'TLDS LIST', 'cloudflare'], exclude: ['google'] })).toEqual([['amazon-aws', 'tlds', 'cloudflare', 'microsoft'], [['google', 'excluded']]]);
    expect(outcome({ include: ['google'], exclude: ['google list'] })[1]).toEqual([
      ['google', 'excluded'],
      ['amazon-aws', 'too-many-entries'],
      ['tlds', 'no-filter-word'],
      ['cloudflare', 'disabled'],
    ]);
  });

  it('uses every enabled list when no filter word is given (WARNINGLIST_FILTERS empty)', () => {
    expect(outcome({ filterWords: [], maxEntries: 0 })[0]).toEqual(['google', 'amazon-aws', 'tlds', 'microsoft']);
    expect(outcome({ filterWords: [''], maxEntries: 0 })[0]).toEqual(['google', 'amazon-aws', 'tlds', 'microsoft']);
  });

  it('refuses a negative size cap', () => {
    expect(() => selectWarninglists(lists, { maxEntries: -1 })).toThrow('maxEntries must be a whole number, 0 for no limit');
  });
});

/** A MISP answering from memory, counting the calls it gets. */
class FakeMisp implements WarninglistSourceApi {
  views: string[] = [];
  lists = [
    { id: '1', name: 'Google hosts', type: 'hostname', version: '2', enabled: true, entries: ['google.com'], types: ['domain', 'url'] },
    { id: '2', name: 'Amazon ranges', type: 'cidr', version: '5', enabled: '1', entries: ['3.0.0.0/8'], types: ['ip-dst', 'domain|ip'] },
    { id: '3', name: 'Microsoft disabled', type: 'string', version: '1', enabled: false, entries: ['m.com'], types: [] },
    { id: '4', name: 'Unrelated', type: 'string', version: '1', enabled: true, entries: ['u'], types: [] },
  ];

  private fields(l: FakeMisp['lists'][number]): MispWarninglistFields {
    return { id: l.id, name: l.name, type: l.type, description: 'd', version: l.version, enabled: l.enabled, default: true, category: 'false_positive' };
  }

  async listWarninglists(): Promise<MispWarninglistSummary[]> {
    return this.lists.map((l) => ({
      Warninglist: { ...this.fields(l), warninglist_entry_count: String(l.entries.length), valid_attributes: l.types.join(',') },
    }));
  }

  async viewWarninglist(id: string): Promise<MispWarninglistView> {
    this.views.push(id);
    const l = this.lists.find((x) => x.id === id);
    if (!l) throw new Error(`no list ${id}`);
    return {
      Warninglist: {
        ...this.fields(l),
        WarninglistEntry: l.entries.map((value, n) => ({ id: String(n + 1), value, warninglist_id: l.id, comment: null })),
        WarninglistType: l.types.map((type, n) => ({ id: String(n + 1), type, warninglist_id: l.id })),
      },
    };
  }
}

describe('loading from MISP', () => {
  it('parses the index and the view bodies', async () => {
    const misp = new FakeMisp();
    const summaries = parseWarninglistIndex({ Warninglists: await misp.listWarninglists() });
    expect(summaries[1]).toEqual({
      id: '2',
      name: 'Amazon ranges',
      type: 'cidr',
      description: 'd',
      version: 5,
      enabled: true,
      default: true,
      category: 'false_positive',
      entryCount: 1,
      matchingAttributes: ['ip-dst', 'domain|ip'],
    });
    expect(summaries[3]?.matchingAttributes).toEqual(['ALL']);
    expect(parseWarninglistView(await misp.viewWarninglist('1'))).toMatchObject({ id: '1', version: 2, matchingAttributes: ['domain', 'url'], entries: ['google.com'] });
    expect(() => parseWarninglistIndex({ Warninglists: [{ Warninglist: { id: '9', type: 'glob', version: '1' } }] })).toThrow('MISP sent warninglist 9 of unknown type "glob"');
    expect(() => parseWarninglistIndex({ message: 'nope' })).toThrow('MISP answered without a "Warninglists" array');
  });

  it('selects before downloading, then reuses unchanged lists and the engine', async () => {
    const misp = new FakeMisp();
    const source = new MispWarninglistSource(misp);
    const first = await source.load();
    expect(first.downloaded).toEqual(['1', '2']);
    expect(first.selection.leftOut.map((l) => [l.list.id, l.reason])).toEqual([
      ['3', 'disabled'],
      ['4', 'no-filter-word'],
    ]);
    expect(first.engine.match('domain|ip', 'x.example|3.1.2.3')).toEqual([{ listId: '2', listName: 'Amazon ranges', entry: '3.0.0.0/8', value: '3.1.2.3' }]);

    const second = await source.load();
    expect(second.downloaded).toEqual([]);
    expect(second.engine).toBe(first.engine);
    expect(misp.views).toEqual(['1', '2']);

    (misp.lists[1] as { version: string; entries: string[] }).version = '6';
    (misp.lists[1] as { version: string; entries: string[] }).entries = ['4.0.0.0/8'];
    const third = await source.load({ include: ['3'] });
    expect(third.downloaded).toEqual(['2', '3']);
    expect(third.engine).not.toBe(first.engine);
    expect(third.engine.isHit('ip-dst', '3.1.2.3')).toBe(false);
    expect(third.engine.isHit('ip-dst', '4.1.2.3')).toBe(true);
    expect(third.engine.isHit('text', 'm.com')).toBe(true);
  });

  it("accepts the MISP client's answers as they are", async () => {
    const simulated = SimulatedMispWarninglists.load(false);
    const api: WarninglistSourceApi = {
      listWarninglists: async () => (simulated.index() satisfies MispWarninglistIndex).Warninglists,
      viewWarninglist: async (id) => simulated.view(Number(id)) as ClientView,
    };
    const everyId = simulated.index().Warninglists.map((w) => w.Warninglist.id);
    const { engine, selection } = await new MispWarninglistSource(api).load({ include: everyId });
    expect(selection.selected.length).toBe(simulated.size);
    expect(engine.stats().lists).toBe(simulated.size);
  });
});
