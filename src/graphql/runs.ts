// Pipeline runs: the queue and its history, queuing and cancelling, and live progress.
import type { PipelineRun } from '../generated/prisma/client.js';
import { RunKind, RunStatus, RunTrigger } from '../generated/prisma/enums.js';
import { builder, dayOf } from './builder.js';
import { ConflictError, InvalidInputError, NotFoundError } from './errors.js';
import { badInput, countedPage, PAGE, readId, readPageSize } from './range.js';
import { forViewer } from './reader-view.js';

import { DEFAULT_PROGRESS_LIMITS } from './run-progress.js';

/** How often a progress subscription re-reads its run. */
export const PROGRESS_POLL_MS = DEFAULT_PROGRESS_LIMITS.pollMs;

export const RunKindEnum = builder.enumType(RunKind, {
  name: 'RunKind',
  description: 'What a run does.',
  values: {
    DAILY: { description: 'One day, as the schedule runs it.' },
    BACKFILL: { description: 'A range of past days.' },
  },
});

export const RunTriggerEnum = builder.enumType(RunTrigger, {
  name: 'RunTrigger',
  description: 'Who started a run.',
  values: {
    SCHEDULE: { description: 'The daily schedule (SCHEDULE).' },
    CATCH_UP: { description: 'The start of the service, for days missed while it was down (CATCH_UP_DAYS).' },
    API: { description: 'A GraphQL mutation.' },
    CLI: { description: 'The command line.' },
  },
});

export const RunStatusEnum = builder.enumType(RunStatus, {
  name: 'RunStatus',
  description: 'Where a run is: QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED.',
  values: {
    QUEUED: { description: 'Waiting; one run executes at a time, oldest first.' },
    RUNNING: { description: 'Executing, one day after the other.' },
    SUCCEEDED: { description: 'Every day was processed.' },
    FAILED: { description: 'Stopped on an error (see error); days done so far are kept.' },
    CANCELLED: { description: 'Cancelled on request; days done before are kept.' },
  },
});

const ProgressType = builder.objectRef<PipelineRun>('RunProgress').implement({
  description: 'How far a run has got.',
  fields: (t) => ({
    daysDone: t.exposeInt('daysDone', { description: 'Days finished (each day commits whole).' }),
    daysTotal: t.exposeInt('daysTotal', { description: 'Days the run covers.' }),
    fraction: t.float({ description: 'daysDone / daysTotal, from 0 to 1.', resolve: (r) => (r.daysTotal === 0 ? 1 : r.daysDone / r.daysTotal) }),
    currentDay: t.field({ type: 'Date', nullable: true, description: 'The day being processed, while running.', resolve: (r) => r.currentDay }),
    attributesProcessed: t.exposeInt('attributesProcessed', { description: 'Attributes read from MISP so far.' }),
  }),
});

export const PipelineRunType = builder.prismaObject('PipelineRun', {
  description: 'A queued or executed run of the pipeline over one day or a range of days.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Run id.' }),
    kind: t.expose('kind', { type: RunKindEnum, description: 'What the run does.' }),
    trigger: t.expose('trigger', { type: RunTriggerEnum, description: 'Who started it.' }),
    status: t.expose('status', { type: RunStatusEnum, description: 'Where it is.' }),
    fromDay: t.field({ type: 'Date', description: 'First day covered.', resolve: (r) => r.fromDay }),
    toDay: t.field({ type: 'Date', description: 'Last day covered.', resolve: (r) => r.toDay }),
    dryRun: t.exposeBoolean('dryRun', { description: 'Counts and logs what curation would do without changing MISP.' }),
    curate: t.exposeBoolean('curate', { description: 'Whether false positives are curated in MISP (otherwise only counted).' }),
    progress: t.field({ type: ProgressType, description: 'Days done out of days total.', resolve: (r) => r }),
    attributesProcessed: t.exposeInt('attributesProcessed', { description: 'Attributes read from MISP.' }),
    warninglistFalsePositives: t.exposeInt('warninglistFalsePositives', { description: 'Warninglist false positives found.' }),
    reputationFalsePositives: t.exposeInt('reputationFalsePositives', { description: 'Reputation false positives found.' }),
    reputationLookups: t.exposeInt('reputationLookups', { description: 'Reputation lookups spent (cache misses).' }),
    curationPlanned: t.exposeInt('curationPlanned', { description: 'Curation actions planned.' }),
    curationDone: t.exposeInt('curationDone', { description: 'Curation actions done in MISP.' }),
    curationFailed: t.exposeInt('curationFailed', { description: 'Curation actions that failed (see the curation log).' }),
    cancelRequested: t.exposeBoolean('cancelRequested', { description: 'Cancellation was asked for; a running run stops after its current day.' }),
    error: t.string({ nullable: true, description: 'Why it failed or was cancelled. Readers get it without the MISP or OpenTIP address.', resolve: (r, _args, ctx) => forViewer(ctx, r.error) }),
    notes: t.string({
      nullable: true,
      description: 'What the run reported without failing: communities refused curation (suspicious false-positive share, action limit), sync users not resolved. Readers get it without addresses.',
      resolve: (r, _args, ctx) => forViewer(ctx, r.notes),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was queued.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'When it first started.' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When it ended.' }),
    heartbeatAt: t.expose('heartbeatAt', { type: 'DateTime', nullable: true, description: 'Last sign of life while running.' }),
  }),
});

