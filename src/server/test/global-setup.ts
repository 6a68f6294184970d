// Runs once per test run: migrates a template database that every test file then clones, so no
// file pays for migrations. PGlite's template is a dump of its data directory; PostgreSQL's is a
// real TEMPLATE database.
import { mkdirSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { PG_TEMPLATE_DB, TEMPLATE_DIR, TEMPLATE_FILE, withDatabaseName } from './test-paths';

/** Vitest runs global setup outside the project's env, so each project names its own function. */
export async function setupPostgresTemplate() {
  {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('The postgres test project needs TEST_DATABASE_URL');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE_DB}`);
    await admin.end();
    const template = await openDatabase({ kind: 'postgres', url: withDatabaseName(url, PG_TEMPLATE_DB), poolSize: 1 });
    await migrateDatabase(template);
    await template.close();
  }
}

export async function setupEmbeddedTemplate() {
  const database = await openDatabase({ kind: 'embedded' });
  await migrateDatabase(database);
  const snapshot = await database.snapshot!();
  await database.close();
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  writeFileSync(TEMPLATE_FILE, Buffer.from(await snapshot.arrayBuffer()));
}
