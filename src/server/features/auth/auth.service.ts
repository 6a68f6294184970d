// Signing in and out, and who a session cookie belongs to. better-auth checks the password,
// creates the session (a new id at every sign-in) and signs the cookie; Candor adds brute-force
// protection, the absolute session lifetime, the active workspace and the audit trail.
import { APIError } from 'better-auth/api';
import type { Db } from '../../db/client';
import { AppError } from '../../../core/errors';
import { newSecret } from '../../../core/secrets';
import { ACCOUNT_RULE, ADDRESS_RULE, recordFailure, retryAfterMs, type ThrottleRule } from '../../../core/auth/throttle';
import { allowedActions } from '../../../core/auth/permissions';
import type { Me, Role, TokenScope } from '../../../shared/auth.schema';
import { recordAudit } from '../audit/audit.service';
import { listMemberships } from '../workspaces/workspace.service';
import { CLIENT_IP_HEADER, type Auth } from './better-auth';
import { hashPassword } from './password';
import * as repo from './auth.repo';

export interface AuthDeps {
  db: Db;
  auth: Auth;
  /** Sessions end this long after sign-in however active they are. */
  absoluteTimeoutMs: number;
}

export interface SessionIdentity {
  userId: string;
  name: string;
  email: string;
  sessionId: string;
  workspaceId: string | null;
  role: Role | null;
}

/** What a call into better-auth returns for Candor to pass on: cookies to set or clear. */
export interface CookieResult<T> {
  value: T;
  setCookie: string[];
}

const authHeaders = (cookie: string | undefined, ip?: string, userAgent?: string) => {
  const headers = new Headers();
  if (cookie) headers.set('cookie', cookie);
  if (ip) headers.set(CLIENT_IP_HEADER, ip);
  if (userAgent) headers.set('user-agent', userAgent.slice(0, 400));
  return headers;
};

/** The active workspace (the session's choice if still a member, else the oldest membership). */
async function activeMembership(db: Db, userId: string, sessionId: string, wanted: string | null) {
  const memberships = await listMemberships(db, userId);
  const active = memberships.find((m) => m.id === wanted) ?? memberships[0];
  if (active && active.id !== wanted) await repo.setActiveWorkspace(db, sessionId, active.id);
  return active;
}

/** Who the session cookie belongs to, or null; refreshing the session may reissue the cookie. */
export async function resolveSession(deps: AuthDeps, cookie: string | undefined): Promise<CookieResult<SessionIdentity | null>> {
  if (!cookie) return { value: null, setCookie: [] };
  const { response, headers } = await deps.auth.api.getSession({ headers: authHeaders(cookie), returnHeaders: true });
  if (!response) return { value: null, setCookie: [] };
  const { session, user } = response;
  if (Date.now() - new Date(session.createdAt).getTime() > deps.absoluteTimeoutMs) {
    await repo.deleteSession(deps.db, session.id);
    return { value: null, setCookie: [] };
  }
  const active = await activeMembership(deps.db, user.id, session.id, (session as { activeOrganizationId?: string | null }).activeOrganizationId ?? null);
  return {
    value: { userId: user.id, name: user.name, email: user.email, sessionId: session.id, workspaceId: active?.id ?? null, role: active?.role ?? null },
    setCookie: headers.getSetCookie(),
  };
}

async function assertNotThrottled(db: Db, email: string, ip: string) {
  const now = new Date();
  const wait = Math.max(retryAfterMs(await repo.findThrottle(db, 'account', email), now), retryAfterMs(await repo.findThrottle(db, 'address', ip), now));
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    throw new AppError('rate_limited', `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minute(s).`, { headers: { 'Retry-After': String(seconds) } });
  }
}

/** In the caller's transaction, which holds the key's row until it commits. */
async function countFailure(db: Db, kind: string, key: string, rule: ThrottleRule) {
  const now = new Date();
  await repo.saveThrottle(db, kind, key, recordFailure(await repo.lockThrottle(db, kind, key, now), rule, now));
}

/**
 * Signs in with email and password. Refused with 429 and Retry-After while the account or the
 * client address is locked out; every failure counts against both.
 */
