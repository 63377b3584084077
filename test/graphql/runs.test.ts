import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { graphql } from '../generated/gql.js';
import { testConfig } from '../helpers/config.js';
import { tempDb, type TempDb } from '../helpers/db.js';
import { graphqlHarness, type GraphQLHarness } from '../helpers/graphql.js';
import { countQueries } from '../helpers/query-count.js';
import { sseEvents } from '../helpers/sse.js';
import { touch } from './seed.js';
import { queueServices } from './services.js';

const RunDay = graphql(`
  mutation RunDay($date: Date!, $dryRun: Boolean) {
    runDay(date: $date, dryRun: $dryRun) {
      __typename
      ... on MutationRunDaySuccess { run { id kind trigger status fromDay toDay dryRun curate progress { daysDone daysTotal fraction } } }
      ... on InvalidInputError { field message }
    }
  }
`);

const Backfill = graphql(`
  mutation Backfill($from: Date!, $to: Date!, $curate: Boolean, $dryRun: Boolean) {
    backfill(from: $from, to: $to, curate: $curate, dryRun: $dryRun) {
      __typename
      ... on MutationBackfillSuccess { run { id kind status fromDay toDay curate dryRun progress { daysTotal } } }
      ... on InvalidInputError { field message }
    }
  }
`);

const CancelRun = graphql(`
  mutation CancelRun($id: ID!) {
    cancelRun(id: $id) {
      __typename
      ... on MutationCancelRunSuccess { run { id status cancelRequested error finishedAt } }
      ... on InvalidInputError { field message }
      ... on Error { message }
    }
  }
`);

const PipelineRuns = graphql(`
  query PipelineRuns($status: RunStatus, $first: Int, $after: String) {
    pipelineRuns(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id status kind } }
    }
  }
`);

const PipelineRun = graphql(`
  query PipelineRun($id: ID!) {
    pipelineRun(id: $id) {
      id status attributesProcessed curationDone error startedAt
      progress { daysDone daysTotal fraction currentDay attributesProcessed }
    }
  }
`);

const Progress = graphql(`
  subscription Progress($id: ID!) {
    pipelineRunProgress(id: $id) { id status progress { daysDone daysTotal fraction currentDay } }
  }
`);

