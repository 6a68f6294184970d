// SQL for invitations to a workspace.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { invitations, users, workspaces } from '../../db/auth-schema';

export interface InvitationRow {
  id: string;
  workspaceId: string;
  workspaceName: string;
  email: string;
  role: string;
  status: string;
  expiresAt: Date;
  createdAt: Date;
  inviterName: string;
}

const columns = {
  id: invitations.id,
  workspaceId: invitations.organizationId,
  workspaceName: workspaces.name,
  email: invitations.email,
  role: invitations.role,
  status: invitations.status,
  expiresAt: invitations.expiresAt,
  createdAt: invitations.createdAt,
  inviterName: users.name,
};

const joined = (db: Db) =>
  db.select(columns).from(invitations).innerJoin(workspaces, eq(workspaces.id, invitations.organizationId)).innerJoin(users, eq(users.id, invitations.inviterId));

export async function insertInvitation(
  db: Db,
  row: { workspaceId: string; email: string; role: string; inviterId: string; tokenHash: string; expiresAt: Date },
): Promise<string> {
  const id = randomUUID();
  await db.insert(invitations).values({ id, organizationId: row.workspaceId, email: row.email, role: row.role, status: 'pending', expiresAt: row.expiresAt, inviterId: row.inviterId, tokenHash: row.tokenHash });
  return id;
}

/** Earlier pending invitations of the same person end when a new one is made. */
export async function cancelPendingFor(db: Db, workspaceId: string, email: string): Promise<void> {
  await db
    .update(invitations)
    .set({ status: 'canceled' })
    .where(and(eq(invitations.organizationId, workspaceId), eq(invitations.email, email), eq(invitations.status, 'pending')));
}

export async function listInvitations(db: Db, workspaceId: string): Promise<InvitationRow[]> {
  return joined(db)
    .where(eq(invitations.organizationId, workspaceId))
    .orderBy(sql`${invitations.status} = 'pending' desc`, desc(invitations.createdAt))
    .limit(200);
}

export async function findInvitation(db: Db, workspaceId: string, id: string): Promise<InvitationRow | undefined> {
  const [row] = await joined(db)
    .where(and(eq(invitations.organizationId, workspaceId), eq(invitations.id, id)))
    .limit(1);
  return row;
}

export async function findInvitationByHash(db: Db, tokenHash: string): Promise<InvitationRow | undefined> {
  const [row] = await joined(db).where(eq(invitations.tokenHash, tokenHash)).limit(1);
  return row;
}

export async function setStatus(db: Db, id: string, status: 'canceled'): Promise<void> {
  await db.update(invitations).set({ status }).where(and(eq(invitations.id, id), eq(invitations.status, 'pending')));
}

/** Marks a pending, unexpired invitation accepted; false when another request got there first. */
export async function claimInvitation(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ status: 'accepted' })
    .where(and(eq(invitations.id, id), eq(invitations.status, 'pending'), gt(invitations.expiresAt, new Date())))
    .returning({ id: invitations.id });
  return rows.length === 1;
}
