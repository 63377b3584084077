// The rules every run obeys, whoever queues it: days that have not ended are refused, DRY_RUN
// shows on the run, and the action limit is per day.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { graphql } from '../generated/index.js';
import { addDays, claimNextRun, dayOfInstant, enqueueRun, executeRun } from '../../src/pipeline/index.js';
import { createPipelineDeps } from '../../src/pipeline/index.js';
import { silentLogger } from '../../src/log/logger.js';
import { queueServices } from '../graphql/services.js';
import { testConfig } from '../helpers/config.js';
import { graphqlHarness } from '../helpers/graphql.js';
import { tempDb, type TempDb } from '../helpers/db.js';

const RunDay = graphql(`
  mutation RuleRunDay($date: Date!) {
    runDay(date: $date) { __typename ... on InvalidInputError { field message } ... on MutationRunDaySuccess { run { id dryRun } } }
  }
`);
const Backfill = graphql(`
  mutation RuleBackfill($from: Date!, $to: Date!) {
    backfill(from: $from, to: $to) { __typename ... on InvalidInputError { field message } ... on MutationBackfillSuccess { run { id } } }
  }
`);
const Run = graphql(`
  query RuleRun($id: ID!) { pipelineRun(id: $id) { id dryRun status } }
`);

describe('run rules', () => {
  let db: TempDb;
  beforeAll(async () => {
    db = await tempDb();
  });
  afterAll(() => db.close());

  const daily = (day: string) => ({ kind: 'DAILY' as const, fromDay: day, toDay: day, trigger: 'CLI' as const, dryRun: false, curate: true });

  it('refuses today and later days in TIME_ZONE, accepts yesterday', async () => {
    // 2026-12-09 23:30 UTC is already 2026-12-10 in Madrid: there, the 9th has ended.
    const now = () => new Date('2026-12-09T23:30:00Z');
    const before = await db.prisma.pipelineRun.count();
    for (const day of ['2026-12-09', '2026-12-10', '2027-01-01']) {
      await expect(enqueueRun(db.prisma, daily(day), { timeZone: 'UTC', dryRun: false, now })).rejects.toThrow(/has not ended yet \(today is 2026-12-09 in TIME_ZONE UTC\)/);
    }
    await expect(enqueueRun(db.prisma, { ...daily('2026-12-01'), kind: 'BACKFILL', toDay: '2026-12-09' }, { timeZone: 'UTC', dryRun: false, now })).rejects.toThrow(/has not ended/);
    expect(await db.prisma.pipelineRun.count()).toBe(before);
    await expect(enqueueRun(db.prisma, daily('2026-12-08'), { timeZone: 'UTC', dryRun: false, now })).resolves.toMatchObject({ fromDay: '2026-12-08' });
    await expect(enqueueRun(db.prisma, daily('2026-12-09'), { timeZone: 'Europe/Madrid', dryRun: false, now })).resolves.toMatchObject({ fromDay: '2026-12-09' });
    await db.prisma.pipelineRun.deleteMany();
  });

  it('refuses today over GraphQL (runDay and backfill) with a typed error naming the argument', async () => {
    const config = testConfig();
    const api = await graphqlHarness(db.prisma, config, queueServices(db.prisma, config));
    const today = dayOfInstant(new Date(), 'UTC');
    expect((await api.run(RunDay, { date: today })).data?.runDay).toMatchObject({ __typename: 'InvalidInputError', field: 'date', message: expect.stringMatching(/has not ended yet/) });
    expect((await api.run(Backfill, { from: addDays(today, -3), to: today })).data?.backfill).toMatchObject({ __typename: 'InvalidInputError', field: 'to' });
    expect(await db.prisma.pipelineRun.count()).toBe(0);
  });

  it('shows dryRun: true on runs made while DRY_RUN is set, however they were queued', async () => {
    const config = testConfig({ DRY_RUN: 'true' });
    const queued = await enqueueRun(db.prisma, daily('2026-03-01'), config);
    expect(queued.dryRun).toBe(true);
    // Queued before DRY_RUN was set, executed after: the run shows what it did.
    const earlier = await enqueueRun(db.prisma, daily('2026-03-02'), testConfig());
    expect(earlier.dryRun).toBe(false);
    await db.prisma.pipelineRun.update({ where: { id: queued.id }, data: { status: 'CANCELLED' } });
    const claimed = await claimNextRun(db.prisma);
    expect(claimed?.id).toBe(earlier.id);
    // No MISP configured: the run fails at once, but it already says it was a dry run.
    await executeRun(createPipelineDeps(db.prisma, config, silentLogger), claimed!);
    const api = await graphqlHarness(db.prisma, config, queueServices(db.prisma, config));
    expect((await api.run(Run, { id: String(earlier.id) })).data?.pipelineRun).toMatchObject({ dryRun: true });
  });

  it('reads CURATION_MAX_ACTIONS_PER_DAY, and its former name with a warning', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(loadConfig({ CURATION_MAX_ACTIONS_PER_DAY: '7' }).curationMaxActionsPerDay).toBe(7);
      expect(warn).not.toHaveBeenCalled();
      expect(loadConfig({ CURATION_MAX_ACTIONS_PER_RUN: '5' }).curationMaxActionsPerDay).toBe(5);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/CURATION_MAX_ACTIONS_PER_RUN is the former name of CURATION_MAX_ACTIONS_PER_DAY/), expect.anything());
      expect(loadConfig({ CURATION_MAX_ACTIONS_PER_DAY: '9', CURATION_MAX_ACTIONS_PER_RUN: '5' }).curationMaxActionsPerDay).toBe(9);
    } finally {
      warn.mockRestore();
    }
  });
});
