import type { Command } from 'commander';
import { registerServeCommands } from './serve.js';
import { registerTokenCommands } from './tokens.js';
import { registerUserCommands } from './users.js';

export function registerCommands(program: Command): void {
  registerServeCommands(program);
  registerUserCommands(program);
  registerTokenCommands(program);
}
