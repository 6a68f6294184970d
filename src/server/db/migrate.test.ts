import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from './client';
import { migrateDatabase } from './migrate';
import { createEmptyPostgresDatabase, testDatabaseKind } from '../test/test-database';

describe('migrateDatabase', () => {
  it.runIf(testDatabaseKind() === 'embedded')('applies every migration once on an empty embedded database', async () => {
    const database = await openDatabase({ kind: 'embedded' });
    try {
      expect((await migrateDatabase(database)).applied).toBeGreaterThanOrEqual(1);
      expect((await migrateDatabase(database)).applied).toBe(0);
      const [row] = await queryRows<{ t: string }>(database.db, sql`select to_regclass('questions')::text as t`);
      expect(row!.t).toBe('questions');
    } finally {
      await database.close();
    }
  });

  it.runIf(testDatabaseKind() === 'postgres')('lets exactly one of several instances starting at once apply the migrations', async () => {
    const target = (await createEmptyPostgresDatabase())!;
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ kind: 'postgres', url: target.url, poolSize: 2 })));
    try {
      const results = await Promise.all(instances.map((db) => migrateDatabase(db)));
      const applied = results.map((r) => r.applied).sort();
      expect(applied[0]).toBe(0);
      expect(applied[1]).toBe(0);
      expect(applied[2]).toBeGreaterThanOrEqual(1);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
      await target.drop();
    }
  });
});
