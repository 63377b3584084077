import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WarninglistDefinition, WarninglistType } from '../../src/warninglists/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The real misp-warninglists data, or undefined when this machine has none. */
export const REAL_LISTS_DIR: string | undefined = (() => {
  const dir = process.env.WARNINGLISTS_DIR ?? path.resolve(repoRoot, '../shared/data/misp-warninglists');
  return existsSync(dir) ? dir : undefined;
})();

export const REAL_LISTS_MISSING = `misp-warninglists data not found (set WARNINGLISTS_DIR or provide ${path.resolve(repoRoot, '../shared/data/misp-warninglists')})`;

export function list(id: string, type: WarninglistType, entries: string[], matchingAttributes: string[] = ['ALL']): WarninglistDefinition {
  return { id, name: `${id} list`, type, version: 1, enabled: true, matchingAttributes, entries };
}
