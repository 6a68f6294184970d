// SQL for scorecards and their immutable revisions.
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/auth-schema';
import { interviewInterviewers, interviews, scorecardRevisions, scorecards, workspaceSettings } from '../../db/hiring-schema';

export type ScorecardRow = typeof scorecards.$inferSelect;
export type ScorecardWithPerson = ScorecardRow & { interviewerName: string; interviewerEmail: string };
export type RevisionRow = typeof scorecardRevisions.$inferSelect;

const withPerson = { scorecard: scorecards, interviewerName: users.name, interviewerEmail: users.email };
const flatten = (r: { scorecard: ScorecardRow; interviewerName: string; interviewerEmail: string }): ScorecardWithPerson => ({
  ...r.scorecard,
  interviewerName: r.interviewerName,
  interviewerEmail: r.interviewerEmail,
});

export async function insertScorecards(db: Db, rows: (typeof scorecards.$inferInsert)[]) {
  if (rows.length) await db.insert(scorecards).values(rows).onConflictDoNothing();
}

/** Removes the drafts of interviewers taken off an interview; submitted scorecards stay. */
export async function deleteDrafts(db: Db, interviewId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .delete(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), inArray(scorecards.interviewerId, userIds), eq(scorecards.status, 'draft')))
    .returning({ id: scorecards.id });
}

export async function countSubmitted(db: Db, interviewId: string, userIds: string[]) {
  if (userIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(scorecards)
    .where(and(eq(scorecards.interviewId, interviewId), inArray(scorecards.interviewerId, userIds), eq(scorecards.status, 'submitted')));
  return Number(row?.n ?? 0);
}

export async function findOwn(db: Db, workspaceId: string, interviewId: string, userId: string, lock = false): Promise<ScorecardWithPerson | undefined> {
  const query = db
    .select(withPerson)
    .from(scorecards)
    .innerJoin(users, eq(users.id, scorecards.interviewerId))
    .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.interviewId, interviewId), eq(scorecards.interviewerId, userId)))
    .limit(1);
  const [row] = lock ? await query.for('update', { of: scorecards }) : await query;
  return row && flatten(row);
}

/** Every scorecard of the given candidates (drafts included: the caller filters what may be seen). */
export async function listForCandidates(db: Db, workspaceId: string, candidateIds: string[]): Promise<ScorecardWithPerson[]> {
  if (candidateIds.length === 0) return [];
  const rows = await db
    .select(withPerson)
    .from(scorecards)
    .innerJoin(users, eq(users.id, scorecards.interviewerId))
    .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
    .where(and(eq(scorecards.workspaceId, workspaceId), inArray(scorecards.candidateId, candidateIds), ne(interviews.status, 'cancelled')))
    .orderBy(asc(scorecards.interviewId), asc(users.name), asc(scorecards.id));
  return rows.map(flatten);
}

export async function listRevisions(db: Db, scorecardIds: string[]): Promise<RevisionRow[]> {
  if (scorecardIds.length === 0) return [];
  return db.select().from(scorecardRevisions).where(inArray(scorecardRevisions.scorecardId, scorecardIds)).orderBy(asc(scorecardRevisions.scorecardId), asc(scorecardRevisions.revision));
}

export async function updateScorecard(db: Db, id: string, values: Partial<typeof scorecards.$inferInsert>): Promise<void> {
  await db
    .update(scorecards)
    .set({ ...values, version: sql`${scorecards.version} + 1`, updatedAt: new Date() })
    .where(eq(scorecards.id, id));
}

export async function insertRevision(db: Db, row: typeof scorecardRevisions.$inferInsert) {
  await db.insert(scorecardRevisions).values(row);
}

/**
 * Candidates (among `candidateIds`, or all) for which `userId` still has an unsubmitted scorecard in
 * an interview that was not cancelled: the candidates whose other scorecards they may not see yet.
 */
export async function candidatesPendingFor(db: Db, workspaceId: string, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ candidateId: scorecards.candidateId })
    .from(scorecards)
    .innerJoin(interviews, eq(interviews.id, scorecards.interviewId))
    .innerJoin(interviewInterviewers, and(eq(interviewInterviewers.interviewId, scorecards.interviewId), eq(interviewInterviewers.userId, scorecards.interviewerId)))
    .where(and(eq(scorecards.workspaceId, workspaceId), eq(scorecards.interviewerId, userId), eq(scorecards.status, 'draft'), ne(interviews.status, 'cancelled')));
  return new Set(rows.map((r) => r.candidateId));
}

export async function findSettings(db: Db, workspaceId: string) {
  const [row] = await db.select().from(workspaceSettings).where(eq(workspaceSettings.workspaceId, workspaceId)).limit(1);
  return row;
}

export async function upsertSettings(db: Db, workspaceId: string, showScorecardsBeforeSubmit: boolean) {
  await db
    .insert(workspaceSettings)
    .values({ workspaceId, showScorecardsBeforeSubmit })
    .onConflictDoUpdate({ target: workspaceSettings.workspaceId, set: { showScorecardsBeforeSubmit, updatedAt: new Date() } });
}
