import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseListJson } from './list-json.js';
import type { WarninglistDefinition } from './types.js';

/**
 * Loads every `*\/list.json` of a misp-warninglists checkout (its `lists/` folder is used when
 * present) or of a folder holding the list folders directly. The id of a list is its folder name.
 * Lists come back sorted by id so every load gives the same order.
 */
export async function loadWarninglistsFromDirectory(directory: string): Promise<WarninglistDefinition[]> {
  const listsDir = existsSync(path.join(directory, 'lists')) ? path.join(directory, 'lists') : directory;
  let folders: string[];
  try {
    folders = (await readdir(listsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch (error) {
    throw new Error(`Cannot read the warninglists folder ${listsDir}: ${(error as Error).message}`, { cause: error });
  }
  folders.sort();
  const lists = await Promise.all(
    folders.map(async (folder) => {
      const file = path.join(listsDir, folder, 'list.json');
      if (!existsSync(file)) return null;
      let body: unknown;
      try {
        body = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
      }
      return parseListJson(folder, body, file);
    }),
  );
  const found = lists.filter((l): l is WarninglistDefinition => l !== null);
  if (found.length === 0) throw new Error(`No */list.json found in ${listsDir}`);
  return found;
}
