// run-daily / backfill / restore / runs: the pipeline from the command line.
import type { Command } from 'commander';
import type { PipelineRun } from '../generated/prisma/client.js';
import type { DayProgress, RunRequest } from '../pipeline/index.js';
import { idArgument } from './arguments.js';
import { withDatabase, type CommandContext } from './context.js';
import { printRows, printTable } from './output.js';
import { toDate, withReadOnlyDatabase } from './read-database.js';

// The pipeline loads when a command runs, not for `--help`.
const pipelineModule = () => import('../pipeline/index.js');

/** The run's line; `live` is the day in progress in this process (attributes read, lookups as they end). */
export function progressLine(run: PipelineRun, live: DayProgress | null = null): string {
  const width = 30;
  const filled = run.daysTotal === 0 ? width : Math.round((run.daysDone / run.daysTotal) * width);
  const day =
    live && live.day === run.currentDay
      ? `, on ${live.day}: ${live.fetched.toLocaleString('en')} read${live.lookupsTotal > 0 ? `, OpenTIP lookups ${live.lookupsDone.toLocaleString('en')}/${live.lookupsTotal.toLocaleString('en')}` : ''}`
      : run.currentDay
        ? `, on ${run.currentDay}`
        : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${run.daysDone}/${run.daysTotal} days, ${run.attributesProcessed.toLocaleString('en')} attributes${day}`;
}

/** Queues the run and executes it here, drawing progress; if a running service takes it first, follows it. */
async function runAndFollow(ctx: CommandContext, request: RunRequest): Promise<PipelineRun> {
  const { claimRun, closePipelineDeps, createPipelineDeps, enqueueRun, executeRun, isTerminal, requireMisp } = await pipelineModule();
  const deps = createPipelineDeps(ctx.prisma, ctx.config, ctx.logger);
  requireMisp(deps);
  const queued = await enqueueRun(ctx.prisma, request, ctx.config);
  process.stderr.write(`Run #${queued.id}: ${queued.fromDay} to ${queued.toDay}${queued.dryRun ? ' (dry run)' : ''}${queued.curate ? '' : ' (no curation)'}\n`);
  const tty = process.stderr.isTTY;
  let last = '';
  let live: DayProgress | null = null;
  const draw = async () => {
    const run = await ctx.prisma.pipelineRun.findUniqueOrThrow({ where: { id: queued.id } });
    const line = progressLine(run, live);
    if (line !== last) process.stderr.write(tty ? `\r${line}` : `${line}\n`);
    last = line;
    return run;
  };
  const timer = setInterval(() => void draw(), 500);
  try {
    if (await claimRun(ctx.prisma, queued.id)) {
      await executeRun(deps, await ctx.prisma.pipelineRun.findUniqueOrThrow({ where: { id: queued.id } }), { onProgress: (p) => (live = p) });
    } else {
      process.stderr.write('A running service took the run; following its progress.\n');
      while (!isTerminal((await draw()).status)) await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    clearInterval(timer);
    await closePipelineDeps(deps);
  }
  const run = await draw();
  if (tty) process.stderr.write('\n');
  return run;
}

async function printSummary(ctx: CommandContext, run: PipelineRun): Promise<void> {
  const rows = await ctx.prisma.dailyContribution.groupBy({
    by: ['organizationId'],
    where: { runId: run.id },
    _sum: { seen: true, capped: true, evaluated: true, warninglistFalsePositives: true, reputationFalsePositives: true, confirmedMalicious: true, valid: true },
  });
  const aliases = new Map((await ctx.prisma.organization.findMany()).map((o) => [o.id, o.alias]));
  printTable(
    rows
      .map((r) => ({
        community: aliases.get(r.organizationId) ?? String(r.organizationId),
        seen: r._sum.seen ?? 0,
        capped: r._sum.capped ?? 0,
        evaluated: r._sum.evaluated ?? 0,
        'warninglist FP': r._sum.warninglistFalsePositives ?? 0,
        'reputation FP': r._sum.reputationFalsePositives ?? 0,
        malicious: r._sum.confirmedMalicious ?? 0,
        valid: r._sum.valid ?? 0,
      }))
      .sort((a, b) => b.valid - a.valid),
  );
  process.stdout.write(
    `\nRun #${run.id} ${run.status.toLowerCase()}: ${run.daysDone}/${run.daysTotal} days, ${run.attributesProcessed} attributes, ` +
      `curation ${run.curationDone} done, ${run.curationFailed} failed.\n`,
  );
  if (run.notes) process.stdout.write(`Notes:\n${run.notes}\n`);
  if (run.error) process.stderr.write(`error: ${run.error}\n`);
  if (run.status !== 'SUCCEEDED') process.exitCode = 1;
}

export function registerRunCommands(program: Command): void {
  program
    .command('run-daily')
    .description('Count (and curate) one day now; by default yesterday in TIME_ZONE, as the schedule does.')
    .option('--date <YYYY-MM-DD>', 'the day to process')
    .option('--dry-run', 'count and log what curation would do, change nothing in MISP')
    .action((options: { date?: string; dryRun?: boolean }) =>
      withDatabase(async (ctx) => {
        const day = options.date ?? (await pipelineModule()).previousDay(new Date(), ctx.config.timeZone);
        const run = await runAndFollow(ctx, { kind: 'DAILY', fromDay: day, toDay: day, trigger: 'CLI', dryRun: options.dryRun ?? false, curate: true });
        await printSummary(ctx, run);
      }),
    );

  program
    .command('backfill')
    .description('Count (and curate) every day of a range; each day is replaced whole.')
    .requiredOption('--from <YYYY-MM-DD>', 'first day')
    .requiredOption('--to <YYYY-MM-DD>', 'last day (included)')
    .option('--no-curate', 'count only; change nothing in MISP')
    .option('--dry-run', 'log what curation would do, change nothing in MISP')
    .action((options: { from: string; to: string; curate: boolean; dryRun?: boolean }) =>
      withDatabase(async (ctx) => {
        const run = await runAndFollow(ctx, { kind: 'BACKFILL', fromDay: options.from, toDay: options.to, trigger: 'CLI', dryRun: options.dryRun ?? false, curate: options.curate });
        await printSummary(ctx, run);
      }),
    );

  program
    .command('restore')
    .description('Undo a soft delete or a false-positive sighting made by curation (the id is in the curation log).')
    .argument('<curation-log-id>', 'id of the curation log row', idArgument(' of the curation log row'))
    .action((id: number) =>
      withDatabase(async (ctx) => {
        const { closePipelineDeps, createPipelineDeps, requireMisp, restoreCuratedAttribute } = await pipelineModule();
        const before = await ctx.prisma.curationLog.findUnique({ where: { id } });
        if (before?.status === 'RESTORED') {
          process.stdout.write(`MISP attribute ${before.mispAttributeId} was already restored (log row ${id}, ${before.restoredAt?.toISOString() ?? ''}): nothing changed.\n`);
          return;
        }
        const deps = createPipelineDeps(ctx.prisma, ctx.config, ctx.logger);
        try {
          const row = await restoreCuratedAttribute(ctx.prisma, requireMisp(deps), id);
          const undone = row.action === 'SIGHTING' ? `Deleted false-positive sighting ${row.mispSightingId} of MISP attribute` : 'Restored MISP attribute';
          process.stdout.write(`${undone} ${row.mispAttributeId} (${row.attributeType} ${row.value}); log row ${row.id} is now restored.\n`);
        } finally {
          await closePipelineDeps(deps);
        }
      }),
    );

  program
    .command('runs')
    .description('List recent runs.')
    .option('--limit <n>', 'how many', idArgument(''), 20)
    .option('--json', 'one JSON array on stdout (every field of each run), for scripts')
    .action((options: { limit: number; json?: boolean }) =>
      withReadOnlyDatabase(({ db }) => {
        const runs = (db.prepare('SELECT * FROM PipelineRun ORDER BY id DESC LIMIT ?').all(options.limit) as Record<string, unknown>[]).map(runFromRow);
        printRows(
          options.json,
          runs.map((r) => ({
            id: r.id,
            kind: r.kind.toLowerCase(),
            trigger: r.trigger.toLowerCase(),
            status: r.status.toLowerCase(),
            days: `${r.fromDay}..${r.toDay}`,
            progress: `${r.daysDone}/${r.daysTotal}`,
            attributes: r.attributesProcessed,
            curated: r.curationDone,
            failed: r.curationFailed,
            started: r.startedAt?.toISOString() ?? '',
            error: r.error ?? '',
          })),
          runs,
        );
      }),
    );
}

/** A PipelineRun as Prisma returns it, from a raw row (SQLite keeps booleans as 0/1 and dates as text). */
function runFromRow(row: Record<string, unknown>): PipelineRun {
  const date = (key: keyof PipelineRun) => toDate(row[key] as string | null);
  return {
    ...(row as unknown as PipelineRun),
    dryRun: Boolean(row.dryRun),
    curate: Boolean(row.curate),
    cancelRequested: Boolean(row.cancelRequested),
    createdAt: date('createdAt')!,
    startedAt: date('startedAt'),
    finishedAt: date('finishedAt'),
    heartbeatAt: date('heartbeatAt'),
  };
}
