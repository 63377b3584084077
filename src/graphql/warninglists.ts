// Warninglists in use, and "why was this deleted?": the checks that decide one indicator.
import type { IndicatorCheckResult } from './context.js';
import { builder } from './builder.js';
import { ConflictError } from './errors.js';
import { badInput } from './range.js';

/** How many curation log rows checkIndicator returns for the value. */
const CHECK_LOG_ROWS = 10;

const RefusedEntryType = builder.objectRef<{ entry: string; reason: string }>('RefusedWarninglistEntry').implement({
  description: 'An entry too broad for any real warninglist: still matched for counting, as MISP does, but its list is never curated.',
  fields: (t) => ({
    entry: t.exposeString('entry', { description: 'The entry, as the list writes it.' }),
    reason: t.exposeString('reason', { description: 'Why it is too broad.' }),
  }),
});

builder.prismaObject('Warninglist', {
  description: 'A MISP warninglist known to the service, as last loaded.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Local id.' }),
    source: t.exposeString('source', { description: 'Where it was loaded from: "misp" or "directory" (WARNINGLISTS_DIR).' }),
    listId: t.exposeString('listId', { description: "MISP's warninglist id, or the directory name." }),
    name: t.exposeString('name', { description: "The list's name." }),
    type: t.exposeString('type', { description: 'How entries match: string, hostname, cidr, substring or regex.' }),
    version: t.exposeInt('version', { description: "The list's version." }),
    description: t.exposeString('description', { nullable: true, description: "The list's own description." }),
    category: t.exposeString('category', { nullable: true, description: 'MISP category: false-positive or known.' }),
    matchingAttributes: t.stringList({
      description: 'The MISP attribute types it applies to; ["ALL"] when unrestricted.',
      resolve: (w) => {
        const parsed: unknown = JSON.parse(w.matchingAttributes);
        return Array.isArray(parsed) ? parsed.map(String) : [];
      },
    }),
    entryCount: t.exposeInt('entryCount', { description: 'Entries loaded.' }),
    invalidEntries: t.exposeInt('invalidEntries', {
      description:
        'Entries that never match, reported at load: invalid or unreachable networks, regexes PHP rejects (the /g of phone_numbers), cannot be translated, or could take unbounded time (nested repetitions).',
    }),
    refusedEntries: t.field({
      type: [RefusedEntryType],
      description:
        'Entries too broad for any real list (e.g. 0.0.0.0/0, a bare TLD, a one-character substring, a regex matching the empty string). A selected list with any is counted but never curated. Checked for selected lists only.',
      resolve: (w) => {
        const parsed: unknown = JSON.parse(w.refusedEntries);
        return Array.isArray(parsed) ? (parsed as { entry: string; reason: string }[]) : [];
      },
    }),
    curatedVersion: t.exposeInt('curatedVersion', {
      nullable: true,
      description:
        'The version a day was last curated with; null: never. While it differs from version the list is new or changed, and curates nothing on its first day (unless CURATION_TRUST_NEW_LISTS).',
    }),
    breakerTrippedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The last day the list hit more than CURATION_MAX_LIST_SHARE of the evaluated attributes, so that its hits were counted but not curated.',
      resolve: (w) => w.breakerDay,
    }),
    breakerShare: t.exposeFloat('breakerShare', { nullable: true, description: "The share of that day's evaluated attributes the list hit, from 0 to 1." }),
    selected: t.exposeBoolean('selected', { description: 'Used for counting and curation (WARNINGLIST_FILTERS, _MAX_ENTRIES, _INCLUDE, _EXCLUDE).' }),
    refreshedAt: t.expose('refreshedAt', { type: 'DateTime', description: 'When it was last loaded.' }),
  }),
});

const DecisionEnum = builder.enumType('IndicatorDecision', {
  description: 'The count an indicator falls in, as the pipeline decides it.',
  values: {
    WARNINGLIST_FALSE_POSITIVE: { description: 'Hits a selected warninglist: a false positive, curated.' },
    REPUTATION_FALSE_POSITIVE: { description: 'No warninglist hit, reputation benign: a false positive, curated.' },
    MALICIOUS: { description: 'Reputation malicious: a quality IoC.' },
    UNKNOWN: { description: 'Reputation unknown, no lookup kind, or no provider: a quality IoC.' },
    UNCHECKED: { description: 'Not looked up yet (no fresh cached verdict; checking never spends budget): a quality IoC for now.' },
  } as const,
});

const OutcomeEnum = builder.enumType('ReputationOutcome', {
  description: 'The reputation verdict of a value.',
  values: {
    BENIGN: { value: 'benign', description: 'Benign (OpenTIP Green).' },
    MALICIOUS: { value: 'malicious', description: 'Malicious (OpenTIP Red, Orange, Yellow).' },
    UNKNOWN: { value: 'unknown', description: 'Unknown (OpenTIP Grey, 400, 404, or failed).' },
    UNCHECKED: { value: 'unchecked', description: 'No fresh verdict in the cache.' },
  } as const,
});

type Hit = IndicatorCheckResult['warninglistHits'][number];
type Reputation = NonNullable<IndicatorCheckResult['reputation']>;
type Evidence = Reputation['evidence'][number];

