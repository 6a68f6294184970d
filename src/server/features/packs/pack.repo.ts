// The packs installed in the bank (manifest and starter kits).
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { packs } from '../../db/schema';
import type { KitFile, PackManifest } from '../../../shared/pack.schema';

export type PackRow = typeof packs.$inferSelect;

export async function upsertPack(db: Db, manifest: PackManifest, kits: KitFile[]): Promise<void> {
  const values = { ...manifest, kits };
  await db
    .insert(packs)
    .values(values)
    .onConflictDoUpdate({ target: packs.id, set: { ...values, updatedAt: sql`now()` } });
}

export async function findPack(db: Db, id: string): Promise<PackRow | undefined> {
  const [row] = await db.select().from(packs).where(eq(packs.id, id)).limit(1);
  return row;
}

/** Installed packs with how many live questions each holds. */
export async function listPacksWithCounts(db: Db): Promise<(PackRow & { questions: number })[]> {
  return db
    .select({
      id: packs.id,
      name: packs.name,
      version: packs.version,
      description: packs.description,
      license: packs.license,
      authors: packs.authors,
      kits: packs.kits,
      createdAt: packs.createdAt,
      updatedAt: packs.updatedAt,
      questions: sql<number>`(select count(*)::int from questions q where q.source = "packs"."id" and q.deleted_at is null)`,
    })
    .from(packs)
    .orderBy(packs.name);
}
