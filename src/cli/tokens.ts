// token create / list / revoke: API tokens for the GraphQL API.
import { InvalidArgumentError, type Command } from 'commander';
import { createToken, listTokens, revokeToken } from '../auth/tokens.js';
import { idArgument } from './arguments.js';
import { withDatabase } from './context.js';
import { printTable } from './output.js';

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
    .action((options: { role: 'READER' | 'ADMIN'; name: string }) =>
      withDatabase(async ({ prisma }) => {
        const { token: secret, record } = await createToken(prisma, options.name, options.role);
        process.stderr.write(`Created ${record.role.toLowerCase()} token #${record.id} "${record.name}". Store it now: it is not shown again.\n`);
        process.stdout.write(`${secret}\n`);
      }),
    );
  token
    .command('list')
    .description('List tokens (never their values).')
    .action(() =>
      withDatabase(async ({ prisma }) => {
        const tokens = await listTokens(prisma);
        printTable(
          tokens.map((t) => ({
            id: t.id,
            name: t.name,
            role: t.role.toLowerCase(),
            prefix: `${t.prefix}…`,
            created: t.createdAt.toISOString(),
            'last used': t.lastUsedAt?.toISOString() ?? 'never',
            revoked: t.revokedAt?.toISOString() ?? '',
          })),
        );
      }),
    );
  token
    .command('revoke')
    .description('Revoke a token; requests with it are refused from now on.')
    .argument('<id>', 'the token id from `token list`', idArgument(' shown by `token list`'))
    .action((id: number) =>
      withDatabase(async ({ prisma }) => {
        const record = await revokeToken(prisma, id);
        process.stdout.write(`Revoked token #${record.id} "${record.name}".\n`);
      }),
    );
}
