// `misp-topcontrib <command>`: the operator's entry point. Only commander and the command
// definitions load here; each command imports what it needs (Prisma, Yoga, ...) when it runs,
// so `--help` and `--version` cost little more than starting Node.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands.js';
import { applyGlobalOptions } from './environment.js';
import { EXIT_FAILURE, EXIT_USAGE } from './output.js';

// The same path from src/cli and dist/cli.
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command();
program
  .name('misp-topcontrib')
  .description('Counts quality IoCs per connected MISP community per day and curates false positives.')
  .version(version, '-V, --version', 'print the version and exit')
  .option('--env-file <path>', 'read settings from this file instead of ./.env (default: MTC_ENV_FILE); the environment still wins')
  .option('--database <path>', 'the SQLite database to use, instead of DATABASE_PATH')
  .hook('preAction', (_program, command) => applyGlobalOptions(command.optsWithGlobals()))
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();
registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    // Errors of this service are written for the operator; print the message, not a stack.
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  }
}
