// One pino logger for the whole service. Secrets are redacted by key name wherever they appear,
// so a careless `log.info({ config })` cannot leak a MISP key, an OpenTIP key or a token.
import { pino, type Logger } from 'pino';

export type { Logger };

const REDACT = [
  'apiKey',
  'mispKey',
  'opentipKey',
  'token',
  'authorization',
  'password',
  '*.apiKey',
  '*.mispKey',
  '*.opentipKey',
  '*.token',
  '*.authorization',
  '*.password',
  'headers.authorization',
  'headers["x-api-key"]',
  'MISP_KEY',
  'OPENTIP_KEY',
  '*.MISP_KEY',
  '*.OPENTIP_KEY',
];

export function createLogger(options: { level?: string; format?: 'json' | 'pretty'; destination?: NodeJS.WritableStream } = {}): Logger {
  const base = { level: options.level ?? 'info', redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'misp-topcontrib' } };
  if (options.format === 'pretty') {
    return pino({
      ...base,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:standard', ignore: 'pid,hostname,service', destination: options.destination === process.stderr ? 2 : 1 } },
    });
  }
  return options.destination ? pino(base, options.destination as pino.DestinationStream) : pino(base);
}

/** A logger that drops everything: for tests and one-shot CLI commands. */
export const silentLogger: Logger = pino({ level: 'silent' });
