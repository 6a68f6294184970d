// Who a request acts as, resolved once per request by http/access.ts from a session cookie or an
// API token, and what the audit log records about it.
import type { FastifyRequest } from 'fastify';
import type { Role, TokenScope } from '../../shared/auth.schema';
import { AppError } from '../../core/errors';
import type { AuditActor } from '../features/audit/audit.service';

export interface Actor {
  userId: string;
  name: string;
  email: string;
  via: 'session' | 'token';
  /** Set when via is session. */
  sessionId: string | null;
  /** Set when via is token. */
  tokenId: string | null;
  /** A session may do all its role allows; a token no more than its scope. */
  scope: TokenScope;
  /** The workspace the request acts in, or null for a user who belongs to none. */
  workspaceId: string | null;
  role: Role | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The signed-in actor; routes that declare an action only run with one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in first.');
  return request.actor;
}

/** The actor and the workspace it acts in; routes that declare an action only run with both. */
export function workspaceActorOf(request: FastifyRequest): Actor & { workspaceId: string; role: Role } {
  const actor = actorOf(request);
  if (!actor.workspaceId || !actor.role) throw new AppError('forbidden', 'You are not a member of any workspace.');
  return actor as Actor & { workspaceId: string; role: Role };
}

export function auditActorOf(request: FastifyRequest): AuditActor {
  return {
    workspaceId: request.actor?.workspaceId ?? null,
    actorUserId: request.actor?.userId ?? null,
    actorTokenId: request.actor?.tokenId ?? null,
    ip: request.ip,
  };
}
