// SQL for the audit log: append-only rows, read newest first in keyset pages.
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, isNull, like, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditEvents, members, users } from '../../db/auth-schema';

export interface AuditInsert {
  workspaceId: string | null;
  actorUserId: string | null;
  actorTokenId?: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

export async function insertAuditEvent(db: Db, event: AuditInsert): Promise<void> {
  await db.insert(auditEvents).values({
    id: randomUUID(),
    workspaceId: event.workspaceId,
    actorUserId: event.actorUserId,
    actorTokenId: event.actorTokenId ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    ip: event.ip ?? null,
    details: event.details ?? {},
  });
}

export interface AuditRow {
  id: string;
  createdAt: Date;
  actorUserId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorTokenId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export async function listAuditEvents(
  db: Db,
  workspaceId: string,
  options: { after?: { createdAt: Date; id: string }; limit: number; actionPrefix?: string },
): Promise<AuditRow[]> {
  // Account events (sign-ins) belong to no workspace: each workspace sees those of its members.
  const memberIds = db.select({ id: members.userId }).from(members).where(eq(members.organizationId, workspaceId));
  const filters = [or(eq(auditEvents.workspaceId, workspaceId), and(isNull(auditEvents.workspaceId), inArray(auditEvents.actorUserId, memberIds)))!];
  if (options.actionPrefix) filters.push(like(auditEvents.action, `${options.actionPrefix.replace(/[\\%_]/g, '\\$&')}%`));
  if (options.after)
    filters.push(or(lt(auditEvents.createdAt, options.after.createdAt), and(eq(auditEvents.createdAt, options.after.createdAt), lt(auditEvents.id, options.after.id)))!);
  return db
    .select({
      id: auditEvents.id,
      createdAt: auditEvents.createdAt,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      actorEmail: users.email,
      actorTokenId: auditEvents.actorTokenId,
      action: auditEvents.action,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      ip: auditEvents.ip,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...filters))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(options.limit);
}

export async function countAuditEvents(db: Db, action: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(eq(auditEvents.action, action));
  return row?.n ?? 0;
}
