// SQL for debriefs: hiring decisions, and the interviews calibration counts.
import { and, desc, eq, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/auth-schema';
import { decisions, interviews } from '../../db/hiring-schema';

export type DecisionRow = typeof decisions.$inferSelect & { decidedByName: string | null; decidedByEmail: string | null };

export async function insertDecision(db: Db, row: typeof decisions.$inferInsert) {
  const [inserted] = await db.insert(decisions).values(row).returning({ id: decisions.id });
  return inserted!.id;
}

export async function listDecisions(db: Db, workspaceId: string, candidateId: string): Promise<DecisionRow[]> {
  const rows = await db
    .select({ decision: decisions, decidedByName: users.name, decidedByEmail: users.email })
    .from(decisions)
    .leftJoin(users, eq(users.id, decisions.decidedBy))
    .where(and(eq(decisions.workspaceId, workspaceId), eq(decisions.candidateId, candidateId)))
    .orderBy(desc(decisions.decidedAt), desc(decisions.id));
  return rows.map((r) => ({ ...r.decision, decidedByName: r.decidedByName, decidedByEmail: r.decidedByEmail }));
}

/** Each candidate's latest decision in the workspace. */
export async function latestDecisions(db: Db, workspaceId: string) {
  return db
    .selectDistinctOn([decisions.candidateId], { candidateId: decisions.candidateId, decision: decisions.decision })
    .from(decisions)
    .where(eq(decisions.workspaceId, workspaceId))
    .orderBy(decisions.candidateId, desc(decisions.decidedAt), desc(decisions.id));
}

/** Interviews that count for calibration: not cancelled, optionally of one kit. */
export async function countedInterviews(db: Db, workspaceId: string, kitId?: string) {
  const conditions: SQL[] = [eq(interviews.workspaceId, workspaceId), ne(interviews.status, 'cancelled')];
  if (kitId) conditions.push(eq(interviews.kitId, kitId));
  return db.select({ id: interviews.id, candidateId: interviews.candidateId, kitName: interviews.kitName }).from(interviews).where(and(...conditions));
}
