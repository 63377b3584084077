/**
 * `npm run soak [-- --cycles 50 --days 7 --per-day 2000 --faults mixed --seed 1]`
 *
 * Issue 9, crash recovery: the service (`node bin/misp-topcontrib.js serve`, a separate process)
 * runs backfills with curation against simulated MISP and OpenTIP and is killed with SIGKILL
 * `--cycles` times, at random moments and at targeted ones (a restSearch page, an OpenTIP lookup,
 * curation rows just planned, MISP having just deleted an attribute), with the fault mix on for
 * some of its lives, and restarted until each backfill succeeds. Each backfill is then compared
 * with a clean run of the same scenario. Prints the figures; exits 1 if any must-be-zero is not.
 * `--curation sighting` curates by false-positive sighting instead of soft delete.
 */
import { parseArgs } from 'node:util';
import { FAULT_MIXES, type FaultMix } from '../test/reliability/soak/faults.js';
import { killAllServices, removeSoakDirs } from '../test/reliability/soak/service-process.js';
import { SOAK_CURATIONS, type SoakCuration } from '../test/reliability/soak/scenario.js';
import { formatFigures, KILL_POINTS, runSoak, soakPassed, type KillPoint } from '../test/reliability/soak/soak.js';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '50' },
    days: { type: 'string', default: '7' },
    'per-day': { type: 'string', default: '2000' },
    faults: { type: 'string', default: 'mixed' },
    'fault-share': { type: 'string', default: '0.5' },
    'kills-per-run': { type: 'string', default: '10' },
    communities: { type: 'string', default: '4' },
    seed: { type: 'string', default: '1' },
    points: { type: 'string', default: '' },
    curation: { type: 'string', default: 'soft-delete' },
    keep: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

function whole(name: string, min: number): number {
  const n = Number(values[name as keyof typeof values]);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number of at least ${min}.`);
    process.exit(2);
  }
  return n;
}

const faults = values.faults as FaultMix;
if (!FAULT_MIXES.includes(faults)) {
  console.error(`--faults must be one of ${FAULT_MIXES.join(', ')}.`);
  process.exit(2);
}
const points = values.points ? (values.points.split(',') as KillPoint[]) : undefined;
if (points?.some((p) => !KILL_POINTS.includes(p))) {
  console.error(`--points takes a comma-separated list of ${KILL_POINTS.join(', ')}.`);
  process.exit(2);
}
const curation = values.curation as SoakCuration;
if (!SOAK_CURATIONS.includes(curation)) {
  console.error(`--curation must be one of ${SOAK_CURATIONS.join(', ')}.`);
  process.exit(2);
}
const faultShare = Number(values['fault-share']);
const options = {
  cycles: whole('cycles', 0),
  days: whole('days', 1),
  perDay: whole('per-day', 10),
  communities: whole('communities', 2),
  killsPerRun: whole('kills-per-run', 1),
  seed: whole('seed', 0),
  faults,
  faultShare: Number.isFinite(faultShare) ? Math.min(1, Math.max(0, faultShare)) : 0.5,
  ...(points && { killPoints: points }),
  keep: values.keep,
  curation,
};

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllServices();
    removeSoakDirs();
    process.exit(130);
  });
}

const command =
  `npm run soak -- --cycles ${options.cycles} --days ${options.days} --per-day ${options.perDay} --faults ${faults} --seed ${options.seed}` +
  (options.killsPerRun !== 10 ? ` --kills-per-run ${options.killsPerRun}` : '') +
  (values['fault-share'] !== '0.5' ? ` --fault-share ${values['fault-share']}` : '') +
  (options.communities !== 4 ? ` --communities ${options.communities}` : '') +
  (points ? ` --points ${values.points}` : '') +
  (curation !== 'soft-delete' ? ` --curation ${curation}` : '');
console.log(`soak: ${command}`);
const figures = await runSoak({ ...options, onProgress: values.quiet ? undefined : (m) => console.log(`  ${m}`) });
console.log('');
console.log(formatFigures(figures, command));
if (figures.problems.length > 0) {
  console.log('\nProblems:');
  for (const p of figures.problems.slice(0, 40)) console.log(`  - ${p}`);
}
const passed = soakPassed(figures);
console.log(
  `\n${passed ? 'PASS' : 'FAIL'}: lost or doubled ${figures.lostOrDoubled}, duplicate ${curation === 'sighting' ? 'sightings' : 'deletions'} ${figures.duplicateDeletions}, counts differing ${figures.countsDiffering}.`,
);
process.exit(passed ? 0 : 1);
