// The `candor` command. Each subcommand is a thin adapter: parse arguments, call a service, print.
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';
import { registerPackCommands } from './pack.command';
import { registerMigrateCommand } from './migrate.command';
import { registerUserCommands } from './user.command';
import { registerTokenCommands } from './token.command';
import { registerGradeCommand } from './grade.command';
import { isAppError } from '../../core/errors';
import { run, type Role } from '../main';

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
      await run(config, name);
    });

roleCommand('all', 'serve HTTP and run background jobs in one process (the default; required on the embedded database)');
roleCommand('serve', 'serve HTTP only (needs DATABASE_URL; run workers separately)');
roleCommand('worker', 'run background jobs only (needs DATABASE_URL)');
registerMigrateCommand(program);
registerPackCommands(program);
registerUserCommands(program);
registerTokenCommands(program);
registerGradeCommand(program);

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
