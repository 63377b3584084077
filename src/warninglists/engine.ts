import { CidrIndex } from './cidr-index.js';
import { compileWarninglist, type CompiledWarninglist, type RefusedEntry, type RegexEntry } from './compile.js';
import { HitSink } from './hit-sink.js';
import { HostnameIndex } from './hostname-index.js';
import { REGEX_MAX_VALUE_LENGTH } from './regex-bound.js';
import { StringIndex } from './string-index.js';
import { SubstringIndex } from './substring-index.js';
import { WARNINGLIST_TYPES, type EngineStats, type EntryProblem, type WarninglistDefinition, type WarninglistHit, type WarninglistType } from './types.js';

/** Which lists apply to one attribute type, and so which indexes it must consult. */
interface MatchPlan {
  applicable: Uint8Array;
  applicableLists: number;
  composite: boolean;
  string: boolean;
  hostname: boolean;
  cidr: boolean;
  substring: boolean;
  regexLists: number[];
}

/** MISP splits `malware-sample` and every `a|b` type once on the first `|` (explode with limit 2). */
export function isCompositeType(type: string): boolean {
  return type === 'malware-sample' || type.includes('|');
}

export function listApplies(definition: WarninglistDefinition, type: string): boolean {
  return definition.matchingAttributes.includes('ALL') || definition.matchingAttributes.includes(type);
}

/** Plans are cached per attribute type; garbage types must not grow the cache without bound. */
const MAX_CACHED_PLANS = 4096;

/**
 * Matches attribute values against warninglists exactly as MISP does, through one index per list
 * type shared by all lists. Not safe for concurrent use from several threads (it reuses buffers),
 * which JavaScript does not do anyway.
 */
export class WarninglistEngine {
  private readonly definitions: WarninglistDefinition[];
  private readonly regexes: RegexEntry[][];
  private readonly allProblems: EntryProblem[];
  private readonly allRefused: RefusedEntry[];
  private readonly strings = new StringIndex();
  private readonly hostnames = new HostnameIndex();
  private readonly cidrs = new CidrIndex();
  private readonly substrings = new SubstringIndex();
  private readonly plans = new Map<string, MatchPlan>();
  private readonly sink: HitSink;

  private constructor(compiled: readonly CompiledWarninglist[]) {
    this.definitions = compiled.map((c) => c.definition);
    this.regexes = compiled.map((c) => c.regexes);
    this.allProblems = compiled.flatMap((c) => c.problems);
    this.allRefused = compiled.flatMap((c) => c.refused);
    compiled.forEach((c, list) => {
      const entries = c.definition.entries;
      if (c.definition.type === 'string') this.strings.add(list, entries);
      else if (c.definition.type === 'hostname') this.hostnames.add(list, c.hostnames);
      else if (c.definition.type === 'cidr') this.cidrs.add(list, c.cidrs, entries);
      else if (c.definition.type === 'substring') this.substrings.add(list, entries);
    });
    this.hostnames.build();
    this.cidrs.build();
    this.substrings.build(compiled.length);
    this.sink = new HitSink(compiled.length);
  }

  static build(definitions: readonly WarninglistDefinition[]): WarninglistEngine {
    return new WarninglistEngine(definitions.map(compileWarninglist));
  }

  /** Builds from lists compiled earlier (e.g. cached per list id and version). */
  static fromCompiled(compiled: readonly CompiledWarninglist[]): WarninglistEngine {
    return new WarninglistEngine(compiled);
  }

  get lists(): readonly WarninglistDefinition[] {
    return this.definitions;
  }

  /** Entries that can never match: invalid or unreachable cidrs, invalid or untranslatable regexes. */
  get problems(): readonly EntryProblem[] {
    return this.allProblems;
  }

  /** Entries too broad for any real list: matched (counting stays MISP's), but their lists are not curated. */
  get refused(): readonly RefusedEntry[] {
    return this.allRefused;
  }

