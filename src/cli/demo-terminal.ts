// What the demo shows in the terminal: one progress line while the month is backfilled, then a
// banner with where to look and the token. Everything else (the service's log) goes to a file.
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Config } from '../config/settings.js';
import type { Logger } from '../log/logger.js';

export const DEMO_DAYS = 30;
export const DEMO_PER_DAY = 600;

export interface DemoRun {
  close(): Promise<void>;
}

/**
 * Starts the demo, draws its progress, prints the banner; returns once the backfill is over.
 * `onStarted` gets the running demo as soon as it exists, so Ctrl-C during the backfill stops it cleanly.
 */
export async function runDemoInTerminal(config: Config, days: number, perDay: number, onStarted: (logger: Logger, demo: DemoRun) => void): Promise<void> {
  const [{ startDemo }, { createLogger }, { pino }] = await Promise.all([import('../demo/demo.js'), import('../log/logger.js'), import('pino')]);
  const dataDir = relative(process.cwd(), join(config.databasePath, '..')) || '.';
  mkdirSync(dataDir, { recursive: true });
  const logPath = join(dataDir, 'demo.log');
  const logger = createLogger({ level: config.logLevel === 'silent' ? 'silent' : 'info', destination: pino.destination({ dest: logPath, sync: true }) as unknown as NodeJS.WritableStream });
  const out = process.stdout;
  out.write(`misp-topcontrib demo: a simulated MISP and OpenTIP, 12 communities, ${days} days of ${perDay.toLocaleString('en')} attributes (log: ${logPath}).\n`);

  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const running = await startDemo({ dataDir, host: config.httpHost, port: config.httpPort, days, perDay, logger });
  onStarted(logger, running);
  const { prisma, url } = running.service;
  const tty = out.isTTY === true;
  let last = '';
  for (;;) {
    const run = await prisma.pipelineRun.findUniqueOrThrow({ where: { id: running.runId } });
    const done = run.status === 'SUCCEEDED' || run.status === 'FAILED' || run.status === 'CANCELLED';
    const width = 30;
    const filled = run.daysTotal === 0 ? width : Math.round((run.daysDone / run.daysTotal) * width);
    const line = `Backfilling ${running.from}..${running.to} with curation [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${run.daysDone}/${run.daysTotal} days, ${run.attributesProcessed.toLocaleString('en')} attributes`;
    if (line !== last) out.write(tty ? `\r${line}` : `${line}\n`);
    last = line;
    if (done) {
      if (tty) out.write('\n');
      const cpu = process.cpuUsage(cpuBefore);
      // CPU time beside wall time: on a busy machine the wall time says more about the machine.
      const seconds = `${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`;
      out.write(
        run.status === 'SUCCEEDED'
          ? `Backfilled and curated ${run.daysDone} days in ${seconds}: ${run.attributesProcessed.toLocaleString('en')} attributes, ${run.curationDone.toLocaleString('en')} false positives removed from the simulated MISP.\n`
          : `The backfill ${run.status.toLowerCase()} after ${seconds}: ${run.error ?? 'see the log'} (details in ${logPath}).\n`,
      );
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  out.write(
    [
      '',
      `  Dashboard:    ${url}/`,
      `  GraphiQL:     ${url}/graphql`,
      `  Admin token:  ${running.token}`,
      `                (in GraphiQL's Headers tab: {"Authorization": "Bearer ${running.token}"})`,
      `  Try:          { leaderboard(from: "${running.from}", to: "${running.to}") { rank organization { alias } valid falsePositives qualityRatio } }`,
      `  Database:     ${join(dataDir, 'demo.db')} (recreated at each start; never your production database)`,
      '',
      'Set MISP_URL and MISP_KEY to serve a real MISP instead. Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}
