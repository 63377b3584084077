// http:// to MISP or OpenTIP sends the API key, and MISP's answers, in clear over the network.
// Allowed (a lab, a MISP behind a local proxy), but said at start. Loopback needs no warning:
// nothing leaves the host (the demo's simulators).
import type { Config } from './settings.js';

export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** One sentence per setting that sends a key over plain HTTP to another host. */
export function insecureUrlWarnings(config: Config): string[] {
  const warnings: string[] = [];
  for (const [env, url, key] of [
    ['MISP_URL', config.mispUrl, 'MISP_KEY'],
    ['OPENTIP_URL', config.opentipUrl, 'OPENTIP_KEY'],
  ] as const) {
    if (!/^http:\/\//i.test(url)) continue;
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      continue;
    }
    if (isLoopbackHost(host)) continue;
    warnings.push(`${env} uses http:// (${host}): ${key} and the answers cross the network unencrypted. Use https:// (MISP_CA_FILE for a self-signed MISP).`);
  }
  return warnings;
}
