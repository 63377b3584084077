// Prometheus metrics at /metrics. Pipeline figures are read from the database at scrape time, so
// they are right after a restart and agree with what the API serves.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Config } from '../config/settings.js';
import type { Db } from '../db/client.js';
import type { RouteHandler } from '../http/server.js';
import { OPENTIP_PROVIDER, utcDay } from '../reputation/index.js';

export interface Metrics {
  registry: Registry;
  /** Detached and passed to the HTTP server as is. */
  observeHttp: (route: string, status: number, seconds: number) => void;
  handler: RouteHandler;
}

export function createMetrics(prisma: Db, config: Config): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'mtc_process_' });
  const requests = new Counter({ name: 'mtc_http_requests_total', help: 'HTTP requests by route and status.', labelNames: ['route', 'status'], registers: [registry] });
  const durations = new Histogram({
    name: 'mtc_http_request_duration_seconds', help: 'HTTP request durations by route.', labelNames: ['route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10], registers: [registry],
  });
  new Gauge({
    name: 'mtc_runs', help: 'Pipeline runs by status.', labelNames: ['status'], registers: [registry],
    async collect() {
      this.reset();
      for (const g of await prisma.pipelineRun.groupBy({ by: ['status'], _count: { _all: true } })) this.set({ status: g.status.toLowerCase() }, g._count._all);
    },
  });
  new Gauge({
    name: 'mtc_run_last_duration_seconds', help: 'Duration of the last finished run, by outcome.', labelNames: ['status'], registers: [registry],
    async collect() {
      this.reset();
      for (const status of ['SUCCEEDED', 'FAILED', 'CANCELLED'] as const) {
        const run = await prisma.pipelineRun.findFirst({ where: { status, startedAt: { not: null }, finishedAt: { not: null } }, orderBy: { finishedAt: 'desc' } });
        if (run) this.set({ status: status.toLowerCase() }, (run.finishedAt!.getTime() - run.startedAt!.getTime()) / 1000);
      }
    },
  });
  new Gauge({
    name: 'mtc_attributes_processed', help: 'Attributes read from MISP by all runs.', registers: [registry],
    async collect() {
      this.set((await prisma.pipelineRun.aggregate({ _sum: { attributesProcessed: true } }))._sum.attributesProcessed ?? 0);
    },
  });
  new Gauge({
    name: 'mtc_false_positives', help: 'False positives in the stored daily counts, by source.', labelNames: ['source'], registers: [registry],
    async collect() {
      const sum = (await prisma.dailyContribution.aggregate({ _sum: { warninglistFalsePositives: true, reputationFalsePositives: true } }))._sum;
      this.set({ source: 'warninglist' }, sum.warninglistFalsePositives ?? 0);
      this.set({ source: 'reputation' }, sum.reputationFalsePositives ?? 0);
    },
  });
  new Gauge({
    name: 'mtc_curation_actions', help: 'Curation log rows by action and status.', labelNames: ['action', 'status'], registers: [registry],
    async collect() {
      this.reset();
      for (const g of await prisma.curationLog.groupBy({ by: ['action', 'status'], _count: { _all: true } })) {
        this.set({ action: g.action.toLowerCase(), status: g.status.toLowerCase() }, g._count._all);
      }
    },
  });
  new Gauge({
    name: 'mtc_opentip_budget_left', help: 'OpenTIP requests left today (UTC) within OPENTIP_DAILY_BUDGET; 0 once the quota is spent.', registers: [registry],
    async collect() {
      const usage = await prisma.reputationUsage.findUnique({ where: { provider_day: { provider: OPENTIP_PROVIDER, day: utcDay(Date.now()) } } });
      this.set(usage?.quotaExhaustedAt ? 0 : Math.max(0, config.opentipDailyBudget - (usage?.lookups ?? 0)));
    },
  });
  new Gauge({
    name: 'mtc_last_successful_day_timestamp_seconds', help: 'Start (UTC) of the latest day covered by a successful run.', registers: [registry],
    async collect() {
      const run = await prisma.pipelineRun.findFirst({ where: { status: 'SUCCEEDED' }, orderBy: { toDay: 'desc' } });
      if (run) this.set(Date.parse(`${run.toDay}T00:00:00Z`) / 1000);
    },
  });

  return {
    registry,
    observeHttp(route, status, seconds) {
      requests.inc({ route, status: String(status) });
      durations.observe({ route }, seconds);
    },
    async handler(_req, res) {
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(body);
    },
  };
}
