// A fresh, migrated database for one test file: a PGlite loaded from the run's template, or a new
// PostgreSQL database cloned from the template database when the suite runs on PostgreSQL.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client';
import { PG_TEMPLATE_DB, TEMPLATE_FILE, withDatabaseName } from './test-paths';

export const testDatabaseKind = () => (process.env.CANDOR_TEST_DB === 'postgres' ? 'postgres' : 'embedded');

export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  if (testDatabaseKind() === 'embedded') {
    const database = await openDatabase({ kind: 'embedded', template: new Blob([readFileSync(TEMPLATE_FILE)]) });
    return { ...database, drop: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const name = `candor_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${PG_TEMPLATE_DB}`);
  await admin.end();
  const database = await openDatabase({ kind: 'postgres', url: withDatabaseName(url, name), poolSize: 5 });
  return {
    ...database,
    async drop() {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** A PostgreSQL URL for tests that need a database of their own (migrations), or undefined on PGlite. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  if (testDatabaseKind() !== 'postgres') return undefined;
  const url = process.env.TEST_DATABASE_URL!;
  const name = `candor_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabaseName(url, name),
    async drop() {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
