// After the kills: the interrupted-and-resumed backfill against the clean run, and the MISP
// simulator's mutation log against the curation log.
import type { MispSimulator } from '../../../src/misp/simulator/index.js';
import { COUNT_FIELDS, RUN_FIELDS, type SoakCuration, type Snapshot } from './scenario.js';

/** What MISP holds after the backfill, per curated attribute. */
export interface AppliedChanges {
  /** Attribute id → successful changes of the scenario's kind (deletions, or our sightings as MISP keeps them). */
  perAttribute: Map<string, number>;
  /** Attempts that found the change already made (a delete answered 404, a sighting MISP already had). */
  repeatAttempts: number;
  /** MISP changes of another kind, and refusals: `action attribute (status)`. */
  unexpected: string[];
}

/** Read from the simulator: the mutation log for deletes, the sightings MISP keeps for sightings. */
export function appliedChanges(misp: MispSimulator, curation: SoakCuration, resumed: Snapshot): AppliedChanges {
  const applied: AppliedChanges = { perAttribute: new Map(), repeatAttempts: 0, unexpected: [] };
  const add = (attribute: string) => applied.perAttribute.set(attribute, (applied.perAttribute.get(attribute) ?? 0) + 1);
  for (const m of misp.mutations) {
    if (m.action !== curation) applied.unexpected.push(`${m.action} ${m.attribute} (${m.status})`);
    else if (curation === 'soft-delete' && m.status === 200) add(m.attribute);
    else if (curation === 'soft-delete' && m.status === 404) applied.repeatAttempts++;
    else if (m.status !== 200) applied.unexpected.push(`${m.action} ${m.attribute} (${m.status})`);
  }
  if (curation === 'sighting') {
    // Each sighting MISP holds, whatever the answers said: a saved sighting whose answer was lost counts.
    for (const s of misp.sightings.all()) add(String(s.attributeId));
    applied.repeatAttempts = resumed.curation.filter((r) => r.status === 'DONE' && r.error?.includes('already had')).length;
  }
  return applied;
}

export interface Verdict {
  /** Values compared: every count of every day row and breakdown, the run's totals and its notes. */
  countsCompared: number;
  countsDiffering: number;
  /** Counted attributes missing from (or extra in) the resumed run's day rows, and day rows lost or doubled. */
  countedLost: number;
  countedDoubled: number;
  /** Curated attributes the clean run has and the resumed run has not (no DONE row, or not deleted in MISP), and the reverse. */
  curatedLost: number;
  curatedExtra: number;
  /** Attributes with more than one curation log row in the run. */
  doubledLogRows: number;
  /** Successful MISP changes without a DONE row, and DONE rows without a successful MISP change. */
  unloggedChanges: number;
  loggedNotActed: number;
  /** Attributes MISP deleted (or sighted) more than once: extra successful deletes, extra sightings. */
  duplicateDeletions: number;
  /** Deletes MISP answered 404 because the attribute was already deleted, sightings found already made: repeat attempts, not second changes. */
  repeatAttempts: number;
  /** MISP changes other than the scenario's action, and refusals. */
  unexpectedMutations: number;
  plannedLeft: number;
  failedRows: number;
  runSucceeded: boolean;
  problems: string[];
}

/** A verdict with every tally at zero, for the checks to add to (or for a run that never got checked). */
export function zeroVerdict(runSucceeded: boolean, problems: string[]): Verdict {
  return {
    countsCompared: 0,
    countsDiffering: 0,
    countedLost: 0,
    countedDoubled: 0,
    curatedLost: 0,
    curatedExtra: 0,
    doubledLogRows: 0,
    unloggedChanges: 0,
    loggedNotActed: 0,
    duplicateDeletions: 0,
    repeatAttempts: 0,
    unexpectedMutations: 0,
    plannedLeft: 0,
    failedRows: 0,
    runSucceeded,
    problems,
  };
}

/** Lost + doubled, counting and curation together: must be 0. */
export function lostOrDoubled(v: Verdict): number {
  return v.countedLost + v.countedDoubled + v.curatedLost + v.curatedExtra + v.doubledLogRows + v.unloggedChanges + v.loggedNotActed;
}

