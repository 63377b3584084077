// `misp-topcontrib <command>`: the operator's entry point.
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands.js';
import { EXIT_FAILURE, EXIT_USAGE } from './output.js';

const program = new Command();
program
  .name('misp-topcontrib')
  .description('Counts quality IoCs per connected MISP community per day and curates false positives.')
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
