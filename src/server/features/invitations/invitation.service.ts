// Invitations: a single-use link that expires, made by someone who may manage members. Candor keeps
// only the hash of the link's secret; the link is shown once (and emailed when SMTP is set up).
import type { Db } from '../../db/client';
import { AppError } from '../../../core/errors';
import { hashSecret, newSecret } from '../../../core/secrets';
import { canAssignRole } from '../../../core/auth/permissions';
import { roleSchema, type Invitation, type Role } from '../../../shared/auth.schema';
import { addMember, findMemberByUser } from '../workspaces/workspace.service';
import { createUser, findUserByEmail } from '../auth/auth.service';
import * as repo from './invitation.repo';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

function statusOf(row: repo.InvitationRow): Invitation['status'] {
  if (row.status === 'pending' && row.expiresAt <= new Date()) return 'expired';
  return row.status as Invitation['status'];
}

const present = (row: repo.InvitationRow): Invitation => ({
  id: row.id,
  email: row.email,
  role: roleSchema.parse(row.role),
  status: statusOf(row),
  expiresAt: row.expiresAt.toISOString(),
  createdAt: row.createdAt.toISOString(),
  invitedBy: row.inviterName,
});

export const invitationLink = (baseUrl: string, secret: string) => `${baseUrl.replace(/\/+$/, '')}/join/${secret}`;

export async function createInvitation(
  db: Db,
  input: { workspaceId: string; email: string; role: Role; inviterId: string; inviterRole: Role; baseUrl: string },
): Promise<{ invitation: Invitation; link: string; workspaceName: string }> {
  if (!canAssignRole(input.inviterRole, null, input.role)) throw new AppError('forbidden', 'Only an owner can invite another owner.');
  const existing = await findUserByEmail(db, input.email);
  if (existing && (await findMemberByUser(db, input.workspaceId, existing.id)))
    throw new AppError('already_member', `${input.email} is already a member of this workspace.`);
  await repo.cancelPendingFor(db, input.workspaceId, input.email);
  const secret = newSecret();
  const id = await repo.insertInvitation(db, {
    workspaceId: input.workspaceId,
    email: input.email,
    role: input.role,
    inviterId: input.inviterId,
    tokenHash: hashSecret(secret),
    expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
  });
  const row = (await repo.findInvitation(db, input.workspaceId, id))!;
  return { invitation: present(row), link: invitationLink(input.baseUrl, secret), workspaceName: row.workspaceName };
}

export async function listInvitations(db: Db, workspaceId: string): Promise<Invitation[]> {
  return (await repo.listInvitations(db, workspaceId)).map(present);
}

export async function cancelInvitation(db: Db, workspaceId: string, id: string): Promise<Invitation> {
  const row = await repo.findInvitation(db, workspaceId, id);
  if (!row) throw new AppError('not_found', 'There is no such invitation in this workspace.');
  if (statusOf(row) !== 'pending') throw new AppError('invitation_expired', `The invitation is already ${statusOf(row)}.`);
  await repo.setStatus(db, id, 'canceled');
  return { ...present(row), status: 'canceled' };
}

async function usableInvitation(db: Db, secret: string): Promise<repo.InvitationRow> {
  const row = await repo.findInvitationByHash(db, hashSecret(secret));
  if (!row) throw new AppError('not_found', 'This invitation link is not valid. Ask for a new one.');
  const status = statusOf(row);
  if (status !== 'pending') throw new AppError('invitation_expired', `This invitation was ${status === 'expired' ? 'not used in time' : status}. Ask for a new one.`);
  return row;
}

export async function previewInvitation(db: Db, secret: string) {
  const row = await usableInvitation(db, secret);
  return {
    workspaceName: row.workspaceName,
    email: row.email,
    role: roleSchema.parse(row.role),
    expiresAt: row.expiresAt.toISOString(),
    hasAccount: Boolean(await findUserByEmail(db, row.email)),
  };
}

/**
 * Uses the invitation once: creates the account (when `newAccount` is given) and the membership,
 * in the caller's transaction. An existing account must have proven its password before (by
 * signing in), so this never checks a password itself.
 */
export async function acceptInvitation(
  db: Db,
  secret: string,
  newAccount: { name: string; password: string } | null,
): Promise<{ invitationId: string; workspaceId: string; userId: string; email: string; role: Role }> {
  const row = await usableInvitation(db, secret);
  if (!(await repo.claimInvitation(db, row.id))) throw new AppError('invitation_expired', 'This invitation was just used. Ask for a new one.');
  const user = newAccount ? await createUser(db, { ...newAccount, email: row.email }) : await findUserByEmail(db, row.email);
  if (!user) throw new AppError('not_found', 'There is no account for this invitation yet: choose a name and password.');
  const role = roleSchema.parse(row.role);
  await addMember(db, { workspaceId: row.workspaceId, userId: user.id, role });
  return { invitationId: row.id, workspaceId: row.workspaceId, userId: user.id, email: row.email, role };
}
