// Stored responses of requests made with an Idempotency-Key.
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { idempotencyKeys } from '../../db/schema';

export type IdempotencyRow = typeof idempotencyKeys.$inferSelect;

/**
 * Claims the key for this transaction. When another transaction holds the same key, PostgreSQL
 * makes this insert wait for it: after its commit we get false and read its stored response;
 * after its rollback the key is ours.
 */
export async function claimKey(db: Db, scope: string, key: string, requestHash: string, ttlHours: number): Promise<boolean> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${ttlHours})`)));
  const rows = await db
    .insert(idempotencyKeys)
    .values({ scope, key, requestHash, statusCode: 0, responseBody: null })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length === 1;
}

export async function findKey(db: Db, scope: string, key: string): Promise<IdempotencyRow | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
    .limit(1);
  return row;
}

export async function saveResponse(db: Db, scope: string, key: string, statusCode: number, body: unknown, headers: Record<string, string>) {
  await db
    .update(idempotencyKeys)
    .set({ statusCode, responseBody: body, responseHeaders: headers })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}

export async function deleteExpiredKeys(db: Db, ttlHours: number): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${ttlHours})`))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}
