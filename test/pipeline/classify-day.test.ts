// classifyDay classifies each page against the reputation cache as it comes and keeps only the
// cache misses for one budgeted lookup pass at the end of the day. Its outcome must be the one of
// classifying the whole day in a single `classify` call (as it did before), with the budget going
// to to_ids values first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyDay } from '../../src/pipeline/classify-day.js';
import { dayWindow } from '../../src/pipeline/days.js';
import { resolveCommunities } from '../../src/pipeline/resolve-users.js';
import { CommunityTally } from '../../src/pipeline/tally.js';
import { hasLookupKind, planLookups, requestKey, type ClassifyItem, type ProviderVerdict } from '../../src/reputation/index.js';
import { OPENTIP_PROVIDER } from '../../src/reputation/opentip.js';
import { needsSharedWarninglists } from '../helpers/shared-data.js';
import { pipelineWorld, SHARED_LISTS, type PipelineWorld } from './helpers.js';

const DAY = '2026-05-01';
const BUDGET = 12;
const sim = {
  seed: 31,
  communities: 3,
  creatorsPerCommunity: 2,
  startDate: DAY,
  days: 1,
  perDay: 900,
  maxEventSize: 25,
  oversizedEventsPerDay: 1,
  oversizedEventSize: 60,
  falsePositiveShare: 0.15,
  pulledShare: 0.1,
};
const env = { MAX_ATTRIBUTES_PER_EVENT: '30', MISP_PAGE_SIZE: '40', OPENTIP_DAILY_BUDGET: String(BUDGET), OPENTIP_CONCURRENCY: '4' };

const ZONE_VERDICT: Record<string, ProviderVerdict> = { Green: 'benign', Red: 'malicious', Orange: 'malicious', Yellow: 'malicious', Grey: 'unknown' };
const TO_DB = { benign: 'BENIGN', malicious: 'MALICIOUS', unknown: 'UNKNOWN' } as const;

/** Caches the verdict OpenTIP would give for every other lookup of the day (by a hash of its key). */
async function warmHalf(world: PipelineWorld): Promise<Set<string>> {
  const { from, to } = dayWindow(DAY, 'UTC');
  const keys = new Map<string, { kind: string; value: string }>();
  for await (const page of world.deps.misp!.searchAttributes({ from, to, notTypes: world.config.skippedTypes })) {
    for (const a of page) for (const r of planLookups(a.type, a.value).requests) keys.set(requestKey(r), r);
  }
  const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const now = Date.now();
  const data = [...keys]
    .filter(([key]) => hash(key) % 2 === 0)
    .map(([, r]) => {
      const zone = world.opentip.zoneOf(r.kind as 'ip', r.value);
      return { provider: OPENTIP_PROVIDER, kind: r.kind, value: r.value, verdict: TO_DB[ZONE_VERDICT[zone]!], zone, checkedAt: new Date(now), expiresAt: new Date(now + 86_400_000) };
    });
  await world.db.prisma.reputationVerdict.createMany({ data });
  return new Set(data.map((d) => `${d.kind}:${d.value}`));
}

/** The day as classifyDay used to classify it: everything in memory, one classify call at the end. */
async function allInOne(world: PipelineWorld) {
  const { prisma, misp, reputation, config, logger } = { ...world.deps, misp: world.deps.misp! };
  const communities = (await resolveCommunities(prisma, misp, logger)).byMispOrgId;
  const { engine } = await world.deps.warninglists.load();
  const tallies = new Map<number, CommunityTally>([...new Set(communities.values())].map((id) => [id, new CommunityTally()]));
  const falsePositives: { attributeId: string; reason: string; evidence: string }[] = [];
  const perEvent = new Map<string, number>();
  const pending: { organizationId: number; creator: string; attributeId: string }[] = [];
  const lookups: ClassifyItem[] = [];
  for await (const page of misp.searchAttributes({ ...dayWindow(DAY, 'UTC'), notTypes: config.skippedTypes, pageSize: config.mispPageSize })) {
    for (const a of page) {
      const organizationId = a.Event ? communities.get(a.Event.org_id) : undefined;
      if (organizationId === undefined || !a.Event) continue;
      const tally = tallies.get(organizationId)!;
      const creator = a.Event.orgc_id;
      tally.add(a.type, creator, 'seen');
      const n = (perEvent.get(a.event_id) ?? 0) + 1;
      perEvent.set(a.event_id, n);
      if (n > config.maxAttributesPerEvent) tally.add(a.type, creator, 'capped');
      else if (engine.isHit(a.type, a.value)) {
        tally.add(a.type, creator, 'warninglistFalsePositives');
        const hits = engine.match(a.type, a.value).map((h) => ({ id: h.listId, name: h.listName, entry: h.entry, value: h.value }));
        falsePositives.push({ attributeId: a.id, reason: 'WARNINGLIST', evidence: JSON.stringify({ warninglists: hits }) });
      } else if (hasLookupKind(a.type)) {
        pending.push({ organizationId, creator, attributeId: a.id });
        lookups.push({ type: a.type, value: a.value, toIds: a.to_ids });
      } else tally.add(a.type, creator, 'unknown');
    }
  }
  const { results, stats } = await reputation.classify(lookups);
  results.forEach((result, i) => {
    const { type } = lookups[i]!;
    const p = pending[i]!;
    const field = ({ benign: 'reputationFalsePositives', malicious: 'confirmedMalicious', unchecked: 'unchecked', unknown: 'unknown' } as const)[result.outcome];
    tallies.get(p.organizationId)!.add(type, p.creator, field);
    if (result.outcome === 'benign') {
      const reputation = result.evidence.map((e) => ({ provider: e.provider, kind: e.kind, value: e.value, zone: e.zone, source: e.source }));
      falsePositives.push({ attributeId: p.attributeId, reason: 'REPUTATION', evidence: JSON.stringify({ reputation }) });
    }
  });
  return { tallies, falsePositives, stats, lookups };
}