  private plan(type: string): MatchPlan {
    const cached = this.plans.get(type);
    if (cached) return cached;
    const plan: MatchPlan = {
      applicable: new Uint8Array(this.definitions.length),
      applicableLists: 0,
      composite: isCompositeType(type),
      string: false,
      hostname: false,
      cidr: false,
      substring: false,
      regexLists: [],
    };
    this.definitions.forEach((definition, list) => {
      if (!listApplies(definition, type)) return;
      plan.applicable[list] = 1;
      plan.applicableLists++;
      if (definition.type === 'regex') plan.regexLists.push(list);
      else plan[definition.type] = true;
    });
    if (this.plans.size >= MAX_CACHED_PLANS) this.plans.clear();
    this.plans.set(type, plan);
    return plan;
  }

  /** Checks one part of a value against every index the plan needs; true when the sink is full. */
  private collect(plan: MatchPlan, part: string): boolean {
    const sink = this.sink;
    sink.current = part;
    if (plan.string && this.strings.collect(part, sink)) return true;
    if (plan.hostname && this.hostnames.collect(part, sink)) return true;
    if (plan.cidr && this.cidrs.collect(part, sink)) return true;
    if (plan.substring && this.substrings.collect(part, sink)) return true;
    // Longer values are not tested by regex entries (regex-bound.ts): no match, as when PCRE gives up.
    for (const list of part.length > REGEX_MAX_VALUE_LENGTH ? [] : plan.regexLists) {
      if (!sink.wants(list)) continue;
      for (const { entry, regex } of this.regexes[list] ?? []) {
        if (regex !== null && regex.test(part)) {
          if (sink.add(list, entry)) return true;
          break;
        }
      }
    }
    return false;
  }

  /** Runs the plan over each part of the value (first part first), sharing one sink. */
  private run(plan: MatchPlan, value: string, stopAtFirst: boolean): void {
    this.sink.reset(plan.applicable, stopAtFirst);
    if (plan.applicableLists === 0) return;
    const bar = plan.composite ? value.indexOf('|') : -1;
    if (bar < 0) {
      this.collect(plan, value);
      return;
    }
    if (this.collect(plan, value.slice(0, bar))) return;
    this.collect(plan, value.slice(bar + 1));
  }

  private drainHits(): WarninglistHit[] {
    const { lists, entries, values, size } = this.sink;
    const order = Array.from({ length: size }, (_, i) => i).sort((a, b) => (lists[a] ?? 0) - (lists[b] ?? 0));
    return order.map((i) => {
      const definition = this.definitions[lists[i] ?? 0] as WarninglistDefinition;
      return { listId: definition.id, listName: definition.name, entry: entries[i] ?? '', value: values[i] ?? '' };
    });
  }

  /** True when any applicable list hits any part of the value: the fast path for counting. */
  isHit(type: string, value: string): boolean {
    this.run(this.plan(type), value, true);
    return this.sink.size > 0;
  }

  /**
   * Adds one to `perList[l]` for every list `l` (an index in `lists`) that hits the value, without
   * building the hits, and returns how many lists hit: what curation's per-list breaker counts.
   */
  countHitLists(type: string, value: string, perList: Int32Array): number {
    this.run(this.plan(type), value, false);
    const { lists, size } = this.sink;
    for (let i = 0; i < size; i++) perList[lists[i]!]!++;
    return size;
  }

  /** The indexes (in `lists`) of the lists that hit the value. */
  hitLists(type: string, value: string): number[] {
    this.run(this.plan(type), value, false);
    return this.sink.lists.slice(0, this.sink.size);
  }

  /**
   * Every list that hits, in list order, one hit per list as MISP reports it: for a composite value
   * the first half that hits that list.
   */
  match(type: string, value: string): WarninglistHit[] {
    this.run(this.plan(type), value, false);
    return this.drainHits();
  }

  stats(): EngineStats {
    const zero = (): Record<WarninglistType, number> => Object.fromEntries(WARNINGLIST_TYPES.map((t) => [t, 0])) as Record<WarninglistType, number>;
    const listsByType = zero();
    const entriesByType = zero();
    for (const d of this.definitions) {
      listsByType[d.type]++;
      entriesByType[d.type] += d.entries.length;
    }
    const problems = { 'invalid-cidr': 0, 'unreachable-cidr': 0, 'invalid-regex': 0, 'untranslatable-regex': 0, 'unbounded-regex': 0 };
    for (const p of this.allProblems) problems[p.kind]++;
    return { lists: this.definitions.length, listsByType, entriesByType, problems, cachedPlans: this.plans.size };
  }
}
