// add-user / remove-user / users: the communities' sync users.
import type { Command } from 'commander';
import { withDatabase } from './context.js';
import { printRows } from './output.js';
import { toDate, withReadOnlyDatabase } from './read-database.js';

export function registerUserCommands(program: Command): void {
  program
    .command('add-user')
    .description("Register a community's sync user (the original add_user.py).")
    .argument('<email>', "the sync user's e-mail in MISP")
    .argument('<alias>', 'the community alias (created on first use)')
    .action(async (email: string, alias: string) => {
      const [{ addSyncUser }, { normaliseAlias, normaliseEmail }] = await Promise.all([import('../communities/sync-users.js'), import('../communities/validation.js')]);
      await withDatabase(async ({ prisma }) => {
        const existing = await prisma.syncUser.findUnique({ where: { email: normaliseEmail(email) }, include: { organization: true } });
        if (existing && existing.organization.alias === normaliseAlias(alias)) {
          process.stdout.write(`${existing.email} is already registered for community "${existing.organization.alias}": nothing changed.\n`);
          return;
        }
        const user = await addSyncUser(prisma, email, alias);
        process.stdout.write(`Registered ${user.email} for community "${user.organization.alias}". It is matched against MISP on the next run.\n`);
      });
    });

  program
    .command('remove-user')
    .description('Unregister a sync user; its community and history stay.')
    .argument('<email>', "the sync user's e-mail")
    .action(async (email: string) => {
      const { removeSyncUser } = await import('../communities/sync-users.js');
      await withDatabase(async ({ prisma }) => {
        const user = await removeSyncUser(prisma, email);
        process.stdout.write(`Removed ${user.email} from community "${user.organization.alias}".\n`);
      });
    });

  program
    .command('users')
    .description('List registered sync users.')
    .option('--json', 'one JSON array on stdout, for scripts')
    .action((options: { json?: boolean }) =>
      withReadOnlyDatabase(({ db }) => {
        const users = db
          .prepare(
            'SELECT o.alias AS community, s.email, s.status, s.mispUserId, s.mispRoleName, s.statusDetail, s.lastCheckedAt ' +
              'FROM SyncUser s JOIN Organization o ON o.id = s.organizationId ORDER BY o.alias, s.email',
          )
          .all() as { community: string; email: string; status: string; mispUserId: string | null; mispRoleName: string | null; statusDetail: string | null; lastCheckedAt: string | null }[];
        printRows(
          options.json,
          users.map((u) => ({ community: u.community, email: u.email, status: u.status, 'misp user': u.mispUserId })),
          users.map((u) => ({ ...u, lastCheckedAt: toDate(u.lastCheckedAt) })),
        );
      }),
    );
}
