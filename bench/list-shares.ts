/**
 * How much of a realistic day one warninglist hits, and how broad real entries get: the figures
 * behind CURATION_MAX_LIST_SHARE and the entry rules of src/warninglists/breadth.ts.
 *
 *   npm run bench:list-shares -- [--days 7] [--per-day 5000] [--fp-share 0.12] [--seed 1] [--lists DIR]
 *
 * Days come from the MISP simulator (its realistic type mix; --fp-share of the attributes planted
 * from the lists it serves, 0.12 as in the demo) and are matched against all 136 lists at once,
 * the widest selection (WARNINGLIST_FILTERS empty, WARNINGLIST_MAX_ENTRIES=0). A list's share of a
 * day = attributes it hits / attributes evaluated that day, all communities together.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_SKIPPED_TYPES } from '../src/config/settings.js';
import { MispSimulator } from '../src/misp/simulator/index.js';
import { addDays } from '../src/calendar/days.js';
import { loadWarninglistsFromDirectory, normaliseHostnameEntry, translatePcre, WarninglistEngine } from '../src/warninglists/index.js';
import { parseCidrEntry } from '../src/warninglists/compile.js';
import { REGEX_MAX_VALUE_LENGTH } from '../src/warninglists/regex-bound.js';
import { benchListsOrExit, SHARED_WARNINGLISTS_PATH } from '../test/helpers/shared-data.js';

const { values: args } = parseArgs({
  options: {
    lists: { type: 'string', default: SHARED_WARNINGLISTS_PATH },
    days: { type: 'string', default: '7' },
    'per-day': { type: 'string', default: '5000' },
    'fp-share': { type: 'string', default: '0.12' },
    seed: { type: 'string', default: '1' },
  },
});

const listsDir = benchListsOrExit('bench:list-shares', args.lists);
const definitions = await loadWarninglistsFromDirectory(listsDir);
const engine = WarninglistEngine.build(definitions);

// The entries: how broad real lists get.
const words = new Uint32Array(4);
let widestV4 = 33;
let widestV6 = 129;
let shortestSubstring = Infinity;
const singleLabel: string[] = [];
let emptyMatchingRegexes = 0;
for (const d of definitions) {
  for (const entry of d.entries) {
    if (d.type === 'cidr') {
      const p = parseCidrEntry(entry, words);
      if ('problem' in p) continue;
      if (p.family === 4) widestV4 = Math.min(widestV4, p.prefix);
      else widestV6 = Math.min(widestV6, p.prefix);
    } else if (d.type === 'substring') shortestSubstring = Math.min(shortestSubstring, entry.length);
    else if (d.type === 'hostname') {
      const h = normaliseHostnameEntry(entry);
      if (!h.includes('.')) singleLabel.push(JSON.stringify(entry));
    } else if (d.type === 'regex') {
      const t = translatePcre(entry);
      if (t.ok && t.regex.test('')) emptyMatchingRegexes++;
    }
  }
}
console.log(`${definitions.length} lists, ${definitions.reduce((n, d) => n + d.entries.length, 0).toLocaleString('en')} entries`);
console.log(`widest IPv4 network: /${widestV4}; widest IPv6 network: /${widestV6}`);
console.log(`shortest substring entry: ${shortestSubstring} characters`);
console.log(`hostname entries of one label: ${singleLabel.join(', ') || 'none'}`);
console.log(`regex entries matching the empty string: ${emptyMatchingRegexes}`);
console.log(
  `real entries the breadth rules refuse: ${engine.refused.length}${
    engine.refused.length
      ? ` (${engine.refused
          .slice(0, 5)
          .map((r) => `${r.listName}: ${r.entry}`)
          .join('; ')})`
      : ''
  }`,
);

// The shares: a realistic week.
const days = Number(args.days);
const start = '2026-03-01';
const sim = await MispSimulator.start({
  warninglistsDir: listsDir,
  seed: Number(args.seed),
  communities: 12,
  startDate: start,
  days,
  perDay: Number(args['per-day']),
  falsePositiveShare: Number(args['fp-share']),
});
const skipped = new Set(DEFAULT_SKIPPED_TYPES);
const maxShare = new Float64Array(definitions.length);
let dayMax = 0;
for (let i = 0; i < days; i++) {
  const day = addDays(start, i);
  const perList = new Int32Array(definitions.length);
  let evaluated = 0;
  for (const a of sim.dataset.attributesOfDay(day)) {
    if (a.deleted || skipped.has(a.type)) continue;
    evaluated++;
    engine.countHitLists(a.type, a.value, perList);
  }
  perList.forEach((hits, l) => (maxShare[l] = Math.max(maxShare[l]!, hits / evaluated)));
  dayMax = Math.max(dayMax, ...[...perList].map((h) => h / evaluated));
  console.log(`${day}: ${evaluated} attributes evaluated; the list hitting most hit ${((Math.max(...perList) / evaluated) * 100).toFixed(2)}%`);
}
await sim.stop();
const ranked = [...maxShare.entries()].filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]);
console.log(`\nlists with hits: ${ranked.length} of ${definitions.length}; highest share of a day per list:`);
for (const [l, s] of ranked.slice(0, 10)) console.log(`  ${(s * 100).toFixed(2)}%  ${definitions[l]!.name} (v${definitions[l]!.version})`);
console.log(`\nmax share of one list on one day: ${(dayMax * 100).toFixed(2)}%`);

// The regex bound: the slowest value for the real contact e-mail pattern (no match, quadratic
// backtracking), at the longest length still tested and at 40 KB, the length that took seconds.
const contact = translatePcre('/^(security|noc|soc|abuse)\\@.*\\..*$/i');
if (contact.ok) {
  const worst = (n: number) => `abuse@${'.'.repeat(n - 8)}\nx`;
  const time = (value: string) => {
    const start = performance.now();
    contact.regex.test(value);
    return performance.now() - start;
  };
  time(worst(64));
  console.log(
    `\nregex bound: the contact e-mail pattern on its slowest ${REGEX_MAX_VALUE_LENGTH}-character value: ${time(worst(REGEX_MAX_VALUE_LENGTH)).toFixed(2)} ms; ` +
      `on 40,000 characters (not tested any more): ${time(worst(40_000)).toFixed(0)} ms`,
  );
}
