// SQL for workspaces and their members.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { members, users, workspaces } from '../../db/auth-schema';
import { packs, questions } from '../../db/schema';

export type WorkspaceRow = typeof workspaces.$inferSelect;
export interface MemberWithUser {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  createdAt: Date;
}

export async function insertWorkspace(db: Db, row: { id: string; name: string; slug: string }): Promise<WorkspaceRow> {
  const [created] = await db.insert(workspaces).values(row).returning();
  return created!;
}

export async function isSlugTaken(db: Db, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, slug)).limit(1);
  return row !== undefined;
}

export async function listWorkspaces(db: Db): Promise<WorkspaceRow[]> {
  return db.select().from(workspaces).orderBy(asc(workspaces.createdAt), asc(workspaces.id));
}

export async function insertMember(db: Db, row: { id: string; workspaceId: string; userId: string; role: string }): Promise<void> {
  await db.insert(members).values({ id: row.id, organizationId: row.workspaceId, userId: row.userId, role: row.role });
}

export async function findRole(db: Db, workspaceId: string, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.organizationId, workspaceId), eq(members.userId, userId)))
    .limit(1);
  return row?.role;
}

/** Every workspace the user belongs to, oldest membership first. */
export async function listMemberships(db: Db, userId: string): Promise<(WorkspaceRow & { role: string })[]> {
  return db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, logo: workspaces.logo, metadata: workspaces.metadata, createdAt: workspaces.createdAt, role: members.role })
    .from(members)
    .innerJoin(workspaces, eq(workspaces.id, members.organizationId))
    .where(eq(members.userId, userId))
    .orderBy(asc(members.createdAt), asc(workspaces.id));
}

const memberColumns = { id: members.id, userId: members.userId, name: users.name, email: users.email, role: members.role, createdAt: members.createdAt };

export async function listMembers(db: Db, workspaceId: string): Promise<MemberWithUser[]> {
  return db.select(memberColumns).from(members).innerJoin(users, eq(users.id, members.userId)).where(eq(members.organizationId, workspaceId)).orderBy(asc(users.name), asc(members.id));
}

export async function findMember(db: Db, workspaceId: string, memberId: string): Promise<MemberWithUser | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, workspaceId), eq(members.id, memberId)))
    .limit(1);
  return row;
}

export async function findMemberByUser(db: Db, workspaceId: string, userId: string): Promise<MemberWithUser | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, workspaceId), eq(members.userId, userId)))
    .limit(1);
  return row;
}

export async function updateMemberRole(db: Db, memberId: string, role: string): Promise<void> {
  await db.update(members).set({ role }).where(eq(members.id, memberId));
}

export async function deleteMember(db: Db, memberId: string): Promise<void> {
  await db.delete(members).where(eq(members.id, memberId));
}

/** Owners of the workspace, counted under a row lock so two demotions cannot both pass. */
export async function countOwnersForUpdate(db: Db, workspaceId: string): Promise<number> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, workspaceId), eq(members.role, 'owner')))
    .for('update');
  return rows.length;
}

/** Gives questions and packs from before workspaces existed to this workspace. */
export async function adoptUnownedRows(db: Db, workspaceId: string): Promise<number> {
  const adopted = await db.update(questions).set({ workspaceId }).where(isNull(questions.workspaceId)).returning({ id: questions.id });
  await db.update(packs).set({ workspaceId }).where(isNull(packs.workspaceId));
  return adopted.length;
}

