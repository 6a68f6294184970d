import type { Config } from '../config';
import { openDatabase, type Database } from './client';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded database in the data directory. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl, poolSize: config.poolSize })
    : openDatabase({ kind: 'embedded', dataDir: config.dataDir });
}

/** Where the data lives, for messages: never the password of a URL. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PostgreSQL in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
