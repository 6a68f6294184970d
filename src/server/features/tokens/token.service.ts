// API tokens for scripts and integrations. The secret is 256 random bits shown once; Candor keeps
// its SHA-256. A token acts as a member and can never do more than that member's role allows,
// narrowed to reads when its scope is read.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { AppError } from '../../../core/errors';
import { hashSecret, newSecret } from '../../../core/secrets';
import { roleSchema, tokenScopeSchema, type ApiToken, type Role, type TokenScope } from '../../../shared/auth.schema';
import { recordAudit } from '../audit/audit.service';
import { findMemberByUser } from '../workspaces/workspace.service';
import * as repo from './token.repo';
import { AUTH_CHANGED_CHANNEL, type TokenCache } from './token-cache';

const TOKEN_PREFIX = 'candor_';

const present = (t: repo.TokenWithUser): ApiToken => ({
  id: t.id,
  name: t.name,
  scope: tokenScopeSchema.parse(t.scope),
  user: { id: t.userId, name: t.userName, email: t.userEmail },
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export async function createToken(
  db: Db,
  input: { workspaceId: string; userId: string; name: string; scope: TokenScope; createdBy: string | null },
): Promise<{ token: ApiToken; secret: string }> {
  const member = await findMemberByUser(db, input.workspaceId, input.userId);
  if (!member) throw new AppError('not_found', 'A token must act as a member of this workspace.');
  // A candidate's practice is theirs alone: no admin may mint a way to read it as them.
  if (member.role === 'candidate' && input.createdBy !== null && input.createdBy !== input.userId)
    throw new AppError('forbidden', 'A token cannot act as a candidate for someone else: their practice answers are private to them.');
  const secret = TOKEN_PREFIX + newSecret();
  const id = randomUUID();
  await repo.insertToken(db, {
    id,
    workspaceId: input.workspaceId,
    userId: input.userId,
    name: input.name,
    scope: input.scope,
    prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    tokenHash: hashSecret(secret),
    createdBy: input.createdBy,
  });
  return { token: present((await repo.findToken(db, input.workspaceId, id))!), secret };
}

export async function listTokens(db: Db, workspaceId: string): Promise<ApiToken[]> {
  return (await repo.listTokens(db, workspaceId)).map(present);
}

export async function revokeToken(db: Db, workspaceId: string, id: string): Promise<ApiToken> {
  const token = await repo.findToken(db, workspaceId, id);
  if (!token) throw new AppError('not_found', 'There is no such token in this workspace.');
  await repo.revokeToken(db, id);
  await notifyAuthChanged(db);
  return present(token);
}

export interface TokenIdentity {
  tokenId: string;
  userId: string;
  name: string;
  email: string;
  workspaceId: string;
  role: Role;
  scope: TokenScope;
}

/** Tells every instance to forget cached token identities; delivered at commit. */
export const notifyAuthChanged = (db: Db) => repo.notify(db, AUTH_CHANGED_CHANNEL);

/** Who a bearer secret acts as, or undefined for an unknown, revoked or orphaned token. */
export async function authenticateToken(db: Db, secret: string, ip: string, cache?: TokenCache): Promise<TokenIdentity | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return undefined;
  const tokenHash = hashSecret(secret);
  const cached = cache?.get(tokenHash);
  if (cached) return cached;
  const row = await repo.findLiveTokenByHash(db, tokenHash);
  if (!row) return undefined;
  const now = new Date();
  // Checked here first so that most requests make no write at all.
  const stale = !row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= 60_000;
  if (stale && (await repo.touchToken(db, row.id, now)))
    await recordAudit(db, { workspaceId: row.workspaceId, actorUserId: row.userId, actorTokenId: row.id, ip }, { action: 'token.used', targetType: 'token', targetId: row.id });
  const identity: TokenIdentity = {
    tokenId: row.id,
    userId: row.userId,
    name: row.userName,
    email: row.userEmail,
    workspaceId: row.workspaceId,
    role: roleSchema.parse(row.role),
    scope: tokenScopeSchema.parse(row.scope),
  };
  cache?.set(tokenHash, identity);
  return identity;
}
