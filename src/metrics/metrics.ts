// Prometheus metrics at /metrics, behind METRICS_TOKEN when set. Pipeline figures are read from
// the database, so they are right after a restart and agree with what the API serves; they are
// read again only after a commit.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import type { RouteHandler } from '../http/server.js';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { OPENTIP_PROVIDER, utcDay } from '../reputation/index.js';
import { dataStamp } from '../stats/cache.js';

interface DbFigures {
  runs: Array<[string, number]>;
  lastDurations: Array<[string, number]>;
  attributesProcessed: number;
  warninglistFalsePositives: number;
  reputationFalsePositives: number;
  curation: Array<{ action: string; status: string; count: number }>;
  opentipBudgetLeft: number;
  lastSuccessfulDay: string | null;
}

async function readFigures(prisma: Db, config: Config): Promise<DbFigures> {
  const runs = await prisma.pipelineRun.groupBy({ by: ['status'], _count: { _all: true } });
  const lastDurations: Array<[string, number]> = [];
  for (const status of ['SUCCEEDED', 'FAILED', 'CANCELLED'] as const) {
    const run = await prisma.pipelineRun.findFirst({ where: { status, startedAt: { not: null }, finishedAt: { not: null } }, orderBy: { finishedAt: 'desc' } });
    if (run) lastDurations.push([status.toLowerCase(), (run.finishedAt!.getTime() - run.startedAt!.getTime()) / 1000]);
  }
  const processed = await prisma.pipelineRun.aggregate({ _sum: { attributesProcessed: true } });
  const sums = (await prisma.dailyContribution.aggregate({ _sum: { warninglistFalsePositives: true, reputationFalsePositives: true } }))._sum;
  const curation = await prisma.curationLog.groupBy({ by: ['action', 'status'], _count: { _all: true } });
  const usage = await prisma.reputationUsage.findUnique({ where: { provider_day: { provider: OPENTIP_PROVIDER, day: utcDay(Date.now()) } } });
  const last = await prisma.pipelineRun.findFirst({ where: { status: 'SUCCEEDED' }, orderBy: { toDay: 'desc' } });
  return {
    runs: runs.map((g) => [g.status.toLowerCase(), g._count._all]),
    lastDurations,
    attributesProcessed: processed._sum.attributesProcessed ?? 0,
    warninglistFalsePositives: sums.warninglistFalsePositives ?? 0,
    reputationFalsePositives: sums.reputationFalsePositives ?? 0,
    curation: curation.map((g) => ({ action: g.action.toLowerCase(), status: g.status.toLowerCase(), count: g._count._all })),
    opentipBudgetLeft: usage?.quotaExhaustedAt ? 0 : Math.max(0, config.opentipDailyBudget - (usage?.lookups ?? 0)),
    lastSuccessfulDay: last?.toDay ?? null,
  };
}

/** With METRICS_TOKEN set, only "Authorization: Bearer <it>" (compared in constant time). */
function metricsAuthorized(req: IncomingMessage, token: string): boolean {
  if (token === '') return true;
  const match = /^Bearer\s+(\S+)$/i.exec((req.headers.authorization ?? '').trim());
  if (!match) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}

export interface Metrics {
  registry: Registry;
  /** Detached and passed to the HTTP server as is. */
  observeHttp: (route: string, status: number, seconds: number) => void;
  handler: RouteHandler;
  /** The schedule could not queue its run (it tries again). */
  scheduleFailed(): void;
}

export function createMetrics(prisma: Db, config: Config): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'mtc_process_' });
  const requests = new Counter({ name: 'mtc_http_requests_total', help: 'HTTP requests by route and status.', labelNames: ['route', 'status'], registers: [registry] });
  const durations = new Histogram({
    name: 'mtc_http_request_duration_seconds',
    help: 'HTTP request durations by route.',
    labelNames: ['route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const scheduleFailures = new Counter({
    name: 'mtc_schedule_failures_total',
    help: 'Attempts of the daily schedule to queue its run that failed (each is retried).',
    registers: [registry],
  });
  // The database's figures, read in one go and kept until the next commit (or UTC day): a scrape
  // of an idle service costs no query, and concurrent scrapes share one read.
  let figures: { key: string; value: Promise<DbFigures> } | null = null;
  const current = async (): Promise<DbFigures> => {
    const key = `${await dataStamp(prisma)}:${utcDay(Date.now())}`;
    if (!figures || figures.key !== key || key.startsWith('null')) {
      const value = readFigures(prisma, config);
      figures = { key, value };
      value.catch(() => figures?.value === value && (figures = null));
    }
    return figures.value;
  };
  new Gauge({
    name: 'mtc_runs',
    help: 'Pipeline runs by status.',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [status, n] of (await current()).runs) this.set({ status }, n);
    },
  });
  new Gauge({
    name: 'mtc_run_last_duration_seconds',
    help: 'Duration of the last finished run, by outcome.',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [status, seconds] of (await current()).lastDurations) this.set({ status }, seconds);
    },
  });
  new Gauge({
    name: 'mtc_attributes_processed',
    help: 'Attributes read from MISP by all runs.',
    registers: [registry],
    async collect() {
      this.set((await current()).attributesProcessed);
    },
  });
  new Gauge({
    name: 'mtc_false_positives',
    help: 'False positives in the stored daily counts, by source.',
    labelNames: ['source'],
    registers: [registry],
    async collect() {
      const f = await current();
      this.set({ source: 'warninglist' }, f.warninglistFalsePositives);
      this.set({ source: 'reputation' }, f.reputationFalsePositives);
    },
  });
  new Gauge({
    name: 'mtc_curation_actions',
    help: 'Curation log rows by action and status.',
    labelNames: ['action', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const g of (await current()).curation) this.set({ action: g.action, status: g.status }, g.count);
    },
  });
  new Gauge({
    name: 'mtc_opentip_budget_left',
    help: 'OpenTIP requests left today (UTC) within OPENTIP_DAILY_BUDGET; 0 once the quota is spent.',
    registers: [registry],
    async collect() {
      this.set((await current()).opentipBudgetLeft);
    },
  });
  new Gauge({
    name: 'mtc_last_successful_day_timestamp_seconds',
    help: 'Start (UTC) of the latest day covered by a successful run.',
    registers: [registry],
    async collect() {
      const day = (await current()).lastSuccessfulDay;
      if (day) this.set(Date.parse(`${day}T00:00:00Z`) / 1000);
    },
  });

  return {
    registry,
    scheduleFailed: () => scheduleFailures.inc(),
    observeHttp(route, status, seconds) {
      requests.inc({ route, status: String(status) });
      durations.observe({ route }, seconds);
    },
    async handler(req, res) {
      if (!metricsAuthorized(req, config.metricsToken)) {
        res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer realm="metrics"' });
        res.end('/metrics needs "Authorization: Bearer <METRICS_TOKEN>" (set in the scraper\'s configuration, e.g. Prometheus\' authorization.credentials).\n');
        return;
      }
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(body);
    },
  };
}
