// serve / migrate / config: running the service and looking at its set-up.
import type { Command } from 'commander';
import type { Config } from '../config/settings.js';
import type { Logger } from '../log/logger.js';
import { existsSync, mkdirSync } from 'node:fs';
import { DEMO_DAYS, DEMO_PER_DAY } from './demo-terminal.js';
import { dirname } from 'node:path';

// Each command loads what it runs (Yoga, Prisma, the simulators) when it runs, not for `--help`.
const configModule = () => import('../config/load.js');
const loggerModule = () => import('../log/logger.js');

function onSignals(logger: Logger, close: () => Promise<void>): void {
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

async function demo(config: Config, days: number, perDay: number): Promise<void> {
  const { assertDemoAllowed } = await import('../demo/guard.js');
  assertDemoAllowed(config);
  const { runDemoInTerminal } = await import('./demo-terminal.js');
  await runDemoInTerminal(config, days, perDay, (logger, running) => onSignals(logger, () => running.close()));
}

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Run the service: GraphQL API on HTTP_HOST:HTTP_PORT, daily schedule, run queue. Without MISP_URL, runs the demo.')
    .action(async () => {
      const [{ loadConfig }, { createLogger }] = await Promise.all([configModule(), loggerModule()]);
      const config = loadConfig();
      if (config.mispUrl === '') {
        const { assertDemoAllowed } = await import('../demo/guard.js');
        assertDemoAllowed(config);
        process.stdout.write('MISP_URL is not set: starting the demo against a simulated MISP (its own database, never yours).\n');
        await demo(config, DEMO_DAYS, DEMO_PER_DAY);
        return;
      }
      const logger = createLogger({ level: config.logLevel, format: config.logFormat });
      const { startService } = await import('../service.js');
      const service = await startService(config, logger);
      onSignals(logger, () => service.close());
    });

  program
    .command('demo')
    .description('Simulated MISP and OpenTIP with a generated month for 12 communities, backfilled with curation, served in GraphiQL.')
    .option('--days <n>', 'days of data', (v) => Number.parseInt(v, 10), DEMO_DAYS)
    .option('--per-day <n>', 'attributes per day', (v) => Number.parseInt(v, 10), DEMO_PER_DAY)
    .action(async (options: { days: number; perDay: number }) => {
      const config = (await configModule()).loadConfig();
      await demo(config, options.days, options.perDay);
    });

  program
    .command('migrate')
    .description('Apply pending database migrations and exit (the service also does this at start).')
    .action(async () => {
      const [{ loadConfig }, { applyMigrations }] = await Promise.all([configModule(), import('../db/migrate.js')]);
      const config = loadConfig();
      mkdirSync(dirname(config.databasePath), { recursive: true });
      const report = applyMigrations(config.databasePath);
      process.stdout.write(
        report.applied.length > 0 ? `Applied ${report.applied.join(', ')} to ${config.databasePath}.\n` : `${config.databasePath} is up to date (${report.alreadyApplied.length} migrations).\n`,
      );
    });

  program
    .command('backup')
    .description('Copy the database to a file, consistently, while the service runs (SQLite online backup).')
    .argument('<file>', 'where to write the copy')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const { loadConfig } = await configModule();
      const config = loadConfig();
      if (existsSync(file) && !options.force) {
        throw new Error(`${file} already exists: choose another file, or add --force to replace it.`);
      }
      if (!existsSync(config.databasePath)) {
        throw new Error(`There is no database at ${config.databasePath} to back up: point at it with --database PATH or --env-file PATH.`);
      }
      const { backupDatabase } = await import('../db/backup.js');
      await backupDatabase(config.databasePath, file);
      process.stdout.write(`Backed up ${config.databasePath} to ${file}.\n`);
    });

  program
    .command('config')
    .description('Print the effective configuration (secrets masked), or the settings table with --markdown.')
    .option('--markdown', 'print every setting with its default and meaning, as in the README')
    .action(async (options: { markdown?: boolean }) => {
      const { describeConfig, loadConfig, settingsMarkdown } = await configModule();
      process.stdout.write(options.markdown ? `${settingsMarkdown()}\n` : `${JSON.stringify(describeConfig(loadConfig()), null, 2)}\n`);
    });
}