const HitType = builder.objectRef<Hit>('WarninglistHit').implement({
  description: 'A selected warninglist that matches the value.',
  fields: (t) => ({
    listId: t.exposeString('listId', { description: "MISP's warninglist id, or the directory name." }),
    listName: t.exposeString('listName', { description: "The list's name." }),
    entry: t.exposeString('entry', { description: 'The entry that matched.' }),
    value: t.exposeString('value', { description: 'The form of the value that was matched (e.g. the host of a URL).' }),
  }),
});

const EvidenceType = builder.objectRef<Evidence>('ReputationEvidence').implement({
  description: 'One cached verdict behind a reputation outcome (composite types have several, e.g. domain|ip).',
  fields: (t) => ({
    provider: t.exposeString('provider', { description: 'The provider, e.g. opentip.' }),
    kind: t.exposeString('kind', { description: 'What was looked up: ip, domain, url or hash.' }),
    value: t.exposeString('value', { description: 'The normalised value looked up.' }),
    zone: t.exposeString('zone', { nullable: true, description: "The provider's own verdict, e.g. OpenTIP's zone." }),
    checkedAt: t.expose('checkedAt', { type: 'DateTime', description: 'When it was looked up.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the cached verdict stops being trusted.' }),
    source: t.exposeString('source', { description: 'Where the verdict came from (e.g. the cache).' }),
  }),
});

const ReputationType = builder.objectRef<Reputation>('ReputationCheck').implement({
  description: 'The reputation of a value from cached verdicts only.',
  fields: (t) => ({
    outcome: t.field({ type: OutcomeEnum, description: 'The combined verdict.', resolve: (r) => r.outcome }),
    evidence: t.field({ type: [EvidenceType], description: 'The cached verdicts behind it.', resolve: (r) => r.evidence }),
  }),
});

const IndicatorCheckType = builder.objectRef<IndicatorCheckResult>('IndicatorCheck').implement({
  description: 'Why an indicator is (or would be) kept or curated.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'The MISP attribute type asked about.' }),
    value: t.exposeString('value', { description: 'The value asked about.' }),
    decision: t.field({ type: DecisionEnum, description: 'The count it falls in.', resolve: (r) => r.decision }),
    warninglistHits: t.field({ type: [HitType], description: 'Selected warninglists matching it; empty when none.', resolve: (r) => r.warninglistHits }),
    reputation: t.field({ type: ReputationType, nullable: true, description: 'The cached reputation; null when the type has no lookup kind.', resolve: (r) => r.reputation }),
    curationLogs: t.prismaField({
      type: ['CurationLog'],
      description: `The latest ${CHECK_LOG_ROWS} curation log rows for this exact value, newest first.`,
      resolve: (query, r, _args, ctx) => ctx.prisma.curationLog.findMany({ ...query, where: { value: r.value }, orderBy: { id: 'desc' }, take: CHECK_LOG_ROWS }),
    }),
  }),
});

builder.queryFields((t) => ({
  warninglists: t.prismaField({
    type: ['Warninglist'],
    description: 'The warninglists known to the service, by name.',
    authScopes: { reader: true },
    args: { selectedOnly: t.arg.boolean({ defaultValue: true, required: true, description: 'Only the lists used for counting; false lists every known list.' }) },
    resolve: (query, _root, args, ctx) => ctx.prisma.warninglist.findMany({ ...query, where: args.selectedOnly ? { selected: true } : {}, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
  checkIndicator: t.field({
    type: IndicatorCheckType,
    description: '"Why was this deleted?": the warninglist hits and cached reputation that decide an indicator, and its curation log. Never spends lookup budget.',
    authScopes: { reader: true },
    args: {
      type: t.arg.string({ required: true, description: 'MISP attribute type, e.g. ip-dst, domain, url, sha256.' }),
      value: t.arg.string({ required: true, description: 'The value, as in MISP.' }),
    },
    resolve: (_root, args, ctx) => {
      const [type, value] = [args.type.trim(), args.value.trim()];
      if (type === '') throw badInput('Give the MISP attribute type, e.g. ip-dst or domain.', 'type');
      if (value === '') throw badInput('Give the value to check.', 'value');
      return ctx.services.checkIndicator(type, value);
    },
  }),
}));

const RefreshType = builder.objectRef<{ lists: number; selected: number }>('WarninglistRefresh').implement({
  description: 'What a warninglist refresh loaded.',
  fields: (t) => ({
    lists: t.exposeInt('lists', { description: 'Lists loaded.' }),
    selected: t.exposeInt('selected', { description: 'Of those, lists selected for counting.' }),
  }),
});

builder.mutationFields((t) => ({
  refreshWarninglists: t.field({
    type: RefreshType,
    description: 'Reload the warninglists from MISP (or WARNINGLISTS_DIR) now, instead of at the next run.',
    authScopes: { admin: true },
    errors: { types: [ConflictError], dataField: { name: 'refresh', description: 'What was loaded.' } },
    resolve: (_root, _args, ctx) => ctx.services.refreshWarninglists(),
  }),
}));
