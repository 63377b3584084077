// The demo prints an admin token and serves a simulated MISP: fine on a laptop, wrong on a server
// whose MISP_URL was forgotten. It starts only on a loopback address and outside production;
// elsewhere `serve` without MISP_URL stops with this error instead.
import { ConfigError } from '../config/load.js';
import type { Config } from '../config/settings.js';
import { isLoopbackHost } from '../config/insecure-urls.js';

/** Why the demo must not start here, or null when it may. */
export function demoRefusal(config: Config, env: Record<string, string | undefined>): string | null {
  const where: string[] = [];
  if ((env.NODE_ENV ?? '').trim().toLowerCase() === 'production') where.push('NODE_ENV=production');
  if (!isLoopbackHost(config.httpHost)) where.push(`HTTP_HOST=${config.httpHost} (not a loopback address)`);
  if (where.length === 0) return null;
  return (
    `MISP_URL is not set, and the demo (a simulated MISP, with an admin token printed) does not start where ${where.join(' and ')}. ` +
    'Set MISP_URL and MISP_KEY to serve your MISP; or, to try the demo, run it on this machine with HTTP_HOST=127.0.0.1 and without NODE_ENV=production.'
  );
}

/** Throws the refusal as a configuration error (the CLI prints it and exits non-zero). */
export function assertDemoAllowed(config: Config, env: Record<string, string | undefined> = process.env): void {
  const refusal = demoRefusal(config, env);
  if (refusal) throw new ConfigError([refusal]);
}
