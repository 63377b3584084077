// Every setting of the service: its environment variable, default, meaning and parser.
// The README's configuration table is printed from this list (`misp-topcontrib config --markdown`),
// so the two cannot drift.
import { Cron } from 'croner';
import { z } from 'zod';

export const DEFAULT_SKIPPED_TYPES = [
  'comment',
  'text',
  'other',
  'datetime',
  'attachment',
  'port',
  'size-in-bytes',
  'counter',
  'integer',
  'cpe',
  'float',
  'hex',
  'phone-number',
  'boolean',
  'anonymised',
  'pgp-public-key',
  'pgp-private-key',
];

export const DEFAULT_WARNINGLIST_FILTERS = ['osint', 'google', '1000', 'microsoft', 'amazon', 'cloudflare'];

export const CURATION_ACTIONS = ['soft-delete', 'disable-ids', 'tag', 'sighting', 'report-only'] as const;
export type CurationActionSetting = (typeof CURATION_ACTIONS)[number];

/** CURATION_ACTIONS: actions that change MISP, combinable; `report-only` alone. */
const actionList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim().toLowerCase())
      .filter((x) => x.length > 0),
  )
  .refine((xs) => xs.every((x) => (CURATION_ACTIONS as readonly string[]).includes(x)), `expected a comma-separated list of ${CURATION_ACTIONS.join(', ')}`)
  .refine((xs) => new Set(xs).size === xs.length, 'an action is listed twice')
  .refine((xs) => !(xs.includes('report-only') && xs.length > 1), 'report-only cannot be combined with actions that change MISP')
  .transform((xs) => xs as CurationActionSetting[]);

const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);
const bool = z
  .string()
  .trim()
  .toLowerCase()
  .refine((s) => ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(s), 'expected true or false')
  .transform((s) => ['true', '1', 'yes', 'on'].includes(s));
const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `expected a whole number from ${min} to ${max}`);
const ratio = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, 'expected a number between 0 and 1')
  .transform(Number)
  .refine((n) => n >= 0 && n <= 1, 'expected a number between 0 and 1');
const httpUrl = z
  .string()
  .trim()
  .refine((s) => s === '' || /^https?:\/\/[^\s/]+/i.test(s), 'expected an http:// or https:// URL')
  .transform((s) => s.replace(/\/+$/, ''));
const text = z.string();
/** Exact origins: scheme, host and optional port, nothing more (no path, no wildcard). */
const origins = list.refine(
  (xs) => xs.every((x) => /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(x) || /^https?:\/\/\[[0-9a-f:.]+\](:\d{1,5})?$/i.test(x)),
  'expected comma-separated origins such as https://grafana.example.org (scheme, host and port only; no path, no *)',
);

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'expected an IANA time zone such as UTC or Europe/Madrid');

const cron = z
  .string()
  .trim()
  .refine((expr) => {
    if (expr === '') return true;
    try {
      new Cron(expr, { paused: true }).stop();
      return true;
    } catch {
      return false;
    }
  }, 'expected a cron expression such as "0 0 * * *" (minute hour day month weekday), or empty');

export interface Setting<T> {
  env: string;
  default: string;
  description: string;
  schema: z.ZodType<T, string>;
  secret?: boolean;
  group: string;
  /** Former names still read (with a warning) when the variable itself is not set. */
  aliases?: string[];
}

const s = <T>(setting: Setting<T>) => setting;

