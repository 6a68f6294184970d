// Entry of the three roles: `serve` (HTTP), `worker` (background jobs) and `all` (both in one
// process — the only option on the embedded database, which allows one connection).
import type { Config } from './config';
import { openConfiguredDatabase, describeDatabase } from './db/open';
import { migrateDatabase } from './db/migrate';
import { buildApp } from './http/app';
import { scheduleIdempotencyCleanup } from './jobs/idempotency-cleanup.job';
import { loadPacksFromDir } from './features/packs/pack.service';
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
    for (const result of await loadPacksFromDir(database, config.packsDir)) {
      if (result.problems.length)
        log.error({ pack: result.packId ?? result.dir, problems: result.problems.slice(0, 20), count: result.problems.length }, 'pack not loaded: fix these problems (npx candor pack lint <dir>)');
      else log.info({ pack: result.packId, ...result.report, skipped: result.report?.skipped.length }, 'pack loaded');
    }
  }

  if (role !== 'serve') stops.push(scheduleIdempotencyCleanup(database, log));

  if (role !== 'worker') {
    const app = await buildApp({ database, logger: log, trustProxy: config.trustProxy, listCacheSize: config.listCacheSize });
    stops.push(() => app.close());
    await app.listen({ port: config.port, host: config.host });
    const shownHost = ['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host;
    log.info({ url: `http://${shownHost}:${config.port}`, startupMs: Math.round(performance.now() - started) }, `Candor is ready at http://${shownHost}:${config.port}`);
  } else {
    log.info('worker running');
  }
}
