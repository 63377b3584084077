// Wires the service together: database, pipeline (worker, schedule, catch-up), GraphQL, HTTP.
// The CLI's `serve`, the demo and the tests start it here.
import type { Server } from 'node:http';
import type { Config } from './config/settings.js';
import { insecureUrlWarnings } from './config/insecure-urls.js';
import { openDatabase, type Db } from './db/client.js';
import { createGraphQLHandler, type Yoga } from './graphql/yoga.js';
import { createHttpServer, listen } from './http/server.js';
import type { Logger } from './log/logger.js';
import { createMetrics } from './metrics/metrics.js';
import { createApiServices } from './pipeline/api-services.js';
import { catchUp, closePipelineDeps, createPipelineDeps, enqueueRun, firstStart, RunWorker, startSchedule, type DailySchedule, type PipelineDeps } from './pipeline/index.js';

export interface RunningService {
  url: string;
  prisma: Db;
  yoga: Yoga;
  server: Server;
  pipeline: PipelineDeps;
  worker: RunWorker;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Start the run worker (default true). */
  worker?: boolean;
}

export async function startService(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningService> {
  const { prisma, migrations } = await openDatabase(config.databasePath);
  if (migrations && migrations.applied.length > 0) logger.info({ applied: migrations.applied }, 'database migrated');
  if (config.mispUrl === '') logger.warn('MISP_URL is not set: runs will fail until a MISP is configured.');
  for (const warning of insecureUrlWarnings(config)) logger.warn(warning);
  const pipeline = createPipelineDeps(prisma, config, logger);
  const worker = new RunWorker(pipeline);
  const services = createApiServices(pipeline, () => worker.wake());
  const yoga = createGraphQLHandler({ prisma, config, logger, services });
  const metrics = createMetrics(prisma, config);
  const server = createHttpServer({
    yoga,
    prisma,
    allowedHosts: config.httpAllowedHosts,
    limits: { maxConnections: config.httpMaxConnections },
    routes: { '/metrics': metrics.handler },
    observe: metrics.observeHttp,
  });
  const { url } = await listen(server, config.httpPort, config.httpHost);

  let schedule: DailySchedule | null = null;
  if (options.worker !== false) {
    await firstStart(prisma);
    if (config.mispUrl !== '') await catchUp(prisma, config, logger);
    await worker.start();
    schedule = startSchedule(config, {
      enqueue: (day) => enqueueRun(prisma, { kind: 'DAILY', fromDay: day, toDay: day, trigger: 'SCHEDULE', dryRun: false, curate: true }, config),
      logger,
      onQueued: () => worker.wake(),
      onFailure: () => metrics.scheduleFailed(),
    });
  }
  logger.info({ url: `${url}/graphql`, database: config.databasePath, nextRun: schedule?.nextRun()?.toISOString() ?? null }, 'misp-topcontrib is listening');

  let closing: Promise<void> | null = null;
  return {
    url,
    prisma,
    yoga,
    server,
    pipeline,
    worker,
    close() {
      closing ??= (async () => {
        schedule?.stop();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        // The current day finishes or stays queued; nothing is left half-written.
        await worker.stop();
        await closePipelineDeps(pipeline);
        await prisma.$disconnect();
      })();
      return closing;
    },
  };
}