export async function signIn(deps: AuthDeps, input: { email: string; password: string; ip: string; userAgent?: string }): Promise<CookieResult<string>> {
  const { db } = deps;
  await assertNotThrottled(db, input.email, input.ip);
  try {
    const { response, headers } = await deps.auth.api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers: authHeaders(undefined, input.ip, input.userAgent),
      returnHeaders: true,
    });
    await repo.clearThrottle(db, 'account', input.email);
    await recordAudit(db, { workspaceId: null, actorUserId: response.user.id, ip: input.ip }, { action: 'auth.sign_in' });
    return { value: response.user.id, setCookie: headers.getSetCookie() };
  } catch (e) {
    if (!(e instanceof APIError) || e.statusCode !== 401) throw e;
    await db.transaction(async (tx) => {
      await countFailure(tx, 'account', input.email, ACCOUNT_RULE);
      await countFailure(tx, 'address', input.ip, ADDRESS_RULE);
      const user = await repo.findUserByEmail(tx, input.email);
      await recordAudit(tx, { workspaceId: null, actorUserId: user?.id ?? null, ip: input.ip }, { action: 'auth.sign_in_failed', details: { email: input.email } });
    });
    throw new AppError('invalid_credentials', 'The email or password is wrong.');
  }
}

/** Ends the session the cookie names; returns the cookies that clear it in the browser. */
export async function signOut(deps: AuthDeps, cookie: string): Promise<string[]> {
  const { headers } = await deps.auth.api.signOut({ headers: authHeaders(cookie), returnHeaders: true });
  return headers.getSetCookie();
}

export async function listSessions(db: Db, userId: string, currentSessionId: string | null) {
  const rows = await repo.listSessionsOfUser(db, userId);
  return rows.map((s) => ({
    id: s.id,
    current: s.id === currentSessionId,
    createdAt: s.createdAt.toISOString(),
    lastActiveAt: s.updatedAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    ipAddress: s.ipAddress,
    userAgent: s.userAgent,
  }));
}

/** Revokes one of the user's own sessions; another user's session id is not found. */
export async function revokeSession(db: Db, userId: string, sessionId: string): Promise<void> {
  const session = await repo.findSessionOfUser(db, userId, sessionId);
  if (!session) throw new AppError('not_found', 'You have no such session.');
  await repo.deleteSession(db, session.id);
}

/** Makes the workspace the session's active one; returns the role the user holds there. */
export async function switchWorkspace(db: Db, input: { userId: string; sessionId: string; workspaceId: string }): Promise<Role> {
  const membership = (await listMemberships(db, input.userId)).find((m) => m.id === input.workspaceId);
  if (!membership) throw new AppError('not_found', 'You are not a member of that workspace.');
  await repo.setActiveWorkspace(db, input.sessionId, input.workspaceId);
  return membership.role;
}

/** A new user who signs in with email and password. */
export async function createUser(db: Db, input: { name: string; email: string; password: string }) {
  if (await repo.findUserByEmail(db, input.email)) throw new AppError('already_member', `An account for ${input.email} already exists.`);
  const user = await repo.insertUserWithPassword(db, { name: input.name, email: input.email, passwordHash: await hashPassword(input.password) });
  return { id: user.id, name: user.name, email: user.email };
}

export const findUserByEmail = async (db: Db, email: string) => {
  const user = await repo.findUserByEmail(db, email);
  return user && { id: user.id, name: user.name, email: user.email };
};

export const countUsers = (db: Db) => repo.countUsers(db);
export const getInstanceSecret = (db: Db) => repo.getOrCreateSetting(db, 'auth_secret', newSecret);

/** The signed-in person, the workspace they act in and what they may do there. */
export async function getMe(
  db: Db,
  actor: { userId: string; name: string; email: string; workspaceId: string | null; role: Role | null; scope: TokenScope; via: 'session' | 'token' },
): Promise<Me> {
  const memberships = await listMemberships(db, actor.userId);
  const active = memberships.find((m) => m.id === actor.workspaceId);
  return {
    user: { id: actor.userId, name: actor.name, email: actor.email },
    workspace: active ? { id: active.id, name: active.name, slug: active.slug } : null,
    role: active ? actor.role : null,
    permissions: active && actor.role ? allowedActions(actor.role, actor.scope) : [],
    workspaces: actor.via === 'token' ? (active ? [active] : []) : memberships,
    via: actor.via,
  };
}

/** `me` for a session just created, from the cookies better-auth set for it; optionally acting in `workspaceId`. */
export async function meOfNewSession(deps: AuthDeps, setCookie: string[], workspaceId?: string): Promise<Me> {
  const { value } = await resolveSession(deps, setCookie.map((c) => c.split(';')[0]).join('; '));
  if (!value) throw new Error('a session just created did not resolve');
  if (workspaceId && value.workspaceId !== workspaceId)
    Object.assign(value, { workspaceId, role: await switchWorkspace(deps.db, { userId: value.userId, sessionId: value.sessionId, workspaceId }) });
  return getMe(deps.db, { ...value, scope: 'write', via: 'session' });
}
