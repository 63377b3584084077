/**
 * `npm run sim:opentip -- [--port 8089] [--key KEY] [--quota N] [--seed N] [--latency MS] [--error-rate R]`
 * Starts the OpenTIP simulator and prints the settings to give the service.
 */
import { parseArgs } from 'node:util';
import { startOpenTipSimulator } from './server.js';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '0' },
    key: { type: 'string' },
    quota: { type: 'string' },
    seed: { type: 'string', default: '1' },
    latency: { type: 'string', default: '0' },
    'error-rate': { type: 'string', default: '0' },
  },
});

const number = (name: string, text: string): number => {
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number ≥ 0, got ${JSON.stringify(text)}.`);
  return n;
};

const latencyMs = number('latency', values.latency);
const errorRate = number('error-rate', values['error-rate']);
const sim = await startOpenTipSimulator({
  host: values.host,
  port: number('port', values.port),
  ...(values.key !== undefined && { apiKey: values.key }),
  ...(values.quota !== undefined && { quota: number('quota', values.quota) }),
  seed: number('seed', values.seed),
  faults: { ...(latencyMs > 0 && { latencyMs }), ...(errorRate > 0 && { errorRate }) },
});

const origin = new URL(sim.url).origin;
console.log(`OpenTIP simulator listening on ${sim.url}`);
console.log(`  OPENTIP_URL=${sim.url}`);
console.log(`  OPENTIP_KEY=${sim.apiKey}`);
console.log(`  counters: GET ${origin}/__sim/counters   faults: GET/POST ${origin}/__sim/faults`);

const stop = () => {
  void sim.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
