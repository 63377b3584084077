// serve / migrate / config: running the service and looking at its set-up.
import type { Command } from 'commander';
import { describeConfig, loadConfig, settingsMarkdown } from '../config/load.js';
import { applyMigrations } from '../db/migrate.js';
import { createLogger } from '../log/logger.js';
import { startService } from '../service.js';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('Run the service: GraphQL API on HTTP_HOST:HTTP_PORT, daily schedule, run queue.')
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger({ level: config.logLevel, format: config.logFormat });
      const service = await startService(config, logger);
      const stop = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        service.close().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
    });

  program
    .command('migrate')
    .description('Apply pending database migrations and exit (the service also does this at start).')
    .action(() => {
      const config = loadConfig();
      mkdirSync(dirname(config.databasePath), { recursive: true });
      const report = applyMigrations(config.databasePath);
      process.stdout.write(
        report.applied.length > 0
          ? `Applied ${report.applied.join(', ')} to ${config.databasePath}.\n`
          : `${config.databasePath} is up to date (${report.alreadyApplied.length} migrations).\n`,
      );
    });

  program
    .command('config')
    .description('Print the effective configuration (secrets masked), or the settings table with --markdown.')
    .option('--markdown', 'print every setting with its default and meaning, as in the README')
    .action((options: { markdown?: boolean }) => {
      process.stdout.write(options.markdown ? `${settingsMarkdown()}\n` : `${JSON.stringify(describeConfig(loadConfig()), null, 2)}\n`);
    });
}
