// Workspaces and their members. Every piece of data belongs to one workspace; a member's role in
// it decides, through core's permission table, what they may do there.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { AppError } from '../../../core/errors';
import { canAssignRole } from '../../../core/auth/permissions';
import { roleSchema, type Member, type Role, type Workspace } from '../../../shared/auth.schema';
import { loadBundledPacks } from '../packs/pack.service';
import { notifyAuthChanged } from '../tokens/token.service';
import * as repo from './workspace.repo';

const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'workspace';

const presentWorkspace = (w: repo.WorkspaceRow): Workspace => ({ id: w.id, name: w.name, slug: w.slug });
const presentMember = (m: repo.MemberWithUser): Member => ({ ...m, role: roleSchema.parse(m.role), createdAt: m.createdAt.toISOString() });

/**
 * A workspace with its owner. It adopts questions from before workspaces existed, and gets the
 * bundled packs when a packs folder is given, so a new team starts with a full bank.
 */
export async function createWorkspace(db: Db, input: { name: string; ownerUserId: string; bundledPacksDir?: string | null }): Promise<Workspace> {
  const base = slugify(input.name);
  let slug = base;
  for (let n = 2; await repo.isSlugTaken(db, slug); n++) slug = `${base}-${n}`;
  const workspace = await repo.insertWorkspace(db, { id: randomUUID(), name: input.name, slug });
  await repo.insertMember(db, { id: randomUUID(), workspaceId: workspace.id, userId: input.ownerUserId, role: 'owner' });
  await repo.adoptUnownedRows(db, workspace.id);
  if (input.bundledPacksDir) await loadBundledPacks(db, input.bundledPacksDir, workspace.id);
  return presentWorkspace(workspace);
}

export const listWorkspaceIds = async (db: Db) => (await repo.listWorkspaces(db)).map((w) => w.id);

export async function listMemberships(db: Db, userId: string): Promise<(Workspace & { role: Role })[]> {
  const rows = await repo.listMemberships(db, userId);
  return rows.map((r) => ({ ...presentWorkspace(r), role: roleSchema.parse(r.role) }));
}

export async function addMember(db: Db, input: { workspaceId: string; userId: string; role: Role }): Promise<Member> {
  if (await repo.findRole(db, input.workspaceId, input.userId)) throw new AppError('already_member', 'That person is already a member of this workspace.');
  await repo.insertMember(db, { id: randomUUID(), ...input });
  return presentMember((await repo.findMemberByUser(db, input.workspaceId, input.userId))!);
}

export async function listMembers(db: Db, workspaceId: string): Promise<Member[]> {
  return (await repo.listMembers(db, workspaceId)).map(presentMember);
}

export async function getMember(db: Db, workspaceId: string, memberId: string): Promise<Member> {
  const member = await repo.findMember(db, workspaceId, memberId);
  if (!member) throw new AppError('not_found', 'There is no such member in this workspace.');
  return presentMember(member);
}

export async function findMemberByUser(db: Db, workspaceId: string, userId: string): Promise<Member | undefined> {
  const member = await repo.findMemberByUser(db, workspaceId, userId);
  return member && presentMember(member);
}

async function assertOwnerRemains(db: Db, workspaceId: string, member: Member) {
  if (member.role === 'owner' && (await repo.countOwnersForUpdate(db, workspaceId)) <= 1)
    throw new AppError('last_owner', 'This is the only owner: make someone else owner first.');
}

/** Changes a member's role; only an owner grants or removes ownership, and one owner always remains. */
export async function changeMemberRole(
  db: Db,
  input: { workspaceId: string; actorRole: Role; memberId: string; role: Role },
): Promise<{ member: Member; previousRole: Role }> {
  const member = await getMember(db, input.workspaceId, input.memberId);
  if (!canAssignRole(input.actorRole, member.role, input.role)) throw new AppError('forbidden', 'Only an owner can grant or take away the owner role.');
  if (input.role !== 'owner') await assertOwnerRemains(db, input.workspaceId, member);
  await repo.updateMemberRole(db, member.id, input.role);
  await notifyAuthChanged(db);
  return { member: { ...member, role: input.role }, previousRole: member.role };
}

export async function removeMember(db: Db, input: { workspaceId: string; actorRole: Role; memberId: string }): Promise<Member> {
  const member = await getMember(db, input.workspaceId, input.memberId);
  if (member.role === 'owner' && input.actorRole !== 'owner') throw new AppError('forbidden', 'Only an owner can remove an owner.');
  await assertOwnerRemains(db, input.workspaceId, member);
  await repo.deleteMember(db, member.id);
  await notifyAuthChanged(db);
  return member;
}

/** The workspace a CLI command acts in: the one named by slug, or the only one there is. */
export async function chooseWorkspace(db: Db, slug?: string): Promise<Workspace> {
  const workspaces = (await repo.listWorkspaces(db)).map(presentWorkspace);
  if (!workspaces.length)
    throw new AppError('not_found', 'Candor has no workspace yet. Set it up first: open the link `npm start` prints, or run `npx candor user create --email you@example.com --role owner`.');
  if (slug) {
    const found = workspaces.find((w) => w.slug === slug);
    if (!found) throw new AppError('not_found', `No workspace "${slug}". Workspaces: ${workspaces.map((w) => w.slug).join(', ')}.`);
    return found;
  }
  if (workspaces.length > 1) throw new AppError('validation_failed', `Several workspaces exist; choose one with --workspace: ${workspaces.map((w) => w.slug).join(', ')}.`);
  return workspaces[0]!;
}