export const SETTINGS = {
  databasePath: s({
    group: 'Service',
    env: 'DATABASE_PATH',
    default: './data/misp-topcontrib.db',
    description: 'SQLite database file (created and migrated at start).',
    schema: text.refine((v) => v.trim() !== '', 'expected a file path'),
  }),
  httpHost: s({
    group: 'Service',
    env: 'HTTP_HOST',
    default: '127.0.0.1',
    description: 'Address the HTTP server listens on. Use 0.0.0.0 to accept remote clients.',
    schema: text.refine((v) => v.trim() !== '', 'expected a host name or address'),
  }),
  httpPort: s({ group: 'Service', env: 'HTTP_PORT', default: '4000', description: 'HTTP port for GraphQL (`/graphql`), `/health`, `/ready` and `/metrics`.', schema: int(0, 65535) }),
  httpAllowedHosts: s({
    group: 'Service',
    env: 'HTTP_ALLOWED_HOSTS',
    default: '',
    description:
      'Comma-separated host names (optionally host:port) the server answers to, checked against the Host header (against DNS rebinding); others get 421. Empty: any. `/health` and `/ready` always answer.',
    schema: list,
  }),
  httpCorsOrigins: s({
    group: 'Service',
    env: 'HTTP_CORS_ORIGINS',
    default: '',
    description: 'Comma-separated origins (e.g. https://grafana.example.org) whose pages may call `/graphql` from a browser, without credentials. Empty: same origin only.',
    schema: origins,
  }),
  httpMaxConnections: s({ group: 'Service', env: 'HTTP_MAX_CONNECTIONS', default: '256', description: 'Most open HTTP connections; further ones are closed at once.', schema: int(1, 100_000) }),
  metricsToken: s({
    group: 'Service',
    env: 'METRICS_TOKEN',
    default: '',
    description: 'When set, `/metrics` answers only requests with "Authorization: Bearer <this value>". Empty: no token (bind or filter `/metrics` at the proxy).',
    schema: text,
    secret: true,
  }),
  logLevel: s({
    group: 'Service',
    env: 'LOG_LEVEL',
    default: 'info',
    description: 'fatal, error, warn, info, debug or trace.',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  }),
  logFormat: s({ group: 'Service', env: 'LOG_FORMAT', default: 'json', description: '`json` (one object a line) or `pretty` (for terminals).', schema: z.enum(['json', 'pretty']) }),
  allowAnonymous: s({ group: 'API', env: 'GRAPHQL_ALLOW_ANONYMOUS', default: 'false', description: 'Let requests without a token read (never write) the API.', schema: bool }),
  persistedOnly: s({
    group: 'API',
    env: 'GRAPHQL_PERSISTED_ONLY',
    default: 'false',
    description:
      'Reader tokens (and anonymous reads) may run only the registered operations, by hash (`{"documentId": "<sha256>"}`); the web console, which sends its operations by hash, keeps working; admin tokens and the REST routes are not limited.',
    schema: bool,
  }),
  maxRangeDays: s({ group: 'API', env: 'GRAPHQL_MAX_RANGE_DAYS', default: '1096', description: 'Longest date range a query may ask for, in days.', schema: int(1, 36600) }),
  maxRows: s({
    group: 'API',
    env: 'GRAPHQL_MAX_ROWS',
    default: '50000',
    description:
      'Most rows one request may build, estimated before it runs from its ranges, granularities, communities and aliases (3 years by DAY for 12 communities is about 13,000). Larger queries are refused with what to narrow.',
    schema: int(100, 10_000_000),
  }),
  mispUrl: s({
    group: 'MISP',
    env: 'MISP_URL',
    default: '',
    description: 'Base URL of the MISP instance, e.g. https://misp.example.org. Empty: no MISP (runs fail with a clear error; the demo starts a simulated one).',
    schema: httpUrl,
  }),
  mispKey: s({
    group: 'MISP',
    env: 'MISP_KEY',
    default: '',
    description: "Site-admin API key of MISP (needed to read users and to curate other organisations' attributes).",
    schema: text,
    secret: true,
  }),
  mispCaFile: s({ group: 'MISP', env: 'MISP_CA_FILE', default: '', description: "PEM file of the CA that signed MISP's certificate (self-signed instances).", schema: text }),
  mispTlsInsecure: s({
    group: 'MISP',
    env: 'MISP_TLS_INSECURE',
    default: 'false',
    description: "Do not verify MISP's TLS certificate. Logged as a warning at start; prefer MISP_CA_FILE.",
    schema: bool,
  }),
  mispTimeoutMs: s({ group: 'MISP', env: 'MISP_TIMEOUT_MS', default: '60000', description: 'Timeout of one MISP request, in milliseconds.', schema: int(100, 3_600_000) }),
  mispPageSize: s({ group: 'MISP', env: 'MISP_PAGE_SIZE', default: '5000', description: 'Attributes per restSearch page.', schema: int(1, 100_000) }),
  mispRetries: s({ group: 'MISP', env: 'MISP_RETRIES', default: '5', description: 'Attempts for a MISP request that fails with a network error, 5xx or 429.', schema: int(1, 20) }),
  opentipUrl: s({ group: 'OpenTIP', env: 'OPENTIP_URL', default: 'https://opentip.kaspersky.com/api/v1', description: "Base URL of Kaspersky OpenTIP's API.", schema: httpUrl }),
  opentipKey: s({
    group: 'OpenTIP',
    env: 'OPENTIP_KEY',
    default: '',
    description: 'OpenTIP API token. Empty: no reputation lookups (values without a warninglist hit count as unknown).',
    schema: text,
    secret: true,
  }),
  opentipDailyBudget: s({ group: 'OpenTIP', env: 'OPENTIP_DAILY_BUDGET', default: '1000', description: 'Most OpenTIP requests per UTC day, retries included; kept across restarts.', schema: int(0) }),
  opentipRequestsPerMinute: s({ group: 'OpenTIP', env: 'OPENTIP_REQUESTS_PER_MINUTE', default: '60', description: 'Most OpenTIP requests per minute, spaced evenly. 0: no limit.', schema: int(0) }),
  opentipConcurrency: s({ group: 'OpenTIP', env: 'OPENTIP_CONCURRENCY', default: '4', description: 'Most OpenTIP requests in flight at once.', schema: int(1, 64) }),
  opentipTimeoutMs: s({ group: 'OpenTIP', env: 'OPENTIP_TIMEOUT_MS', default: '15000', description: 'Timeout of one OpenTIP request, in milliseconds.', schema: int(100, 600_000) }),
  freshDaysBenign: s({ group: 'OpenTIP', env: 'REPUTATION_FRESH_DAYS_BENIGN', default: '30', description: 'Days a cached benign (Green) verdict is trusted.', schema: int(0, 3650) }),
  freshDaysMalicious: s({
    group: 'OpenTIP',
    env: 'REPUTATION_FRESH_DAYS_MALICIOUS',
    default: '30',
    description: 'Days a cached malicious (Red/Orange/Yellow) verdict is trusted.',
    schema: int(0, 3650),
  }),
  freshDaysUnknown: s({ group: 'OpenTIP', env: 'REPUTATION_FRESH_DAYS_UNKNOWN', default: '7', description: 'Days a cached unknown (Grey, 400, 404) verdict is trusted.', schema: int(0, 3650) }),
  warninglistFilters: s({
    group: 'Warninglists',
    env: 'WARNINGLIST_FILTERS',
    default: DEFAULT_WARNINGLIST_FILTERS.join(','),
    description: 'Comma-separated words; a list is used when its name contains one (case-insensitive). Empty: every list.',
    schema: list,
  }),
  warninglistMaxEntries: s({
    group: 'Warninglists',
    env: 'WARNINGLIST_MAX_ENTRIES',
    default: '4000',
    description: "Lists with more entries are left out (the original tool's cap). 0: no limit.",
    schema: int(0),
  }),
  warninglistInclude: s({ group: 'Warninglists', env: 'WARNINGLIST_INCLUDE', default: '', description: 'Comma-separated names or ids always used, whatever the filters and cap.', schema: list }),
  warninglistExclude: s({ group: 'Warninglists', env: 'WARNINGLIST_EXCLUDE', default: '', description: 'Comma-separated names or ids never used.', schema: list }),
  warninglistsDir: s({
    group: 'Warninglists',
    env: 'WARNINGLISTS_DIR',
    default: '',
    description: 'A misp-warninglists checkout to read lists from instead of MISP (air-gapped set-ups).',
    schema: text,
  }),
  skippedTypes: s({
    group: 'Pipeline',
    env: 'SKIPPED_TYPES',
    default: DEFAULT_SKIPPED_TYPES.join(','),
    description: 'Comma-separated MISP attribute types left out of every count (metadata).',
    schema: list,
  }),
  maxAttributesPerEvent: s({
    group: 'Pipeline',
    env: 'MAX_ATTRIBUTES_PER_EVENT',
    default: '5000',
    description: 'Attributes of one event counted per day (first N by id); the rest count as capped. 0: no cap.',
    schema: int(0),
  }),
  schedule: s({ group: 'Pipeline', env: 'SCHEDULE', default: '0 0 * * *', description: 'Cron expression of the daily run (processes the previous day). Empty: no schedule.', schema: cron }),
  timeZone: s({ group: 'Pipeline', env: 'TIME_ZONE', default: 'UTC', description: 'Time zone of days and of the schedule (IANA name).', schema: timeZone }),
  catchUpDays: s({
    group: 'Pipeline',
    env: 'CATCH_UP_DAYS',
    default: '7',
    description: 'At start, run at most this many recent days that were missed while the service was down.',
    schema: int(0, 366),
  }),
  curationAction: s({
    group: 'Curation',
    env: 'CURATION_ACTION',
    default: 'soft-delete',
    description:
      '`soft-delete` (the original behaviour), `disable-ids`, `tag` (false-positive:risk="high"), `sighting` (a false-positive sighting, which MISP syncs back towards the community) or `report-only`.',
    schema: z.enum(CURATION_ACTIONS),
  }),
  curationActions: s({
    group: 'Curation',
    env: 'CURATION_ACTIONS',
    default: '',
    description:
      'Several actions per false positive, comma-separated, e.g. `sighting,soft-delete` (tell the community, then delete). Replaces CURATION_ACTION when set. MISP is told first, deleted last, whatever the order.',
    schema: actionList,
  }),
  sightingSource: s({
    group: 'Curation',
    env: 'SIGHTING_SOURCE',
    default: 'misp-topcontrib',
    description: 'The `source` of the false-positive sightings this service adds; it finds its own sightings by it, so keep it unique to this service.',
    schema: text.refine((v) => v.trim() !== '' && v.length <= 255, 'expected 1 to 255 characters').transform((v) => v.trim()),
  }),
  dryRun: s({ group: 'Curation', env: 'DRY_RUN', default: 'false', description: 'Count and log what curation would do, but never change MISP.', schema: bool }),
  curationMaxActionsPerDay: s({
    group: 'Curation',
    env: 'CURATION_MAX_ACTIONS_PER_DAY',
    aliases: ['CURATION_MAX_ACTIONS_PER_RUN'],
    default: '10000',
    description:
      'Most MISP changes curation may make for one day (each day of a backfill has its own); a day that would need more is reported and not curated. Formerly CURATION_MAX_ACTIONS_PER_RUN, still read with a warning.',
    schema: int(0),
  }),
  curationMaxListShare: s({
    group: 'Curation',
    env: 'CURATION_MAX_LIST_SHARE',
    default: '0.2',
    description:
      "A warninglist that hits more than this share of the day's evaluated attributes (all communities together) curates nothing that day: counted, reported, not acted on. No real list passes 4.3% on realistic data (`npm run bench:list-shares`).",
    schema: ratio,
  }),
  curationTrustNewLists: s({
    group: 'Curation',
    env: 'CURATION_TRUST_NEW_LISTS',
    default: 'false',
    description: 'Let a warninglist curate on the first day it is used, or first used in a new version. By default its hits that day are REPORT_ONLY rows.',
    schema: bool,
  }),
  curationMaxRatio: s({
    group: 'Curation',
    env: 'CURATION_MAX_RATIO',
    default: '0.5',
    description: 'A community whose false positives exceed this share of its evaluated attributes that day is not curated (suspicious: a broken list).',
    schema: ratio,
  }),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Config = { [K in SettingKey]: z.output<(typeof SETTINGS)[K]['schema']> };