describe('runs over GraphQL', () => {
  let db: TempDb;
  let api: GraphQLHarness;

  beforeAll(async () => {
    db = await tempDb();
    api = await graphqlHarness(db.prisma, testConfig(), queueServices(db.prisma));
  });
  afterAll(() => db.close());

  it('queues one day, with DRY_RUN as the default of dryRun', async () => {
    const result = await api.run(RunDay, { date: '2026-03-01' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.runDay).toMatchObject({
      __typename: 'MutationRunDaySuccess',
      run: { kind: 'DAILY', trigger: 'API', status: 'QUEUED', fromDay: '2026-03-01', toDay: '2026-03-01', dryRun: false, curate: true, progress: { daysDone: 0, daysTotal: 1, fraction: 0 } },
    });
    const dry = await graphqlHarness(db.prisma, testConfig({ DRY_RUN: 'true' }), queueServices(db.prisma));
    expect((await dry.run(RunDay, { date: '2026-03-02' })).data?.runDay).toMatchObject({ run: { dryRun: true } });
    expect((await api.run(RunDay, { date: '2026-03-02', dryRun: true })).data?.runDay).toMatchObject({ run: { dryRun: true } });
  });

  it('queues a backfill, curating by default', async () => {
    const result = await api.run(Backfill, { from: '2026-02-01', to: '2026-02-28' });
    expect(result.data?.backfill).toMatchObject({ run: { kind: 'BACKFILL', fromDay: '2026-02-01', toDay: '2026-02-28', curate: true, dryRun: false, progress: { daysTotal: 28 } } });
    expect((await api.run(Backfill, { from: '2026-02-01', to: '2026-02-02', curate: false })).data?.backfill).toMatchObject({ run: { curate: false } });
  });

  it('refuses a backward backfill with a typed error and queues nothing', async () => {
    const before = await db.prisma.pipelineRun.count();
    const result = await api.run(Backfill, { from: '2026-02-10', to: '2026-02-01' });
    expect(result.data?.backfill).toMatchObject({ __typename: 'InvalidInputError', field: 'from', message: expect.stringMatching(/swap/) });
    expect(await db.prisma.pipelineRun.count()).toBe(before);
  });

  it('cancels a queued run at once, then reports it already ended', async () => {
    const queued = await db.prisma.pipelineRun.create({ data: { kind: 'DAILY', trigger: 'API', fromDay: '2026-01-01', toDay: '2026-01-01', daysTotal: 1 } });
    const result = await api.run(CancelRun, { id: String(queued.id) });
    expect(result.data?.cancelRun).toMatchObject({ __typename: 'MutationCancelRunSuccess', run: { status: 'CANCELLED', cancelRequested: true } });
    expect((await api.run(CancelRun, { id: String(queued.id) })).data?.cancelRun).toMatchObject({ __typename: 'ConflictError', message: expect.stringMatching(/already ended/) });
    expect((await api.run(CancelRun, { id: '999999' })).data?.cancelRun.__typename).toBe('NotFoundError');
    expect((await api.run(CancelRun, { id: 'run-1' })).data?.cancelRun).toMatchObject({ __typename: 'InvalidInputError', field: 'id' });
  });

  it('asks a running run to stop after its day', async () => {
    const running = await db.prisma.pipelineRun.create({ data: { kind: 'BACKFILL', trigger: 'CLI', status: 'RUNNING', fromDay: '2026-01-01', toDay: '2026-01-05', daysTotal: 5 } });
    expect((await api.run(CancelRun, { id: String(running.id) })).data?.cancelRun).toMatchObject({ run: { status: 'RUNNING', cancelRequested: true } });
  });

  it('lists runs newest first, by status, in pages with a total', async () => {
    const all = await api.run(PipelineRuns, {}, api.readerToken);
    const ids = all.data!.pipelineRuns.edges.map((e) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.data?.pipelineRuns.totalCount).toBe(ids.length);
    const page1 = await api.run(PipelineRuns, { first: 2 });
    expect(page1.data?.pipelineRuns.edges.map((e) => Number(e.node.id))).toEqual(ids.slice(0, 2));
    expect(page1.data?.pipelineRuns.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.run(PipelineRuns, { first: 2, after: page1.data!.pipelineRuns.pageInfo.endCursor });
    expect(page2.data?.pipelineRuns.edges.map((e) => Number(e.node.id))).toEqual(ids.slice(2, 4));
    const cancelled = await api.run(PipelineRuns, { status: 'CANCELLED' });
    expect(cancelled.data?.pipelineRuns).toMatchObject({ totalCount: 1, edges: [{ node: { status: 'CANCELLED' } }] });
  });

  it('refuses a page larger than 200, saying how to page', async () => {
    const result = await api.run(PipelineRuns, { first: 201 });
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/"first" must be from 0 to 200.*after/), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('shows one run with its progress, or null', async () => {
    const run = await db.prisma.pipelineRun.create({
      data: {
        kind: 'BACKFILL',
        trigger: 'API',
        status: 'RUNNING',
        fromDay: '2026-01-01',
        toDay: '2026-01-04',
        daysTotal: 4,
        daysDone: 1,
        currentDay: '2026-01-02',
        attributesProcessed: 1234,
        startedAt: new Date(),
      },
    });
    const result = await api.run(PipelineRun, { id: String(run.id) });
    expect(result.data?.pipelineRun).toMatchObject({ status: 'RUNNING', progress: { daysDone: 1, daysTotal: 4, fraction: 0.25, currentDay: '2026-01-02', attributesProcessed: 1234 } });
    expect((await api.run(PipelineRun, { id: '424242' })).data?.pipelineRun).toBeNull();
    expect((await api.run(PipelineRun, { id: 'x' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads a page of runs in a fixed number of statements, and only counts when asked for the total', async () => {
    await touch(db.prisma);
    const { count } = await countQueries(db.prisma, () => api.run(PipelineRuns, { first: 50 }));
    // token + page + total
    expect(count).toBeLessThanOrEqual(3);
    await touch(db.prisma);
    const total = await countQueries(db.prisma, () => api.run('{ pipelineRuns { totalCount } }'));
    expect(total.result.data).toEqual({ pipelineRuns: { totalCount: expect.any(Number) } });
    expect(total.statements.filter((s) => /SELECT .*FROM `main`.`PipelineRun`/.test(s) && !/COUNT/i.test(s))).toEqual([]);
  });

  describe('progress subscription (server-sent events)', () => {
    async function subscribe(id: number | string, token = api.readerToken) {
      const response = await api.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(Progress), variables: { id: String(id) } }),
      });
      type ProgressEvent = { data?: { pipelineRunProgress: { status: string; progress: { daysDone: number } } }; errors?: { message: string }[] };
      return { response, ...sseEvents<ProgressEvent>(response) };
    }

    it('streams the run as it changes and ends with it', async () => {
      const run = await db.prisma.pipelineRun.create({ data: { kind: 'BACKFILL', trigger: 'API', status: 'RUNNING', fromDay: '2026-01-01', toDay: '2026-01-02', daysTotal: 2 } });
      const stream = await subscribe(run.id);
      expect(stream.response.headers.get('content-type')).toMatch(/text\/event-stream/);
      expect((await stream.next())?.data?.pipelineRunProgress).toMatchObject({ status: 'RUNNING', progress: { daysDone: 0 } });
      await db.prisma.pipelineRun.update({ where: { id: run.id }, data: { daysDone: 1, currentDay: '2026-01-02' } });
      expect((await stream.next())?.data?.pipelineRunProgress).toMatchObject({ status: 'RUNNING', progress: { daysDone: 1, fraction: 0.5, currentDay: '2026-01-02' } });
      await db.prisma.pipelineRun.update({ where: { id: run.id }, data: { daysDone: 2, status: 'SUCCEEDED', finishedAt: new Date() } });
      expect((await stream.next())?.data?.pipelineRunProgress).toMatchObject({ status: 'SUCCEEDED', progress: { daysDone: 2 } });
      expect(await stream.next()).toBeNull();
    });

    it('says when the run does not exist, and needs a token', async () => {
      const missing = await subscribe(987654);
      expect((await missing.next())?.errors?.[0]?.message).toMatch(/No run has id 987654/);
      const anonymous = await api.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query: print(Progress), variables: { id: '1' } }),
      });
      expect(await anonymous.text()).toMatch(/UNAUTHENTICATED/);
    });
  });
});
