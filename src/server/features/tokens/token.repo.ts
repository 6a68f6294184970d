// SQL for API tokens.
import { and, desc, eq, getTableColumns, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiTokens, members, users } from '../../db/auth-schema';

export type TokenRow = typeof apiTokens.$inferSelect;
export type TokenWithUser = TokenRow & { userName: string; userEmail: string };

const withUser = { ...getTableColumns(apiTokens), userName: users.name, userEmail: users.email };

export async function insertToken(db: Db, row: Omit<TokenRow, 'createdAt' | 'lastUsedAt' | 'revokedAt'>): Promise<void> {
  await db.insert(apiTokens).values(row);
}

export async function listTokens(db: Db, workspaceId: string): Promise<TokenWithUser[]> {
  return db.select(withUser).from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId)).where(eq(apiTokens.workspaceId, workspaceId)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

export async function findToken(db: Db, workspaceId: string, id: string): Promise<TokenWithUser | undefined> {
  const [row] = await db
    .select(withUser)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.id, id)))
    .limit(1);
  return row;
}

/** A live token by its hash, with the role its user holds now in the token's workspace. */
export async function findLiveTokenByHash(db: Db, tokenHash: string): Promise<(TokenWithUser & { role: string }) | undefined> {
  const [row] = await db
    .select({ ...withUser, role: members.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(members, and(eq(members.organizationId, apiTokens.workspaceId), eq(members.userId, apiTokens.userId)))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return row;
}

/** Stamps last use at most once a minute per token: a write per request would cost more than the request. */
export async function touchToken(db: Db, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - 60_000)))))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function notify(db: Db, channel: string): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, '')`);
}

export async function revokeToken(db: Db, id: string): Promise<void> {
  await db.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
}