export function verify(resumed: Snapshot, clean: Snapshot, applied: AppliedChanges): Verdict {
  const problems: string[] = [];
  const note = (text: string) => {
    if (problems.length < 20) problems.push(text);
  };
  const v = zeroVerdict(resumed.run.status === 'SUCCEEDED' && resumed.run.currentDay === null && resumed.run.error === null, problems);
  if (!v.runSucceeded) note(`the run ended ${resumed.run.status} on ${resumed.run.currentDay ?? '-'}: ${resumed.run.error ?? ''}`);

  // Counts: every key of either side, every field.
  for (const key of new Set([...clean.counts.keys(), ...resumed.counts.keys()])) {
    const want = clean.counts.get(key);
    const got = resumed.counts.get(key);
    for (const f of COUNT_FIELDS) {
      v.countsCompared++;
      const a = want?.[f] ?? 0;
      const b = got?.[f] ?? 0;
      if (a !== b || !want !== !got) {
        v.countsDiffering++;
        note(`${key} ${f}: clean ${want ? a : 'missing'}, resumed ${got ? b : 'missing'}`);
      }
    }
    if (!key.includes('|type:') && !key.includes('|creator:')) {
      const a = want?.seen ?? 0;
      const b = got?.seen ?? 0;
      if (b < a) v.countedLost += a - b;
      if (b > a) v.countedDoubled += b - a;
    }
  }
  for (const [key, n] of resumed.dayRows) {
    if (n > 1) {
      v.countedDoubled += n - 1;
      note(`${key}: ${n} day rows`);
    }
  }
  for (const key of clean.dayRows.keys()) {
    if (!resumed.dayRows.has(key)) {
      v.countedLost++;
      note(`${key}: day row missing`);
    }
  }
  for (const f of RUN_FIELDS) {
    v.countsCompared++;
    if (resumed.run[f] !== clean.run[f]) {
      v.countsDiffering++;
      note(`run ${f}: clean ${clean.run[f]}, resumed ${resumed.run[f]}`);
    }
  }

  v.countsCompared++;
  if (resumed.run.notes !== clean.run.notes) {
    v.countsDiffering++;
    note(`run notes: clean ${JSON.stringify(clean.run.notes)}, resumed ${JSON.stringify(resumed.run.notes)}`);
  }

  // The curation log.
  const rowsPerAttribute = new Map<string, number>();
  for (const r of resumed.curation) rowsPerAttribute.set(r.attribute, (rowsPerAttribute.get(r.attribute) ?? 0) + 1);
  for (const [attribute, n] of rowsPerAttribute) {
    if (n > 1) {
      v.doubledLogRows += n - 1;
      note(`attribute ${attribute}: ${n} curation log rows`);
    }
  }
  v.plannedLeft = resumed.curation.filter((r) => r.status === 'PLANNED').length;
  v.failedRows = resumed.curation.filter((r) => r.status === 'FAILED').length;
  if (v.plannedLeft > 0) note(`${v.plannedLeft} curation rows left PLANNED`);
  for (const r of resumed.curation.filter((x) => x.status === 'FAILED').slice(0, 3)) note(`curation row ${r.id} (attribute ${r.attribute}) FAILED: ${r.error}`);

  // MISP's side: each successful change has exactly one DONE row, and the reverse.
  const deletions = applied.perAttribute;
  v.repeatAttempts = applied.repeatAttempts;
  v.unexpectedMutations = applied.unexpected.length;
  for (const m of applied.unexpected.slice(0, 5)) note(`unexpected MISP change or refusal: ${m}`);
  for (const [attribute, n] of deletions) {
    if (n > 1) {
      v.duplicateDeletions += n - 1;
      note(`attribute ${attribute} changed ${n} times in MISP`);
    }
  }
  const done = new Set(resumed.curation.filter((r) => r.status === 'DONE').map((r) => r.attribute));
  for (const attribute of deletions.keys()) {
    if (!done.has(attribute)) {
      v.unloggedChanges++;
      note(`attribute ${attribute} deleted in MISP without a DONE log row`);
    }
  }
  for (const attribute of done) {
    if (!deletions.has(attribute)) {
      v.loggedNotActed++;
      note(`attribute ${attribute} logged DONE but never deleted in MISP`);
    }
  }

  // Against the clean run.
  const cleanDone = new Set(clean.curation.filter((r) => r.status === 'DONE').map((r) => r.attribute));
  for (const attribute of cleanDone) {
    if (!done.has(attribute) || !deletions.has(attribute)) {
      v.curatedLost++;
      note(`attribute ${attribute}: curated by the clean run, not by the resumed one`);
    }
  }
  for (const attribute of new Set([...done, ...deletions.keys()])) {
    if (!cleanDone.has(attribute)) {
      v.curatedExtra++;
      note(`attribute ${attribute}: curated by the resumed run, not by the clean one`);
    }
  }
  return v;
}
