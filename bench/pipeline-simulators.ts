/**
 * The child process of bench/pipeline.ts: the MISP and OpenTIP simulators, out of the measured
 * process (a simulated day of a million attributes costs the simulator far more memory than the
 * pipeline). Driven over the fork IPC channel:
 *
 * - on start it sends `ready` with the URLs and keys;
 * - `seed` warms the reputation cache: it pages through the day's restSearch answer as the pipeline
 *   asks for it, and writes every lookup it needs into ReputationVerdict with the verdict the OpenTIP
 *   simulator would give (its zone, mapped as src/reputation/opentip.ts maps it);
 * - `counters` answers the OpenTIP simulator's request count since the last reset;
 * - `stop` stops both simulators and exits.
 */
import { pathToFileURL } from 'node:url';
import { Agent, fetch } from 'undici';
import { openDatabase } from '../src/db/client.js';
import { MispSimulator } from '../src/misp/simulator/index.js';
import { planLookups, requestKey, type LookupRequest, type ProviderVerdict } from '../src/reputation/index.js';
import { OPENTIP_PROVIDER } from '../src/reputation/opentip.js';
import { startOpenTipSimulator } from '../src/reputation/simulator/index.js';

export interface SimulatorsInit {
  perDay: number;
  communities: number;
  seed: number;
  day: string;
  listsDir: string;
}

export interface SimulatorsReady {
  type: 'ready';
  misp: { url: string; adminKey: string; syncEmails: string[]; warninglists: number };
  opentip: { url: string; apiKey: string };
  rss: number;
}

/** What the pipeline would ask for: the same restSearch body as MispClient.searchAttributes. */
export interface PageQuery {
  url: string;
  key: string;
  from: number;
  to: number;
  pageSize: number;
  notTypes: string[];
}

export type ParentMessage = { type: 'seed'; dbPath: string; query: PageQuery } | { type: 'counters'; reset: boolean } | { type: 'stop' };

export type ChildMessage = SimulatorsReady | { type: 'seeded'; verdicts: number; seconds: number } | { type: 'counters'; requests: number } | { type: 'error'; message: string };

/** The restSearch pages of a day, fetched and JSON.parse'd one at a time (the benchmark's floor). */
export async function* restSearchPages(q: PageQuery): AsyncGenerator<{ type: string; value: string }[]> {
  // A fresh connection pool per pass: a kept-alive socket the simulator closed while idle would reset.
  const dispatcher = new Agent();
  try {
    for (let page = 1; ; page++) {
      const res = await fetch(`${q.url}/attributes/restSearch`, {
        dispatcher,
        method: 'POST',
        headers: { Authorization: q.key, Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({
          returnFormat: 'json',
          timestamp: [q.from, q.to],
          limit: q.pageSize,
          page,
          order: 'Attribute.id asc',
          includeEventUuid: true,
          ...(q.notTypes.length > 0 ? { type: { NOT: q.notTypes } } : {}),
        }),
      });
      const attributes = (JSON.parse(await res.text()) as { response: { Attribute: { type: string; value: string }[] } }).response.Attribute;
      if (attributes.length > 0) yield attributes;
      if (attributes.length < q.pageSize) return;
    }
  } finally {
    await dispatcher.close();
  }
}

/** OpenTipProvider's mapping of the simulator's zones (src/reputation/opentip.ts). */
const ZONE_VERDICT: Record<string, ProviderVerdict> = { Green: 'benign', Red: 'malicious', Orange: 'malicious', Yellow: 'malicious', Grey: 'unknown' };
const TO_DB = { benign: 'BENIGN', malicious: 'MALICIOUS', unknown: 'UNKNOWN' } as const;

async function main(): Promise<void> {
  const send = (m: ChildMessage) => process.send!(m);
  const init = JSON.parse(process.argv[2]!) as SimulatorsInit;
  const misp = await MispSimulator.start({
    seed: init.seed,
    communities: init.communities,
    startDate: init.day,
    days: 1,
    perDay: init.perDay,
    warninglistsDir: init.listsDir,
    pulledShare: 0.05,
  });
  const opentip = await startOpenTipSimulator({ seed: 5 });

  async function seed(dbPath: string, query: PageQuery): Promise<number> {
    const wanted = new Map<string, LookupRequest>();
    for await (const page of restSearchPages(query)) {
      for (const a of page) for (const r of planLookups(a.type, a.value).requests) wanted.set(requestKey(r), r);
    }
    const checkedAt = new Date();
    const expiresAt = new Date(checkedAt.getTime() + 7 * 86_400_000);
    const rows = [...wanted.values()].map((r) => {
      const zone = opentip.zoneOf(r.kind, r.value);
      return { provider: OPENTIP_PROVIDER, kind: r.kind, value: r.value, verdict: TO_DB[ZONE_VERDICT[zone] ?? 'unknown'], zone, checkedAt, expiresAt };
    });
    const { prisma } = await openDatabase(dbPath, { migrate: false });
    try {
      // Multi-row INSERTs in one transaction: several times faster than createMany at this size,
      // and the same stored values (Prisma binds the dates as it does for its own writes).
      const columns = ['provider', 'kind', 'value', 'verdict', 'zone', 'checkedAt', 'expiresAt'] as const;
      const sql = (n: number) =>
        `INSERT INTO "ReputationVerdict" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${Array.from({ length: n }, () => `(${columns.map(() => '?').join(',')})`).join(',')}`;
      await prisma.$transaction(
        async (tx) => {
          for (let i = 0; i < rows.length; i += 2000) {
            const part = rows.slice(i, i + 2000);
            await tx.$executeRawUnsafe(sql(part.length), ...part.flatMap((r) => columns.map((c) => r[c])));
          }
        },
        { timeout: 600_000 },
      );
    } finally {
      await prisma.$disconnect();
    }
    return rows.length;
  }

  process.on('message', (m: ParentMessage) => {
    void (async () => {
      try {
        if (m.type === 'seed') {
          const t = performance.now();
          const verdicts = await seed(m.dbPath, m.query);
          send({ type: 'seeded', verdicts, seconds: (performance.now() - t) / 1000 });
        } else if (m.type === 'counters') {
          send({ type: 'counters', requests: opentip.counters.requests });
          if (m.reset) opentip.resetCounters();
        } else if (m.type === 'stop') {
          await Promise.all([misp.stop(), opentip.close()]);
          process.exit(0);
        }
      } catch (error) {
        send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    })();
  });
  // The parent gone (killed, crashed): nothing is left to serve.
  process.on('disconnect', () => process.exit(0));

  send({
    type: 'ready',
    misp: { url: misp.url, adminKey: misp.keys.admin, syncEmails: misp.keys.syncEmails, warninglists: misp.warninglists.index().Warninglists.length },
    opentip: { url: opentip.url, apiKey: opentip.apiKey },
    rss: process.memoryUsage().rss,
  });
}

if (process.send && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
