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


export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('Manage API tokens for the GraphQL API.');
  token
    .command('create')
    .description('Create a token and print it once (only its hash is stored).')
    .requiredOption('--role <role>', 'reader (queries) or admin (queries and mutations)', parseRole)
    .option('--name <name>', 'who or what uses it, e.g. grafana', 'cli')
    .action(async (options: { role: 'READER' | 'ADMIN'; name: string }) => {
      const { createToken } = await import('../auth/tokens.js');
      await withDatabase(async ({ prisma }) => {
        const { token: secret, record } = await createToken(prisma, options.name, options.role);
        process.stderr.write(`Created ${record.role.toLowerCase()} token #${record.id} "${record.name}". Store it now: it is not shown again.\n`);
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
          db.prepare('SELECT id, name, role, prefix, createdAt, lastUsedAt, revokedAt FROM ApiToken ORDER BY id').all() as {
            id: number; name: string; role: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null;
          }[]
        ).map((t) => ({ ...t, role: t.role.toLowerCase(), createdAt: toDate(t.createdAt)!, lastUsedAt: toDate(t.lastUsedAt), revokedAt: toDate(t.revokedAt) }));
        printRows(
          options.json,
          tokens.map((t) => ({
            id: t.id,
            name: t.name,
            role: t.role,
            prefix: `${t.prefix}…`,
            created: t.createdAt.toISOString(),
            'last used': t.lastUsedAt?.toISOString() ?? 'never',
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
          before?.revokedAt
            ? `Token #${record.id} "${record.name}" was already revoked on ${before.revokedAt.toISOString()}: nothing changed.\n`
            : `Revoked token #${record.id} "${record.name}".\n`,
        );
      });
    });
}