builder.queryFields((t) => ({
  pipelineRuns: t.prismaConnection(
    {
      type: 'PipelineRun',
      cursor: 'id',
      defaultSize: PAGE.default,
      maxSize: PAGE.max,
      description: `Runs, newest first. Pages of ${PAGE.default} by default, at most ${PAGE.max}.`,
      authScopes: { reader: true },
      args: { status: t.arg({ type: RunStatusEnum, required: false, description: 'Only runs in this status.' }) },
      totalCount: (_connection, args, ctx) => ctx.prisma.pipelineRun.count({ where: args.status ? { status: args.status } : {} }),
      resolve: (query, _root, args, ctx) => {
        readPageSize(args);
        return ctx.prisma.pipelineRun.findMany({ ...query, where: args.status ? { status: args.status } : {}, orderBy: { id: 'desc' } });
      },
    },
    countedPage('A page of runs.', 'runs'),
    { description: 'A run in a page.' },
  ),
  pipelineRun: t.prismaField({
    type: 'PipelineRun',
    nullable: true,
    description: 'One run by id; null when no run has it.',
    authScopes: { reader: true },
    args: { id: t.arg.id({ required: true, description: 'Run id.' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.pipelineRun.findUnique({ ...query, where: { id: readId(args.id, 'id', badInput) } }),
  }),
}));

builder.mutationFields((t) => ({
  runDay: t.field({
    type: PipelineRunType,
    description: 'Queue a run that (re)computes one day and curates its false positives. Re-running a day replaces its counts.',
    authScopes: { admin: true },
    errors: { types: [InvalidInputError, ConflictError], dataField: { name: 'run', description: 'The queued run.' } },
    args: {
      date: t.arg({ type: 'Date', required: true, description: 'The day to compute.' }),
      dryRun: t.arg.boolean({ required: false, description: 'Count and log curation without changing MISP; DRY_RUN when omitted.' }),
    },
    resolve: (_root, args, ctx) => {
      const day = dayOf(args.date);
      return ctx.services.enqueueRun({ kind: 'DAILY', fromDay: day, toDay: day, dryRun: args.dryRun ?? ctx.config.dryRun, curate: true, trigger: 'API' });
    },
  }),
  backfill: t.field({
    type: PipelineRunType,
    description: 'Queue a run over a range of past days, one day after the other.',
    authScopes: { admin: true },
    errors: { types: [InvalidInputError, ConflictError], dataField: { name: 'run', description: 'The queued run.' } },
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day, included.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day, included.' }),
      curate: t.arg.boolean({ defaultValue: true, required: true, description: 'Also curate the false positives found; false only counts.' }),
      dryRun: t.arg.boolean({ required: false, description: 'Count and log curation without changing MISP; DRY_RUN when omitted.' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.enqueueRun({ kind: 'BACKFILL', fromDay: dayOf(args.from), toDay: dayOf(args.to), dryRun: args.dryRun ?? ctx.config.dryRun, curate: args.curate, trigger: 'API' }),
  }),
  cancelRun: t.field({
    type: PipelineRunType,
    description: 'Cancel a run: a queued run at once, a running one after the day it is on.',
    authScopes: { admin: true },
    errors: { types: [InvalidInputError, NotFoundError, ConflictError], dataField: { name: 'run', description: 'The run, cancelled or stopping.' } },
    args: { id: t.arg.id({ required: true, description: 'Run id.' }) },
    resolve: (_root, args, ctx) => ctx.services.cancelRun(readId(args.id, 'id', (message, field) => new InvalidInputError(message, field))),
  }),
}));

builder.subscriptionFields((t) => ({
  pipelineRunProgress: t.field({
    type: PipelineRunType,
    description: `The run each time it changes (checked every ${PROGRESS_POLL_MS} ms), starting with its current state; the stream ends when the run has ended. Followers of one run share one reader; a token may hold ${DEFAULT_PROGRESS_LIMITS.perToken} streams at once.`,
    authScopes: { reader: true },
    args: { id: t.arg.id({ required: true, description: 'Run id.' }) },
    subscribe: async (_root, args, ctx) => {
      const id = readId(args.id, 'id', badInput);
      const first = await ctx.prisma.pipelineRun.findUnique({ where: { id } });
      if (!first) throw badInput(`No run has id ${id}.`, 'id');
      return ctx.progress.follow(ctx.viewer ? `token:${ctx.viewer.tokenId}` : 'anonymous', first);
    },
    resolve: (run) => run,
  }),
}));
