// The audit log: who did what, when, from which address. Written in the same transaction as the
// change it records, so a change without its audit row (or the reverse) cannot be committed.
import type { Db } from '../../db/client';
import { decodeCursor, encodeCursor } from '../../../core/cursor';
import type { AuditEvent } from '../../../shared/auth.schema';
import * as repo from './audit.repo';

/** Who acted and from where: the part of an audit event that comes from the request. */
export interface AuditActor {
  workspaceId: string | null;
  actorUserId: string | null;
  actorTokenId?: string | null;
  ip?: string | null;
}

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

export async function recordAudit(db: Db, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await repo.insertAuditEvent(db, { ...actor, ...entry });
}

export async function listAudit(
  db: Db,
  input: { workspaceId: string; cursor?: string; limit: number; action?: string },
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeCursor(input.cursor, 'newest') : undefined;
  const rows = await repo.listAuditEvents(db, input.workspaceId, {
    after: after ? { createdAt: new Date(String(after.k)), id: after.id } : undefined,
    limit: input.limit + 1,
    actionPrefix: input.action,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      actor: r.actorUserId ? { userId: r.actorUserId, name: r.actorName ?? '', email: r.actorEmail ?? '' } : null,
      tokenId: r.actorTokenId,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      ip: r.ip,
      details: r.details,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ s: 'newest', k: last.createdAt.toISOString(), id: last.id }) : null,
  };
}
