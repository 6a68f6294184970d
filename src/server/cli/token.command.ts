// `candor token create`: an API token for scripts, printed once.
import { InvalidArgumentError, type Command } from 'commander';
import { tokenScopeSchema, type TokenScope } from '../../shared/auth.schema';
import { findUserByEmail } from '../features/auth/auth.service';
import { createToken } from '../features/tokens/token.service';
import { chooseWorkspace } from '../features/workspaces/workspace.service';
import { recordAudit } from '../features/audit/audit.service';
import { withDatabase } from './with-database';

export function registerTokenCommands(program: Command) {
  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .requiredOption('--email <email>', 'the member the token acts as')
    .requiredOption('--scope <scope>', 'read | write', (v) => {
      const parsed = tokenScopeSchema.safeParse(v);
      if (!parsed.success) throw new InvalidArgumentError('must be read or write');
      return parsed.data;
    })
    .option('--name <name>', 'what the token is for', 'command line')
    .option('--workspace <slug>', 'the workspace (default: the only one)')
    .description('create an API token and print it (only this once): send it as Authorization: Bearer <token>')
    .action(async (opts: { email: string; scope: TokenScope; name: string; workspace?: string }) => {
      const secret = await withDatabase(
        async ({ db }) => {
          const workspace = await chooseWorkspace(db, opts.workspace);
          const user = await findUserByEmail(db, opts.email.trim().toLowerCase());
          if (!user) throw new InvalidArgumentError(`No account for ${opts.email}. Create it first: npx candor user create --email ${opts.email} --role …`);
          return db.transaction(async (tx) => {
            const created = await createToken(tx, { workspaceId: workspace.id, userId: user.id, name: opts.name, scope: opts.scope, createdBy: null });
            await recordAudit(tx, { workspaceId: workspace.id, actorUserId: null }, { action: 'token.create', targetType: 'token', targetId: created.token.id, details: { via: 'cli', name: opts.name, scope: opts.scope, actsAs: opts.email } });
            return created.secret;
          });
        },
        () => 'Stop the server first, or create the token in the web app under Settings → Tokens.',
      );
      // The secret alone on stdout, so scripts can capture it: TOKEN=$(npx candor token create …)
      console.log(secret);
    });
}
