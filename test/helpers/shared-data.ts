// The one place tests and benches find the real misp-warninglists data (../shared/data, read in
// place). Outside CI a machine without it skips what needs it, saying so; under CI=true its absence
// fails the run, so a green CI cannot hide skipped suites.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the real lists are expected: WARNINGLISTS_DIR, else `<repo>/../shared/data/misp-warninglists`. */
export const SHARED_WARNINGLISTS_PATH = path.resolve(process.env.WARNINGLISTS_DIR ?? path.join(repoRoot, '../shared/data/misp-warninglists'));

const underCi = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

/** A misp-warninglists checkout (a lists/ folder of `<name>/list.json`), or that lists/ folder itself. */
function hasLists(dir: string): boolean {
  if (existsSync(path.join(dir, 'lists'))) return true;
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true }).some((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'list.json')));
}

function missing(dir: string): string {
  return `misp-warninglists data not found at ${dir} (expected a misp-warninglists checkout with a lists/ folder): provide ../shared/data/misp-warninglists or set WARNINGLISTS_DIR`;
}

/**
 * The real misp-warninglists checkout, or undefined on a machine without one. Under CI=true a
 * missing checkout throws, which fails the test file (or bench) that asked.
 */
export function sharedWarninglists(): string | undefined {
  if (hasLists(SHARED_WARNINGLISTS_PATH)) return SHARED_WARNINGLISTS_PATH;
  if (underCi()) throw new Error(`${missing(SHARED_WARNINGLISTS_PATH)}. Under CI=true this fails the run instead of skipping the tests that need it.`);
  return undefined;
}

/** A describe title that says, when the suite is skipped, why. */
export function needsSharedWarninglists(title: string, dir: string | undefined): string {
  return dir === undefined ? `${title} (skipped: ${missing(SHARED_WARNINGLISTS_PATH)})` : title;
}

/**
 * For benches: `dir` (a --lists argument, by default SHARED_WARNINGLISTS_PATH) when it is a
 * checkout; otherwise, outside CI, a message and exit 0; under CI=true, an error.
 */
export function benchListsOrExit(bench: string, dir: string): string {
  const resolved = path.resolve(dir);
  if (hasLists(resolved)) return resolved;
  if (underCi()) throw new Error(`${bench}: ${missing(resolved)}.`);
  console.log(`${bench} skipped: ${missing(resolved)}. Pass --lists DIR.`);
  process.exit(0);
}
