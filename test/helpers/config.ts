import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/settings.js';

/** The defaults, with the overrides given (as environment variables would set them). */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', ...env });
}