function plain(tallies: Map<number, CommunityTally>) {
  return [...tallies].map(([id, t]) => ({ id, total: t.total, types: Object.fromEntries(t.types), creators: Object.fromEntries(t.creators) }));
}

const byId = <T extends { attributeId: string }>(rows: T[]) => [...rows].sort((a, b) => Number(a.attributeId) - Number(b.attributeId));

describe.skipIf(SHARED_LISTS === undefined)(needsSharedWarninglists('classifyDay with a partially warm cache', SHARED_LISTS), () => {
  // Two identical worlds, each with its own cache and budget: one classified as before, one now.
  let before: PipelineWorld;
  let now: PipelineWorld;
  let warmed: Set<string>;

  beforeAll(async () => {
    [before, now] = await Promise.all([pipelineWorld({ sim, register: [1, 2, 3], env }), pipelineWorld({ sim, register: [1, 2, 3], env })]);
    const [a, b] = await Promise.all([warmHalf(before), warmHalf(now)]);
    expect([...b]).toEqual([...a]);
    warmed = a;
  });
  afterAll(async () => {
    await before?.close();
    await now?.close();
  });

  it('gives the counts, false positives and lookups of classifying the whole day at once, the budget going to to_ids first', async () => {
    const expected = await allInOne(before);

    const { prisma, misp, reputation, config, logger } = { ...now.deps, misp: now.deps.misp! };
    const communities = await resolveCommunities(prisma, misp, logger);
    const { engine } = await now.deps.warninglists.load();
    const pages: number[] = [];
    const day = await classifyDay({
      misp,
      engine,
      reputation,
      communities: communities.byMispOrgId,
      day: DAY,
      timeZone: 'UTC',
      skippedTypes: config.skippedTypes,
      maxAttributesPerEvent: config.maxAttributesPerEvent,
      pageSize: config.mispPageSize,
      onProgress: (n) => pages.push(n),
    });
    expect(pages.length).toBeGreaterThan(10);

    expect(plain(day.tallies)).toEqual(plain(expected.tallies));
    const got = [...day.falsePositives.select(new Set())].map(({ attributeId, reason, evidence }) => ({ attributeId, reason, evidence }));
    expect(byId(got)).toEqual(byId(expected.falsePositives));
    expect(day.reputation).toEqual({ lookups: expected.stats.lookups, unchecked: expected.stats.unchecked, errors: expected.stats.errors });

    // The scenario: some false positives decided by the cache, some by a lookup; the budget ran out.
    const sources = new Set(got.flatMap((fp) => (fp.reason === 'REPUTATION' ? (JSON.parse(fp.evidence) as { reputation: { source: string }[] }).reputation.map((e) => e.source) : [])));
    expect(sources).toEqual(new Set(['cache', 'lookup']));
    expect(day.reputation.lookups).toBe(BUDGET);
    expect(day.reputation.unchecked).toBeGreaterThan(0);

    // The same values were looked up, each once, and only to_ids ones (there were more than the budget).
    const toIds = new Map<string, boolean>();
    for (const item of expected.lookups) {
      for (const r of planLookups(item.type, item.value).requests) toIds.set(requestKey(r), (toIds.get(requestKey(r)) ?? false) || item.toIds);
    }
    const looked = Object.keys(now.opentip.counters.byValue).sort();
    expect(looked).toEqual(Object.keys(before.opentip.counters.byValue).sort());
    expect(looked).toHaveLength(BUDGET);
    expect(Object.values(now.opentip.counters.byValue).every((n) => n === 1)).toBe(true);
    expect(looked.every((key) => toIds.get(key))).toBe(true);
    const toIdsMisses = [...toIds].filter(([key, flag]) => flag && !warmed.has(key));
    expect(toIdsMisses.length).toBeGreaterThan(BUDGET);
    expect([...toIds].filter(([key, flag]) => !flag && !warmed.has(key)).length).toBeGreaterThan(0);
  });
});
