// curation list: the audit log of what curation did, with the ids `restore` takes.
import { InvalidArgumentError, type Command } from 'commander';
import { idArgument } from './arguments.js';
import { printRows } from './output.js';
import { toDate, withReadOnlyDatabase } from './read-database.js';

const STATUSES = ['planned', 'done', 'failed', 'restored'] as const;
type Status = Uppercase<(typeof STATUSES)[number]>;

function parseStatus(value: string): Status {
  const status = value.trim().toLowerCase();
  if (!(STATUSES as readonly string[]).includes(status)) throw new InvalidArgumentError(`use one of ${STATUSES.join(', ')}.`);
  return status.toUpperCase() as Status;
}

function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new InvalidArgumentError('give a day as YYYY-MM-DD.');
  return value;
}

/** Long values (URLs) are cut in the table; --json has them whole. */
const cut = (value: string, width = 60) => (value.length > width ? `${value.slice(0, width - 1)}…` : value);

export function registerCurationCommands(program: Command): void {
  const curation = program.command('curation').description('The curation audit log: what was removed from MISP, and why.');
  curation
    .command('list')
    .description('List curation log rows, newest first, with the ids `restore` takes.')
    .option('--day <YYYY-MM-DD>', 'only this day', parseDay)
    .option('--community <alias>', 'only this community')
    .option('--status <status>', `only rows in this state: ${STATUSES.join(', ')}`, parseStatus)
    .option('--limit <n>', 'how many rows at most', idArgument(''), 100)
    .option('--json', 'one JSON array on stdout (evidence included), for scripts')
    .action((options: { day?: string; community?: string; status?: Status; limit: number; json?: boolean }) =>
      withReadOnlyDatabase(({ db }) => {
        const where: string[] = [];
        const params: (string | number)[] = [];
        if (options.community !== undefined) {
          const organization = db.prepare('SELECT id FROM Organization WHERE alias = ?').get(options.community.trim()) as { id: number } | undefined;
          if (!organization) throw new Error(`No community is called "${options.community}". List them with \`misp-topcontrib users\`.`);
          where.push('c.organizationId = ?');
          params.push(organization.id);
        }
        if (options.day !== undefined) {
          where.push('c.day = ?');
          params.push(options.day);
        }
        if (options.status !== undefined) {
          where.push('c.status = ?');
          params.push(options.status);
        }
        const rows = (
          db
            .prepare(
              'SELECT c.*, o.alias AS community FROM CurationLog c JOIN Organization o ON o.id = c.organizationId ' +
                `${where.length > 0 ? `WHERE ${where.join(' AND ')} ` : ''}ORDER BY c.id DESC LIMIT ?`,
            )
            .all(...params, options.limit) as CurationRow[]
        ).map(({ organizationId: _, ...r }) => ({
          ...r,
          evidence: parseEvidence(r.evidence),
          createdAt: toDate(r.createdAt),
          updatedAt: toDate(r.updatedAt),
          actedAt: toDate(r.actedAt),
          restoredAt: toDate(r.restoredAt),
        }));
        printRows(
          options.json,
          rows.map((r) => ({
            id: r.id,
            day: r.day,
            community: r.community,
            'misp attribute': r.mispAttributeId,
            type: r.attributeType,
            value: cut(r.value),
            reason: r.reason.toLowerCase(),
            action: r.action.toLowerCase().replace('_', ' '),
            status: r.status.toLowerCase(),
            error: r.error ?? '',
          })),
          rows,
        );
      }),
    );
}

/** Evidence is JSON written by the pipeline; a row edited by hand is shown as it is. */
function parseEvidence(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface CurationRow {
  id: number;
  runId: number | null;
  organizationId: number;
  community: string;
  day: string;
  mispAttributeId: string;
  mispAttributeUuid: string;
  mispEventId: string;
  mispEventUuid: string | null;
  attributeType: string;
  value: string;
  reason: string;
  evidence: string;
  action: string;
  status: string;
  error: string | null;
  createdAt: string;
  updatedAt: string;
  actedAt: string | null;
  restoredAt: string | null;
}
