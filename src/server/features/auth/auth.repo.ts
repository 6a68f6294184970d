// SQL for accounts, sessions, first-run setup tokens, the sign-in throttle and instance settings.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, authThrottle, instanceSettings, sessions, setupTokens, users } from '../../db/auth-schema';
import type { ThrottleState } from '../../../core/auth/throttle';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/** The value stored under `key`, created from `create()` by whichever instance asks first. */
export async function getOrCreateSetting(db: Db, key: string, create: () => string): Promise<string> {
  await db.insert(instanceSettings).values({ key, value: create() }).onConflictDoNothing();
  const [row] = await db.select({ value: instanceSettings.value }).from(instanceSettings).where(eq(instanceSettings.key, key));
  return row!.value;
}

// --- users and credentials ------------------------------------------------------------------

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** A user and the credential account better-auth signs in with (provider "credential"). */
export async function insertUserWithPassword(db: Db, input: { name: string; email: string; passwordHash: string }): Promise<UserRow> {
  const id = randomUUID();
  const [user] = await db.insert(users).values({ id, name: input.name, email: input.email }).returning();
  await db.insert(accounts).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password: input.passwordHash });
  return user!;
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')))
    .limit(1);
  return row?.password ?? undefined;
}

/** Serialises first-run setup across instances: only one can create the first owner. */
export const lockFirstRun = (db: Db) => db.execute(sql`select pg_advisory_xact_lock(7342002)`);

// --- sessions ----------------------------------------------------------------------------------

export async function listSessionsOfUser(db: Db, userId: string): Promise<SessionRow[]> {
  return db.select().from(sessions).where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date()))).orderBy(desc(sessions.updatedAt));
}

export async function findSessionOfUser(db: Db, userId: string, sessionId: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId))).limit(1);
  return row;
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function setActiveWorkspace(db: Db, sessionId: string, workspaceId: string): Promise<void> {
  await db.update(sessions).set({ activeOrganizationId: workspaceId }).where(eq(sessions.id, sessionId));
}

// --- first-run setup tokens ----------------------------------------------------------------

export async function insertSetupToken(db: Db, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.insert(setupTokens).values({ tokenHash, expiresAt });
}

export async function isSetupTokenValid(db: Db, tokenHash: string): Promise<boolean> {
  const [row] = await db
    .select({ h: setupTokens.tokenHash })
    .from(setupTokens)
    .where(and(eq(setupTokens.tokenHash, tokenHash), gt(setupTokens.expiresAt, new Date())))
    .limit(1);
  return row !== undefined;
}

export async function deleteSetupTokens(db: Db): Promise<void> {
  await db.delete(setupTokens);
}

// --- sign-in throttle ----------------------------------------------------------------------

export async function findThrottle(db: Db, kind: string, key: string): Promise<ThrottleState | undefined> {
  const [row] = await db
    .select({ failures: authThrottle.failures, windowStartedAt: authThrottle.windowStartedAt, lockedUntil: authThrottle.lockedUntil })
    .from(authThrottle)
    .where(and(eq(authThrottle.kind, kind), eq(authThrottle.key, key)))
    .limit(1);
  return row;
}

/**
 * The key's state, locked until the caller's transaction ends: concurrent failures for one key
 * queue here, so each counts (read, then write, let a burst of parallel guesses overwrite one
 * another's count). The row is created first when missing, so there is always a row to lock.
 */
export async function lockThrottle(db: Db, kind: string, key: string, now: Date): Promise<ThrottleState> {
  await db.insert(authThrottle).values({ kind, key, failures: 0, windowStartedAt: now, lockedUntil: null }).onConflictDoNothing();
  const [row] = await db
    .select({ failures: authThrottle.failures, windowStartedAt: authThrottle.windowStartedAt, lockedUntil: authThrottle.lockedUntil })
    .from(authThrottle)
    .where(and(eq(authThrottle.kind, kind), eq(authThrottle.key, key)))
    .for('update');
  return row!;
}

export async function saveThrottle(db: Db, kind: string, key: string, state: ThrottleState): Promise<void> {
  await db.update(authThrottle).set(state).where(and(eq(authThrottle.kind, kind), eq(authThrottle.key, key)));
}

export async function clearThrottle(db: Db, kind: string, key: string): Promise<void> {
  await db.delete(authThrottle).where(and(eq(authThrottle.kind, kind), eq(authThrottle.key, key)));
}
