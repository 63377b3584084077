/**
 * Warninglists the simulator serves: the real misp-warninglists checkout when available (read in
 * place, never copied), otherwise a small built-in set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MispWarninglist, MispWarninglistIndex, MispWarninglistView, WarninglistFile } from '../types.js';

/** `<repo>/../shared/data/misp-warninglists`, independent of the working directory. */
export const DEFAULT_WARNINGLISTS_DIR = fileURLToPath(new URL('../../../../shared/data/misp-warninglists', import.meta.url));

export const BUILTIN_WARNINGLISTS: WarninglistFile[] = [
  {
    name: 'Sim: top domains',
    version: 1,
    description: 'Built-in simulator list of popular domains.',
    type: 'hostname',
    list: ['google.com', 'microsoft.com', 'apple.com', 'amazon.com', 'cloudflare.com', 'github.com', 'wikipedia.org'],
    matching_attributes: ['hostname', 'domain', 'url', 'domain|ip'],
  },
  {
    name: 'Sim: public DNS resolvers',
    version: 1,
    description: 'Built-in simulator list of public resolvers.',
    type: 'cidr',
    list: ['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '208.67.222.222'],
    matching_attributes: ['ip-src', 'ip-dst', 'domain|ip', 'ip-src|port', 'ip-dst|port'],
  },
  {
    name: 'Sim: cloud ranges',
    version: 1,
    description: 'Built-in simulator list of cloud provider ranges.',
    type: 'cidr',
    list: ['52.95.0.0/16', '35.190.0.0/17', '13.64.0.0/11'],
    matching_attributes: ['ip-src', 'ip-dst', 'domain|ip', 'ip-src|port', 'ip-dst|port'],
  },
  {
    name: 'Sim: empty hashes',
    version: 1,
    description: 'Hashes of empty content.',
    type: 'string',
    list: ['d41d8cd98f00b204e9800998ecf8427e', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    matching_attributes: ['md5', 'sha1', 'sha256', 'filename|md5', 'filename|sha1', 'filename|sha256'],
  },
];

interface Entry {
  meta: MispWarninglist;
  /** Path of list.json, or the built-in content. */
  source: string | WarninglistFile;
}

export class WarninglistSource {
  private readonly entries: Entry[];

  private constructor(files: Array<{ source: string | WarninglistFile; file: WarninglistFile }>) {
    files.sort((a, b) => a.file.name.localeCompare(b.file.name));
    this.entries = files.map(({ source, file }, i) => ({ source, meta: metaOf(i + 1, file) }));
  }

  /**
   * `dir` is a misp-warninglists checkout (or its `lists/` folder). `undefined` tries the default
   * location, `false` uses the built-in set only.
   */
  static load(dir?: string | false): WarninglistSource {
    const root = dir === false ? undefined : (dir ?? (existsSync(DEFAULT_WARNINGLISTS_DIR) ? DEFAULT_WARNINGLISTS_DIR : undefined));
    if (root === undefined) return new WarninglistSource(BUILTIN_WARNINGLISTS.map((file) => ({ source: file, file })));
    const lists = existsSync(join(root, 'lists')) ? join(root, 'lists') : root;
    const files = readdirSync(lists, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(lists, d.name, 'list.json')))
      .map((d) => {
        const path = join(lists, d.name, 'list.json');
        return { source: path, file: readList(path) };
      });
    if (files.length === 0) throw new Error(`No misp-warninglists list.json found under ${lists}.`);
    return new WarninglistSource(files);
  }

  get size(): number {
    return this.entries.length;
  }

  index(): MispWarninglistIndex {
    return { Warninglists: this.entries.map((e) => ({ Warninglist: { ...e.meta } })) };
  }

  export(id: number): WarninglistFile | undefined {
    const e = this.entries[id - 1];
    return e && (typeof e.source === 'string' ? readList(e.source) : e.source);
  }

  view(id: number): MispWarninglistView | undefined {
    const file = this.export(id);
    if (!file) return undefined;
    const wid = String(id);
    // Entry ids are global in MISP; id * 1e6 + n keeps them unique across lists.
    return {
      Warninglist: {
        ...this.entries[id - 1]!.meta,
        WarninglistEntry: file.list.map((value, n) => ({ id: String(id * 1_000_000 + n + 1), value, warninglist_id: wid, comment: null })),
        WarninglistType: (file.matching_attributes ?? ['ALL']).map((type, n) => ({ id: String(id * 1000 + n + 1), type, warninglist_id: wid })),
      },
    };
  }

  /** Lists whose directory name or `name` matches, for planting false positives. */
  findByName(name: string): WarninglistFile | undefined {
    const e = this.entries.find((x) => x.meta.name === name || (typeof x.source === 'string' && x.source.split(/[\\/]/).at(-2) === name));
    return e && this.export(Number(e.meta.id));
  }
}

function readList(path: string): WarninglistFile {
  return JSON.parse(readFileSync(path, 'utf8')) as WarninglistFile;
}

function metaOf(id: number, file: WarninglistFile): MispWarninglist {
  return {
    id: String(id),
    name: file.name,
    type: file.type,
    description: file.description,
    version: String(file.version),
    enabled: true,
    default: true,
    category: file.category ?? 'false_positive',
    warninglist_entry_count: String(file.list.length),
    valid_attributes: (file.matching_attributes ?? ['ALL']).join(','),
  };
}
