// add-user / remove-user / users: the communities' sync users.
import type { Command } from 'commander';
import { addSyncUser, listSyncUsers, removeSyncUser } from '../communities/sync-users.js';
import { withDatabase } from './context.js';
import { printTable } from './output.js';

export function registerUserCommands(program: Command): void {
  program
    .command('add-user')
    .description("Register a community's sync user (the original add_user.py).")
    .argument('<email>', "the sync user's e-mail in MISP")
    .argument('<alias>', 'the community alias (created on first use)')
    .action((email: string, alias: string) =>
      withDatabase(async ({ prisma }) => {
        const user = await addSyncUser(prisma, email, alias);
        process.stdout.write(`Registered ${user.email} for community "${user.organization.alias}". It is matched against MISP on the next run.\n`);
      }),
    );

  program
    .command('remove-user')
    .description('Unregister a sync user; its community and history stay.')
    .argument('<email>', "the sync user's e-mail")
    .action((email: string) =>
      withDatabase(async ({ prisma }) => {
        const user = await removeSyncUser(prisma, email);
        process.stdout.write(`Removed ${user.email} from community "${user.organization.alias}".\n`);
      }),
    );

  program
    .command('users')
    .description('List registered sync users.')
    .action(() =>
      withDatabase(async ({ prisma }) => {
        const users = await listSyncUsers(prisma);
        printTable(users.map((u) => ({ community: u.organization.alias, email: u.email, status: u.status, 'misp user': u.mispUserId })));
      }),
    );
}
