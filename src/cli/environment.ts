// The options every command takes: which settings file and which database. They are put in the
// environment (MTC_ENV_FILE, DATABASE_PATH), so whatever the command starts reads the same ones.
import { resolve } from 'node:path';

export interface GlobalOptions {
  envFile?: string;
  database?: string;
}

export function applyGlobalOptions(options: GlobalOptions): void {
  if (options.envFile !== undefined) process.env.MTC_ENV_FILE = resolve(options.envFile);
  if (options.database !== undefined) process.env.DATABASE_PATH = resolve(options.database);
}
