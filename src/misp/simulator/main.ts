/** `npm run sim:misp -- --port 8443 --communities 12 --days 30 --per-day 2000 --seed 1` */
import { parseArgs } from 'node:util';
import { parseFaultConfig } from '../../sim/faults.js';
import { MispSimulator } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8443' },
    host: { type: 'string', default: '127.0.0.1' },
    communities: { type: 'string', default: '3' },
    days: { type: 'string', default: '7' },
    'per-day': { type: 'string', default: '2000' },
    'start-date': { type: 'string' },
    seed: { type: 'string', default: '1' },
    'fp-share': { type: 'string' },
    'max-event-size': { type: 'string' },
    'oversized-events': { type: 'string' },
    warninglists: { type: 'string' },
    'builtin-warninglists': { type: 'boolean', default: false },
    event: { type: 'string', multiple: true },
    faults: { type: 'string' },
  },
});

const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const today = new Date();
const days = Number(values.days);
// By default the data ends yesterday, so "process the previous day" has something to read.
const defaultStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - days)).toISOString().slice(0, 10);

const sim = await MispSimulator.start({
  port: Number(values.port),
  host: values.host,
  communities: Number(values.communities),
  days,
  perDay: Number(values['per-day']),
  startDate: values['start-date'] ?? defaultStart,
  seed: Number(values.seed),
  falsePositiveShare: num(values['fp-share']),
  maxEventSize: num(values['max-event-size']),
  oversizedEventsPerDay: num(values['oversized-events']),
  warninglistsDir: values['builtin-warninglists'] ? false : values.warninglists,
  eventFiles: values.event ?? [],
  faults: values.faults ? parseFaultConfig(JSON.parse(values.faults)) : {},
});

const first = sim.dataset.dayRange(0);
const lines = [
  `MISP simulator listening on ${sim.url}`,
  `  data: ${sim.dataset.communities} communities, ${days} days from ${new Date(first.from * 1000).toISOString().slice(0, 10)}, ${sim.dataset.perDay} attributes/day, ${sim.warninglists.size} warninglists`,
  `  site-admin key : ${sim.keys.admin}`,
  `  non-admin key  : ${sim.keys.user}  (analyst@host.example)`,
  ...sim.keys.sync.map((k, i) => `  sync key ${String(i + 1).padStart(2, '0')}    : ${k}  (${sim.keys.syncEmails[i]})`),
  '',
  `  curl -H 'Authorization: ${sim.keys.admin}' -H 'Accept: application/json' ${sim.url}/servers/getVersion`,
  `  faults: curl -X POST -d '{"errorRate":0.2}' ${sim.url}/__sim/faults   mutations: curl ${sim.url}/__sim/mutations`,
];
console.log(lines.join('\n'));

const shutdown = () => void sim.stop().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
