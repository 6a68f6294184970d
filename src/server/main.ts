// Entry of the three roles: `serve` (HTTP), `worker` (background jobs) and `all` (both in one
// process — the only option on the embedded database, which allows one connection).
import type { Config } from './config';
import { openConfiguredDatabase, describeDatabase } from './db/open';
import { migrateDatabase } from './db/migrate';
import { buildApp } from './http/app';
import { scheduleIdempotencyCleanup } from './jobs/idempotency-cleanup.job';
import { loadPacksFromDir } from './features/packs/pack.service';
import { listWorkspaceIds } from './features/workspaces/workspace.service';
import { createSetupLink } from './features/auth/setup.service';
import { createSmtpMailer } from './features/invitations/mailer';
import { createLogger } from './logger';

export type Role = 'serve' | 'worker' | 'all';

export async function run(config: Config, role: Role): Promise<void> {
  const log = createLogger(config.logLevel);
  const started = performance.now();
  if (role !== 'all' && !config.databaseUrl)
    throw new Error(`The "${role}" role needs DATABASE_URL: the embedded database serves one process, so run "all" instead.`);

  const database = await openConfiguredDatabase(config);
  const stops: (() => unknown)[] = [];
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    for (const stop of stops.reverse()) await stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const { applied } = await migrateDatabase(database);
  log.info({ database: describeDatabase(config), migrationsApplied: applied }, 'database ready');

  if (role !== 'worker' && config.loadPacks) {
    // Every workspace gets the bundled packs' updates; a new workspace gets them when created.
    const workspaceIds = await listWorkspaceIds(database.db);
    for (const result of await loadPacksFromDir(database.db, config.packsDir, workspaceIds)) {
      if (result.problems.length)
        log.error({ pack: result.packId ?? result.dir, problems: result.problems.slice(0, 20), count: result.problems.length }, 'pack not loaded: fix these problems (npx candor pack lint <dir>)');
      else log.info({ pack: result.packId, workspace: result.workspaceId, ...result.report, skipped: result.report?.skipped.length }, 'pack loaded');
    }
  }

  if (role !== 'serve') stops.push(scheduleIdempotencyCleanup(database, log));

  if (role !== 'worker') {
    const app = await buildApp({
      database,
      logger: log,
      trustProxy: config.trustProxy,
      listCacheSize: config.listCacheSize,
      publicUrl: config.publicUrl,
      authSecret: config.authSecret,
      sessionIdleMinutes: config.sessionIdleMinutes,
      sessionMaxHours: config.sessionMaxHours,
      bundledPacksDir: config.loadPacks ? config.packsDir : null,
      mailer: config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.smtpFrom) : null,
    });
    stops.push(() => app.close());
    await app.listen({ port: config.port, host: config.host });
    const shownHost = ['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host;
    const url = config.publicUrl ?? `http://${shownHost}:${config.port}`;
    log.info({ url, startupMs: Math.round(performance.now() - started) }, `Candor is ready at ${url}`);
    const setup = await createSetupLink(database.db, url);
    if (setup) {
      // The one-time link goes to the terminal only, never into the structured log.
      process.stdout.write(
        `\n  No one has set up Candor yet. Open this link to create the first owner and workspace\n  (it works once, until ${setup.expiresAt.toLocaleTimeString()}):\n\n    ${setup.link}\n\n` +
          `  Or from a terminal: npx candor user create --email you@example.com --role owner\n\n`,
      );
      log.info({ expiresAt: setup.expiresAt.toISOString() }, 'first-run setup link printed to the terminal');
    }
  } else {
    log.info('worker running');
  }
}
