// status: what an operator checks first — configuration, MISP reachability, recent runs, next run.
import type { Command } from 'commander';
import { withDatabase } from './context.js';
import { printTable } from './output.js';

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description(
      'Configuration (secrets masked); checks that the database takes writes, MISP answers to a site-admin key, the warninglists load and the OpenTIP key is accepted (exit 1 when one fails); last runs, next scheduled run.',
    )
    .action(async () => {
      const [{ Cron }, { describeConfig }, { closePipelineDeps, createPipelineDeps }, { preflight }] = await Promise.all([
        import('croner'),
        import('../config/load.js'),
        import('../pipeline/index.js'),
        import('../pipeline/preflight.js'),
      ]);
      await withDatabase(
        async ({ config, prisma, logger }) => {
          const out = process.stdout;
          out.write('Configuration\n');
          for (const [key, value] of Object.entries(describeConfig(config))) out.write(`  ${key} = ${Array.isArray(value) ? value.join(',') : String(value)}\n`);
          const deps = createPipelineDeps(prisma, config, logger);
          try {
            out.write('\nChecks\n');
            for (const check of await preflight(deps)) {
              out.write(`  ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}\n`);
              if (!check.ok) process.exitCode = 1;
            }
          } finally {
            await closePipelineDeps(deps);
          }
          const next = config.schedule.trim() === '' ? null : new Cron(config.schedule, { timezone: config.timeZone, paused: true });
          out.write(`Next scheduled run: ${next?.nextRun()?.toISOString() ?? 'none (SCHEDULE is empty)'}\n\nLast runs\n`);
          next?.stop();
          const runs = await prisma.pipelineRun.findMany({ orderBy: { id: 'desc' }, take: 5 });
          printTable(
            runs.map((r) => ({
              id: r.id,
              status: r.status.toLowerCase(),
              days: `${r.fromDay}..${r.toDay}`,
              progress: `${r.daysDone}/${r.daysTotal}`,
              finished: r.finishedAt?.toISOString() ?? '',
              error: r.error ?? '',
            })),
          );
        },
        { readOnly: true },
      );
    });
}
