import type { Command } from 'commander';
import { registerCurationCommands } from './curation.js';
import { registerRunCommands } from './runs.js';
import { registerServeCommands } from './serve.js';
import { registerStatusCommand } from './status.js';
import { registerTokenCommands } from './tokens.js';
import { registerUserCommands } from './users.js';

export function registerCommands(program: Command): void {
  registerServeCommands(program);
  registerUserCommands(program);
  registerRunCommands(program);
  registerStatusCommand(program);
  registerTokenCommands(program);
  registerCurationCommands(program);
}
