// The packs installed in the bank (manifest and starter kits).
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { packs } from '../../db/schema';
import type { KitFile, PackManifest } from '../../../shared/pack.schema';

export type PackRow = typeof packs.$inferSelect;

export async function upsertPack(db: Db, workspaceId: string, manifest: PackManifest, kits: KitFile[]): Promise<void> {
  const values = { ...manifest, workspaceId, kits };
  await db
    .insert(packs)
    .values(values)
    .onConflictDoUpdate({ target: [packs.workspaceId, packs.id], set: { ...values, updatedAt: sql`now()` } });
}

export async function findPack(db: Db, workspaceId: string, id: string): Promise<PackRow | undefined> {
  const [row] = await db
    .select()
    .from(packs)
    .where(and(eq(packs.workspaceId, workspaceId), eq(packs.id, id)))
    .limit(1);
  return row;
}

/** Installed packs with how many live questions each holds. */
export async function listPacksWithCounts(db: Db, workspaceId: string): Promise<(PackRow & { questions: number })[]> {
  return db
    .select({
      workspaceId: packs.workspaceId,
      id: packs.id,
      name: packs.name,
      version: packs.version,
      description: packs.description,
      license: packs.license,
      authors: packs.authors,
      kits: packs.kits,
      createdAt: packs.createdAt,
      updatedAt: packs.updatedAt,
      questions: sql<number>`(select count(*)::int from questions q where q.workspace_id = "packs"."workspace_id" and q.source = "packs"."id" and q.deleted_at is null)`,
    })
    .from(packs)
    .where(eq(packs.workspaceId, workspaceId))
    .orderBy(packs.name);
}
