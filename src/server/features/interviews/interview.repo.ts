// SQL for interviews: the interview, its interviewers and the snapshot of its questions.
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { members, users } from '../../db/auth-schema';
import { questions } from '../../db/schema';
import { candidates, interviewInterviewers, interviewQuestions, interviews, kits, scorecards } from '../../db/hiring-schema';

export type InterviewRow = typeof interviews.$inferSelect;
export type InterviewQuestionRow = typeof interviewQuestions.$inferSelect;
export type QuestionRow = typeof questions.$inferSelect;
export type InterviewListRow = InterviewRow & { candidateName: string };

export async function findKit(db: Db, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(kits)
    .where(and(eq(kits.workspaceId, workspaceId), eq(kits.id, id), isNull(kits.deletedAt)))
    .limit(1);
  return row;
}

export async function findQuestions(db: Db, workspaceId: string, ids: string[]): Promise<QuestionRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(questions)
    .where(and(eq(questions.workspaceId, workspaceId), inArray(questions.id, ids), isNull(questions.deletedAt)));
}

/** Members of the workspace among `userIds`, with their role and name. */
export async function findMembers(db: Db, workspaceId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: members.role })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, workspaceId), inArray(members.userId, userIds)));
}

export async function insertInterview(db: Db, row: typeof interviews.$inferInsert): Promise<InterviewRow> {
  const [inserted] = await db.insert(interviews).values(row).returning();
  return inserted!;
}

export async function insertInterviewQuestions(db: Db, rows: (typeof interviewQuestions.$inferInsert)[]) {
  if (rows.length) await db.insert(interviewQuestions).values(rows);
}

export async function replaceInterviewers(db: Db, interviewId: string, userIds: string[]) {
  await db.delete(interviewInterviewers).where(eq(interviewInterviewers.interviewId, interviewId));
  if (userIds.length) await db.insert(interviewInterviewers).values(userIds.map((userId) => ({ interviewId, userId })));
}

export async function findInterview(db: Db, workspaceId: string, id: string, lock = false): Promise<InterviewListRow | undefined> {
  const query = db
    .select({ ...interviewColumns, candidateName: candidates.name })
    .from(interviews)
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .where(and(eq(interviews.workspaceId, workspaceId), eq(interviews.id, id)))
    .limit(1);
  const [row] = lock ? await query.for('update', { of: interviews }) : await query;
  return row;
}

const interviewColumns = {
  id: interviews.id,
  workspaceId: interviews.workspaceId,
  candidateId: interviews.candidateId,
  kitId: interviews.kitId,
  kitName: interviews.kitName,
  minutes: interviews.minutes,
  notes: interviews.notes,
  scheduledAt: interviews.scheduledAt,
  status: interviews.status,
  startedAt: interviews.startedAt,
  completedAt: interviews.completedAt,
  cancelledAt: interviews.cancelledAt,
  createdBy: interviews.createdBy,
  version: interviews.version,
  createdAt: interviews.createdAt,
  updatedAt: interviews.updatedAt,
};

export async function listInterviews(
  db: Db,
  workspaceId: string,
  filter: { status?: string; candidateId?: string; interviewerId?: string },
): Promise<InterviewListRow[]> {
  const conditions: SQL[] = [eq(interviews.workspaceId, workspaceId)];
  if (filter.status) conditions.push(eq(interviews.status, filter.status));
  if (filter.candidateId) conditions.push(eq(interviews.candidateId, filter.candidateId));
  if (filter.interviewerId)
    conditions.push(
      sql`exists (select 1 from ${interviewInterviewers} where ${interviewInterviewers.interviewId} = ${interviews.id} and ${interviewInterviewers.userId} = ${filter.interviewerId})`,
    );
  return db
    .select({ ...interviewColumns, candidateName: candidates.name })
    .from(interviews)
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .where(and(...conditions))
    .orderBy(desc(interviews.scheduledAt), desc(interviews.id))
    .limit(500);
}

/** The interviewers of each interview, with their scorecard's status. */
export async function listInterviewers(db: Db, interviewIds: string[]) {
  if (interviewIds.length === 0) return [];
  return db
    .select({ interviewId: interviewInterviewers.interviewId, userId: users.id, name: users.name, email: users.email, scorecardStatus: scorecards.status })
    .from(interviewInterviewers)
    .innerJoin(users, eq(users.id, interviewInterviewers.userId))
    .leftJoin(scorecards, and(eq(scorecards.interviewId, interviewInterviewers.interviewId), eq(scorecards.interviewerId, interviewInterviewers.userId)))
    .where(inArray(interviewInterviewers.interviewId, interviewIds))
    .orderBy(asc(users.name), asc(users.id));
}

export async function countQuestions(db: Db, interviewIds: string[]) {
  if (interviewIds.length === 0) return [];
  return db
    .select({ interviewId: interviewQuestions.interviewId, count: sql<number>`count(*)::int` })
    .from(interviewQuestions)
    .where(inArray(interviewQuestions.interviewId, interviewIds))
    .groupBy(interviewQuestions.interviewId);
}

export async function listInterviewQuestions(db: Db, interviewIds: string[]): Promise<InterviewQuestionRow[]> {
  if (interviewIds.length === 0) return [];
  return db.select().from(interviewQuestions).where(inArray(interviewQuestions.interviewId, interviewIds)).orderBy(asc(interviewQuestions.interviewId), asc(interviewQuestions.position));
}

export async function updateInterview(db: Db, id: string, values: Partial<typeof interviews.$inferInsert>): Promise<void> {
  await db
    .update(interviews)
    .set({ ...values, version: sql`${interviews.version} + 1`, updatedAt: new Date() })
    .where(eq(interviews.id, id));
}
