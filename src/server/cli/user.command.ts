// `candor user create`: the first owner on a fresh install, or a member of an existing workspace.
import { InvalidArgumentError, type Command } from 'commander';
import { z } from 'zod';
import { passwordSchema, roleSchema, type Role } from '../../shared/auth.schema';
import { loadConfig } from '../config';
import { countUsers, createUser, findUserByEmail } from '../features/auth/auth.service';
import { createFirstOwner } from '../features/auth/setup.service';
import { addMember, chooseWorkspace } from '../features/workspaces/workspace.service';
import { recordAudit } from '../features/audit/audit.service';
import { readPassword, withDatabase } from './with-database';

const emailArg = (v: string) => {
  const parsed = z.email().safeParse(v.trim().toLowerCase());
  if (!parsed.success) throw new InvalidArgumentError('is not an email address');
  return parsed.data;
};
const roleArg = (v: string) => {
  const parsed = roleSchema.safeParse(v);
  if (!parsed.success) throw new InvalidArgumentError(`must be one of ${roleSchema.options.join(', ')}`);
  return parsed.data;
};

async function askPassword(): Promise<string> {
  const password = await readPassword('Password (at least 10 characters): ');
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) throw new InvalidArgumentError(`The password ${parsed.error.issues[0]?.message ?? 'is invalid'}.`);
  return password;
}

const busyHint = () => 'Stop the server first, or invite people from Settings → Members in the web app.';

export function registerUserCommands(program: Command) {
  const user = program.command('user').description('accounts');
  user
    .command('create')
    .requiredOption('--email <email>', "the person's email", emailArg)
    .requiredOption('--role <role>', 'owner | admin | interviewer | viewer | candidate', roleArg)
    .option('--name <name>', 'their name (default: the part of the email before @)')
    .option('--workspace <slug>', 'the workspace to add them to (default: the only one)')
    .option('--workspace-name <name>', 'on a fresh install: the name of the first workspace', 'My team')
    .description('create an account (the first owner on a fresh install); the password is read from stdin or a prompt')
    .action(async (opts: { email: string; role: Role; name?: string; workspace?: string; workspaceName: string }) => {
      const config = loadConfig();
      const name = opts.name ?? opts.email.split('@')[0]!;
      const message = await withDatabase(async ({ db }) => {
        if ((await countUsers(db)) === 0) {
          if (opts.role !== 'owner') throw new InvalidArgumentError('The first account must be an owner: use --role owner.');
          const password = await askPassword();
          const { workspace } = await db.transaction((tx) =>
            createFirstOwner(tx, { name, email: opts.email, password, workspaceName: opts.workspaceName, bundledPacksDir: config.loadPacks ? config.packsDir : null }),
          );
          return `Created ${opts.email}, owner of "${workspace.name}". Sign in with npm start.`;
        }
        const workspace = await chooseWorkspace(db, opts.workspace);
        const existing = await findUserByEmail(db, opts.email);
        const password = existing ? undefined : await askPassword();
        await db.transaction(async (tx) => {
          const account = existing ?? (await createUser(tx, { name, email: opts.email, password: password! }));
          const member = await addMember(tx, { workspaceId: workspace.id, userId: account.id, role: opts.role });
          await recordAudit(tx, { workspaceId: workspace.id, actorUserId: null }, { action: 'member.add', targetType: 'member', targetId: member.id, details: { via: 'cli', email: opts.email, role: opts.role } });
        });
        return `${existing ? 'Added' : 'Created'} ${opts.email} as ${opts.role} in "${workspace.name}".`;
      }, busyHint);
      console.log(message);
    });
}
