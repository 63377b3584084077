// token create / list / revoke: API tokens for the GraphQL API.
import { InvalidArgumentError, type Command } from 'commander';
import { idArgument } from './arguments.js';
import { withDatabase } from './context.js';
import { printRows } from './output.js';
import { toDate, withReadOnlyDatabase } from './read-database.js';

function parseRole(value: string): 'READER' | 'ADMIN' {
  const role = value.trim().toUpperCase();
  if (role !== 'READER' && role !== 'ADMIN') throw new InvalidArgumentError('use reader or admin.');
  return role;
}

/** --expires: a duration from now (90d, 12h, 4w) or a day (2027-01-31, its start in UTC). */
export function parseExpiry(value: string, now = new Date()): Date {
  const v = value.trim().toLowerCase();
  const duration = /^(\d{1,5})([hdw])$/.exec(v);
  if (duration) {
    const hours = { h: 1, d: 24, w: 24 * 7 }[duration[2] as 'h' | 'd' | 'w'] * Number(duration[1]);
    if (hours > 0) return new Date(now.getTime() + hours * 3_600_000);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const day = new Date(`${v}T00:00:00Z`);
    if (!Number.isNaN(day.getTime()) && day > now) return day;
    throw new InvalidArgumentError(`${value} is not a day in the future.`);
  }
  throw new InvalidArgumentError('use a duration such as 90d, 12h or 4w, or a day such as 2027-01-31.');
}

export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('Manage API tokens for the GraphQL API.');
  token
    .command('create')
    .description('Create a token and print it once (only its hash is stored).')
    .requiredOption('--role <role>', 'reader (queries) or admin (queries and mutations)', parseRole)
    .option('--name <name>', 'who or what uses it, e.g. grafana', 'cli')
    .option('--expires <when>', 'refuse it after a duration (90d, 12h, 4w) or from a day (2027-01-31); never by default', (v) => parseExpiry(v))
    .action(async (options: { role: 'READER' | 'ADMIN'; name: string; expires?: Date }) => {
      const { createToken } = await import('../auth/tokens.js');
      await withDatabase(async ({ prisma }) => {
        const { token: secret, record } = await createToken(prisma, options.name, options.role, options.expires ?? null);
        const until = record.expiresAt ? `, valid until ${record.expiresAt.toISOString()}` : ', without expiry';
        process.stderr.write(`Created ${record.role.toLowerCase()} token #${record.id} "${record.name}"${until}. Store it now: it is not shown again.\n`);
        process.stdout.write(`${secret}\n`);
      });
    });
  token
    .command('list')
    .description('List tokens (never their values).')
    .option('--json', 'one JSON array on stdout, for scripts')
    .action((options: { json?: boolean }) =>
      withReadOnlyDatabase(({ db }) => {
        const tokens = (
          db.prepare('SELECT id, name, role, prefix, createdAt, lastUsedAt, expiresAt, revokedAt FROM ApiToken ORDER BY id').all() as {
            id: number;
            name: string;
            role: string;
            prefix: string;
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
          }[]
        ).map((t) => ({ ...t, role: t.role.toLowerCase(), createdAt: toDate(t.createdAt)!, lastUsedAt: toDate(t.lastUsedAt), expiresAt: toDate(t.expiresAt), revokedAt: toDate(t.revokedAt) }));
        printRows(
          options.json,
          tokens.map((t) => ({
            id: t.id,
            name: t.name,
            role: t.role,
            prefix: `${t.prefix}…`,
            created: t.createdAt.toISOString(),
            'last used': t.lastUsedAt?.toISOString() ?? 'never',
            expires: t.expiresAt ? `${t.expiresAt.toISOString()}${t.expiresAt <= new Date() ? ' (expired)' : ''}` : 'never',
            revoked: t.revokedAt?.toISOString() ?? '',
          })),
          tokens,
        );
      }),
    );
  token
    .command('revoke')
    .description('Revoke a token; requests with it are refused from now on.')
    .argument('<id>', 'the token id from `token list`', idArgument(' shown by `token list`'))
    .action(async (id: number) => {
      const { revokeToken } = await import('../auth/tokens.js');
      await withDatabase(async ({ prisma }) => {
        const before = await prisma.apiToken.findUnique({ where: { id } });
        const record = await revokeToken(prisma, id);
        process.stdout.write(
          before?.revokedAt ? `Token #${record.id} "${record.name}" was already revoked on ${before.revokedAt.toISOString()}: nothing changed.\n` : `Revoked token #${record.id} "${record.name}".\n`,
        );
      });
    });
}
