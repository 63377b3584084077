// Reads the configuration from the environment (and a .env file) into one typed object.
import { existsSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SETTINGS, type Config, type SettingKey } from './settings.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`The configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export type Env = Record<string, string | undefined>;

/**
 * The environment wins over the settings file, as with dotenv. The file is MTC_ENV_FILE (what
 * `--env-file` sets) or else `./.env`; a file named on purpose must exist, `./.env` need not.
 */
export function readEnv(env: Env = process.env, dotenvPath?: string): Env {
  const chosen = dotenvPath ?? (env.MTC_ENV_FILE || undefined);
  const path = chosen ?? '.env';
  if (!existsSync(path)) {
    if (chosen === undefined) return env;
    throw new ConfigError([`The settings file ${resolve(path)} (MTC_ENV_FILE or --env-file) does not exist: give the path of an existing file.`]);
  }
  return { ...parseDotenv(readFileSync(path)), ...env };
}

export function loadConfig(env: Env = readEnv()): Config {
  const problems: string[] = [];
  const config: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, setting] of Object.entries(SETTINGS) as [SettingKey, (typeof SETTINGS)[SettingKey]][]) {
    const alias = 'aliases' in setting ? setting.aliases?.find((name) => env[name] !== undefined) : undefined;
    if (env[setting.env] === undefined && alias !== undefined) {
      process.emitWarning(`${alias} is the former name of ${setting.env}: rename it (it is read for now).`, { type: 'ConfigWarning', code: 'MTC_RENAMED_SETTING' });
    }
    const raw = env[setting.env] ?? (alias === undefined ? undefined : env[alias]) ?? setting.default;
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) {
      config[key] = parsed.data;
    } else {
      const shown = setting.secret ? '(hidden)' : JSON.stringify(raw);
      const why = parsed.error.issues[0]?.message ?? 'invalid value';
      problems.push(`${setting.env}=${shown}: ${why}. Fix the variable or unset it to use the default (${JSON.stringify(setting.default)}).`);
    }
  }
  const c = config as Config;
  if (problems.length === 0 && c.mispUrl !== '' && c.mispKey === '') {
    problems.push('MISP_URL is set but MISP_KEY is empty: set MISP_KEY to a site-admin API key of that MISP.');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return c;
}

/** The configuration with secrets masked, for logs and the `status` command. */
export function describeConfig(config: Config): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(SETTINGS) as [SettingKey, (typeof SETTINGS)[SettingKey]][]) {
    const value = config[key];
    out[setting.env] = 'secret' in setting && setting.secret ? (value ? '(set)' : '(empty)') : value;
  }
  return out;
}

/** The README's configuration table. */
export function settingsMarkdown(): string {
  const rows = ['| Variable | Default | Meaning |', '|---|---|---|'];
  let group = '';
  for (const setting of Object.values(SETTINGS)) {
    if (setting.group !== group) {
      group = setting.group;
      rows.push(`| **${group}** | | |`);
    }
    const def = setting.default === '' ? '(empty)' : `\`${setting.default.replace(/\|/g, '\\|')}\``;
    rows.push(`| \`${setting.env}\` | ${def} | ${setting.description.replace(/\|/g, '\\|')} |`);
  }
  return rows.join('\n');
}
