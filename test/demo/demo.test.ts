// The demo as a newcomer meets it: start, wait for the backfill, read the leaderboard over HTTP,
// scrape /metrics, stop, and nothing is left listening.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startDemo, type RunningDemo } from '../../src/demo/demo.js';
import { silentLogger } from '../../src/log/logger.js';
import { tempDir } from '../helpers/db.js';

describe('demo', () => {
  let demo: RunningDemo | null = null;
  const dataDir = tempDir();
  afterAll(async () => {
    await demo?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves a populated leaderboard and metrics, then stops cleanly', async () => {
    demo = await startDemo({ dataDir, host: '127.0.0.1', port: 0, days: 3, perDay: 300, logger: silentLogger });
    const { prisma, url } = demo.service;
    for (let i = 0; i < 240; i++) {
      const run = await prisma.pipelineRun.findUniqueOrThrow({ where: { id: demo.runId } });
      if (run.status === 'SUCCEEDED' || run.status === 'FAILED') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect((await prisma.pipelineRun.findUniqueOrThrow({ where: { id: demo.runId } })).status).toBe('SUCCEEDED');

    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demo.token}` },
      body: JSON.stringify({ query: `{ leaderboard(from: "${demo.from}", to: "${demo.to}", limit: 50) { rank valid coverage organization { alias } } }` }),
    });
    const body = (await response.json()) as { data: { leaderboard: { rank: number; valid: number; coverage: number; organization: { alias: string } }[] } };
    expect(body.data.leaderboard).toHaveLength(12);
    expect(body.data.leaderboard[0]).toMatchObject({ rank: 1, coverage: 1 });
    expect(body.data.leaderboard[0]!.valid).toBeGreaterThan(0);

    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/mtc_runs\{status="succeeded"\} 1/);
    expect(metrics).toMatch(/mtc_curation_actions\{action="soft_delete",status="done"\} [1-9]/);
    expect(metrics).toMatch(/mtc_http_requests_total\{route="\/graphql",status="200"\} 1/);
    expect(metrics).toMatch(/mtc_false_positives\{source="warninglist"\} [1-9]/);
    expect(metrics).not.toContain(demo.token);

    // Data that makes sense to look at: every community counted every day, each its own ratio,
    // the shipped lists selected and hitting, the per-event cap showing, curation never refused.
    const run = await prisma.pipelineRun.findUniqueOrThrow({ where: { id: demo.runId } });
    expect(run.notes ?? '').not.toMatch(/not curated|refused/i);
    const days = await prisma.dailyContribution.findMany({ include: { organization: true } });
    expect(days).toHaveLength(12 * 3);
    for (const day of days) expect(day.evaluated, `${day.organization.alias} on ${day.day}`).toBeGreaterThan(0);
    const byCommunity = new Map<string, typeof days>();
    for (const day of days) byCommunity.set(day.organization.alias, [...(byCommunity.get(day.organization.alias) ?? []), day]);
    const ratios = [...byCommunity.values()].map((rows) => rows.reduce((s, r) => s + r.valid, 0) / rows.reduce((s, r) => s + r.evaluated, 0));
    expect(Math.max(...ratios) - Math.min(...ratios)).toBeGreaterThan(0.15);
    expect(days.reduce((s, d) => s + d.capped, 0)).toBeGreaterThan(0);
    expect([...byCommunity.values()].filter((rows) => rows.some((r) => r.warninglistFalsePositives > 0)).length).toBeGreaterThan(6);
    expect([...byCommunity.values()].filter((rows) => rows.some((r) => r.reputationFalsePositives > 0)).length).toBeGreaterThan(6);
    const lists = await prisma.warninglist.findMany({ where: { selected: true } });
    expect(lists.map((l) => l.name)).toContain('Top 1000 website from Alexa');
    expect(lists).toHaveLength(17);

    await demo.close();
    demo = null;
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  });
});
