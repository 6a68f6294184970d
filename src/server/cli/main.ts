// The `candor` command. Each subcommand is a thin adapter: parse arguments, call a service, print.
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';
import { isAppError } from '../../core/errors';
// The server (Fastify, every route, auth) loads only for the commands that run it: the others,
// `grade` in a pipe above all, start without it.
import type { Role } from '../main';

const program = new Command('candor')
  .description('Candor: structured technical interviews. Configuration comes from the environment (see .env.example).')
  .version('0.1.0')
  .showHelpAfterError();

const roleCommand = (name: Role, description: string) =>
  program
    .command(name)
    .description(description)
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)', (v) => {
      if (!/^\d+$/.test(v)) throw new InvalidArgumentError('must be a number');
      return v;
    })
    .action(async (opts: { port?: string }) => {
      const config = loadConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
      const { run } = await import('../main');
      await run(config, name);
    });

roleCommand('all', 'serve HTTP and run background jobs in one process (the default; required on the embedded database)');
roleCommand('serve', 'serve HTTP only (needs DATABASE_URL; run workers separately)');
roleCommand('worker', 'run background jobs only (needs DATABASE_URL)');
// Each command group's module (and the services it imports) loads only when that group is run;
// help, versions and unknown commands load them all, so the listing stays complete.
const GROUPS: Record<string, () => Promise<(program: Command) => void>> = {
  migrate: async () => (await import('./migrate.command')).registerMigrateCommand,
  pack: async () => (await import('./pack.command')).registerPackCommands,
  user: async () => (await import('./user.command')).registerUserCommands,
  token: async () => (await import('./token.command')).registerTokenCommands,
  grade: async () => (await import('./grade.command')).registerGradeCommand,
};
const invoked = process.argv[2] ?? '';
for (const load of invoked in GROUPS ? [GROUPS[invoked]!] : Object.values(GROUPS)) (await load())(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError || err instanceof DataDirLockedError || isAppError(err) || err instanceof InvalidArgumentError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
}
