// A MISP that serves a broken or hostile warninglist, named like a selected one: counting follows
// it (MISP itself flags those values), curation does not. In each scenario MISP receives no change
// caused by that list, the other lists still curate, and the run succeeds and says why.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiServices } from '../../src/pipeline/api-services.js';
import { BUILTIN_WARNINGLISTS } from '../../src/misp/simulator/warninglists.js';
import { parseListJson } from '../../src/warninglists/index.js';
import { ReferenceMatcher } from '../warninglists/reference.js';
import { graphqlHarness } from '../helpers/graphql.js';
import { tempDir } from '../helpers/db.js';
import { expectedDay } from '../pipeline/expected.js';
import { runNow } from '../pipeline/helpers.js';
import { withWorld, type FaultWorld } from './fault-harness.js';
import { expectConsistent, outcomeOf } from './outcome.js';

const DAY = '2026-09-20';
type ListFile = (typeof BUILTIN_WARNINGLISTS)[number];

/** A misp-warninglists directory holding the simulator's lists and `extra`, for the simulated MISP to serve. */
function listsDir(extra: ListFile): string {
  const dir = tempDir('mtc-hostile-');
  for (const [i, file] of [...BUILTIN_WARNINGLISTS, extra].entries()) {
    mkdirSync(join(dir, 'lists', `l${i}`), { recursive: true });
    writeFileSync(join(dir, 'lists', `l${i}`, 'list.json'), JSON.stringify(file));
  }
  return dir;
}

const IP_TYPES = ['ip-src', 'ip-dst', 'domain|ip', 'ip-src|port', 'ip-dst|port'];

const SCENARIOS: Array<{ scenario: string; list: ListFile; refused: string | null; env?: Record<string, string> }> = [
  {
    scenario: 'every IPv4 and IPv6 address ("0.0.0.0/0", "::/0")',
    list: { name: 'Amazon evil ranges', version: 3, description: 'hostile', type: 'cidr', list: ['0.0.0.0/0', '::/0'], matching_attributes: IP_TYPES },
    refused: '0.0.0.0/0',
  },
  {
    scenario: 'bare TLDs in a hostname list ("com", "xyz")',
    list: {
      name: 'Sim: hosting providers',
      version: 2,
      description: 'broken',
      type: 'hostname',
      list: ['com', 'xyz', 'hosting.example'],
      matching_attributes: ['hostname', 'domain', 'url', 'domain|ip'],
    },
    refused: 'com',
  },
  {
    scenario: 'a one-character substring (".")',
    list: { name: 'Sim: substrings', version: 1, description: 'broken', type: 'substring', list: ['.'] },
    refused: '.',
  },
  {
    scenario: 'a regex matching every value ("/.*/")',
    list: { name: 'Sim: patterns', version: 5, description: 'broken', type: 'regex', list: ['/.*/'] },
    refused: '/.*/',
  },
  {
    // Entries as broad as real lists' (/8 networks), but hitting a share of the day no real list reaches: the breaker trips.
    scenario: 'a list whose hits pass CURATION_MAX_LIST_SHARE',
    list: {
      name: 'Sim: datacenter ranges',
      version: 7,
      description: 'too wide',
      type: 'cidr',
      list: [5, 31, 37, 45, 46, 62, 77, 79, 80, 85, 91, 94, 109, 141, 146, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217].map((o) => `${o}.0.0.0/8`),
      matching_attributes: IP_TYPES,
    },
    refused: null,
  },
];

function references(hostile: ListFile) {
  const trusted = BUILTIN_WARNINGLISTS.map((file, i) => parseListJson(String(i + 1), file, file.name));
  return {
    trusted: new ReferenceMatcher(trusted),
    hostile: new ReferenceMatcher([parseListJson('h', hostile, hostile.name)]),
    all: new ReferenceMatcher([...trusted, parseListJson('h', hostile, hostile.name)]),
  };
}

describe('a hostile or broken warninglist served by MISP', () => {
  for (const { scenario, list, refused, env } of SCENARIOS) {
    it(`${scenario}: counted as MISP would, never curated, the others curate, the run says why`, async () => {
      const sim = { seed: 41, communities: 3, creatorsPerCommunity: 1, startDate: DAY, days: 1, perDay: 240, maxEventSize: 12, falsePositiveShare: 0.1, warninglistsDir: listsDir(list) };
      await withWorld({ sim, register: [1, 2, 3], env: { WARNINGLIST_FILTERS: 'sim,amazon', ...env } }, async (w: FaultWorld) => {
        const ref = references(list);
        // The ground truth, before curation changes MISP.
        const communities = [...w.communities.keys()];
        const counted = expectedDay(w.misp, w.opentip, ref.all, DAY, communities, 5000);
        const without = expectedDay(w.misp, w.opentip, ref.trusted, DAY, communities, 5000);
        const { run } = await runNow(w.deps, DAY, DAY);
        expect(run.error).toBeNull();
        expect(run.status).toBe('SUCCEEDED');
        if (refused) expect(run.notes).toContain(`warninglist "${list.name}" v${list.version} is counted but never curated`);
        else expect(run.notes).toMatch(new RegExp(`${DAY}: warninglist "${list.name}" v${list.version} hit \\d+ of the day's \\d+ evaluated attributes .* above CURATION_MAX_LIST_SHARE`));

        // Counting follows the list exactly as MISP does.
        const outcome = await outcomeOf(w);
        for (const [n, counts] of counted.counts) expect(outcome.counts[`${DAY} community-${n}`], `community ${n}`).toEqual(counts);

        // Curation: what the other lists and OpenTIP decide, and nothing the hostile list alone flags.
        const attribute = (id: string) => w.misp.dataset.attribute(Number(id))!;
        const expected = [...without.falsePositiveIds].filter((id) => {
          const a = attribute(id);
          return ref.trusted.match(a.type, a.value).length > 0 || ref.hostile.match(a.type, a.value).length === 0;
        });
        expect(outcome.changed).toEqual(expected.map((id) => `soft-delete ${id}`).sort());
        const byOtherLists = expected.filter((id) => ref.trusted.match(attribute(id).type, attribute(id).value).length > 0);
        expect(byOtherLists.length, 'the other lists still curate').toBeGreaterThan(0);
        const heldBack = await w.db.prisma.curationLog.findMany({ where: { runId: run.id, action: 'REPORT_ONLY' } });
        expect(heldBack.length, "the hostile list's hits are reported").toBeGreaterThan(0);
        for (const row of heldBack) expect(JSON.parse(row.evidence).warninglists.map((h: { name: string }) => h.name)).toEqual([list.name]);
        await expectConsistent(w);

        // The API shows the list, its version, and why it does not curate.
        const api = await graphqlHarness(
          w.db.prisma,
          w.config,
          createApiServices(w.deps, () => undefined),
        );
        const shown = await api.run('{ warninglists { name version refusedEntries { entry reason } breakerTrippedOn breakerShare } }');
        expect(shown.errors).toBeUndefined();
        const row = (shown.data as { warninglists: Array<{ name: string; version: number; refusedEntries: { entry: string }[]; breakerTrippedOn: string | null }> }).warninglists.find(
          (l) => l.name === list.name,
        );
        expect(row).toMatchObject({ version: list.version });
        if (refused) expect(row!.refusedEntries.map((e) => e.entry)).toContain(refused);
        else expect(row!.breakerTrippedOn).toBe(DAY);
      });
    });
  }
});
