// Applies the SQL migrations in ./migrations. On PostgreSQL several instances may start at once,
// so the run holds an advisory lock: the first migrates, the others wait and then find nothing to do.
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { queryRows, type Database, type Db } from './client';

const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
const LOCK_KEY = 7_342_001; // any constant shared by every Candor instance

async function appliedCount(db: Db): Promise<number> {
  // Two queries: PostgreSQL resolves table names when it parses, so one query would fail before
  // the first migration has created the table.
  const [table] = await queryRows<{ t: string | null }>(db, sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!table?.t) return 0;
  const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return count?.n ?? 0;
}

/** Brings the schema up to date; returns how many migrations this call applied. */
export async function migrateDatabase(database: Database): Promise<{ applied: number }> {
  if (database.kind === 'embedded') {
    const before = await appliedCount(database.db);
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    return { applied: (await appliedCount(database.db)) - before };
  }
  // One transaction for the whole run: every pending migration applies or none does, and a
  // second instance blocks on the transaction-scoped lock, then finds nothing left to do. The
  // counts are taken under the lock so each instance reports only what it applied itself.
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_KEY})`);
    const before = await appliedCount(tx);
    await migratePg(tx as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    return { applied: (await appliedCount(tx)) - before };
  });
}
