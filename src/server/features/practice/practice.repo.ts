// SQL for practice: sessions, attempts, review cards and the reads behind reports and progress.
// Every query names the user and the workspace: practice rows belong to the one who practised.
// Questions are read here only as practice needs them (the pool to choose from, titles, practice
// views), never their answers; the full question for grading comes from the questions service.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/client';
import { users } from '../../db/auth-schema';
import { questions } from '../../db/schema';
import { practiceAttempts, practiceSessions, reviewCards, type PracticeSettingsRow } from '../../db/practice-schema';

export type SessionRow = typeof practiceSessions.$inferSelect;
export type AttemptRow = typeof practiceAttempts.$inferSelect;
export type CardRow = typeof reviewCards.$inferSelect;
export type CardValues = Omit<CardRow, 'userId' | 'workspaceId' | 'questionId'>;

export interface PoolFilters {
  workspaceId: string;
  pack: string | null;
  difficulties: string[];
  categories: string[];
}

/** A live question that matches the session's choices, with what this user has done with it. */
export interface PoolRow {
  id: string;
  category: string;
  minutes: number;
  due: Date | null;
  attempts: number;
}

const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;

export async function listPool(db: Db, userId: string, filters: PoolFilters): Promise<PoolRow[]> {
  const rows = await queryRows<{ id: string; category: string; minutes: number }>(
    db,
    sql`select q.id, q.category, q.minutes from questions q
        where q.workspace_id = ${filters.workspaceId} and q.deleted_at is null
          and (${filters.pack}::text is null or q.source = ${filters.pack})
          and (cardinality(${textArray(filters.difficulties)}) = 0 or q.difficulty = any(${textArray(filters.difficulties)}))
          and (cardinality(${textArray(filters.categories)}) = 0 or q.category = any(${textArray(filters.categories)}))`,
  );
  // The user's cards and attempt counts are read apart and merged here, each in one pass. Joined to
  // the bank, they were planned as nested loops that scanned the user's whole history once per
  // question: seconds for a 2,000-question bank on PGlite, which keeps no statistics.
  const cards = await db
    .select({ questionId: reviewCards.questionId, due: reviewCards.due })
    .from(reviewCards)
    .where(and(eq(reviewCards.userId, userId), eq(reviewCards.workspaceId, filters.workspaceId)));
  const counts = await queryRows<{ question_id: string; n: number | string }>(
    db,
    sql`select question_id, count(*) as n from practice_attempts where user_id = ${userId} and workspace_id = ${filters.workspaceId} group by question_id`,
  );
  const due = new Map(cards.map((c) => [c.questionId, c.due]));
  const attempts = new Map(counts.map((c) => [c.question_id, Number(c.n)]));
  return rows.map((r) => ({ id: r.id, category: r.category, minutes: Number(r.minutes), due: due.get(r.id) ?? null, attempts: attempts.get(r.id) ?? 0 }));
}

/** The practice-view columns of live questions, in no particular order. */
export async function listQuestionViews(db: Db, workspaceId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: questions.id,
      slug: questions.slug,
      title: questions.title,
      type: questions.type,
      category: questions.category,
      difficulty: questions.difficulty,
      tags: questions.tags,
      minutes: questions.minutes,
      prompt: questions.prompt,
      whyAsked: questions.whyAsked,
      approach: questions.approach,
      version: questions.version,
    })
    .from(questions)
    .where(and(eq(questions.workspaceId, workspaceId), inArray(questions.id, ids), isNull(questions.deletedAt)));
}

export async function insertSession(
  db: Db,
  row: { workspaceId: string; userId: string; mode: string; settings: PracticeSettingsRow; questionIds: string[]; minutes: number; startedAt: Date },
): Promise<SessionRow> {
  const [inserted] = await db.insert(practiceSessions).values(row).returning();
  return inserted!;
}

/** A session of the workspace, whoever owns it, with the owner's name: the service decides who may see it. */
export async function findSession(db: Db, workspaceId: string, id: string): Promise<(SessionRow & { ownerName: string }) | undefined> {
  const [row] = await db
    .select({ session: practiceSessions, ownerName: users.name })
    .from(practiceSessions)
    .innerJoin(users, eq(users.id, practiceSessions.userId))
    .where(and(eq(practiceSessions.workspaceId, workspaceId), eq(practiceSessions.id, id)))
    .limit(1);
  return row && { ...row.session, ownerName: row.ownerName };
}

export interface SessionStats {
  attemptCount: number;
  meanScore: number | null;
}

const sessionStats = {
  attemptCount: sql<number>`(select count(*)::int from practice_attempts a where a.session_id = ${practiceSessions.id})`,
  meanScore: sql<number | null>`(select avg(a.score)::float8 from practice_attempts a where a.session_id = ${practiceSessions.id})`,
};

export async function listSessions(db: Db, userId: string, workspaceId: string, limit: number): Promise<(SessionRow & SessionStats)[]> {
  const rows = await db
    .select({ session: practiceSessions, ...sessionStats })
    .from(practiceSessions)
    .where(and(eq(practiceSessions.userId, userId), eq(practiceSessions.workspaceId, workspaceId)))
    .orderBy(desc(practiceSessions.startedAt), desc(practiceSessions.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.session, attemptCount: Number(r.attemptCount), meanScore: r.meanScore === null ? null : Number(r.meanScore) }));
}

/** Reports their owners shared in this workspace, most recently shared first, with who shared them. */
export async function listSharedSessions(db: Db, workspaceId: string, limit: number): Promise<(SessionRow & SessionStats & { ownerName: string; ownerEmail: string })[]> {
  const rows = await db
    .select({ session: practiceSessions, ...sessionStats, ownerName: users.name, ownerEmail: users.email })
    .from(practiceSessions)
    .innerJoin(users, eq(users.id, practiceSessions.userId))
    .where(and(eq(practiceSessions.workspaceId, workspaceId), sql`${practiceSessions.sharedAt} is not null`))
    .orderBy(desc(practiceSessions.sharedAt), desc(practiceSessions.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.session, attemptCount: Number(r.attemptCount), meanScore: r.meanScore === null ? null : Number(r.meanScore), ownerName: r.ownerName, ownerEmail: r.ownerEmail }));
}

export async function updateSession(db: Db, id: string, patch: Partial<Pick<SessionRow, 'finishedAt' | 'sharedAt'>>): Promise<SessionRow> {
  const [row] = await db.update(practiceSessions).set(patch).where(eq(practiceSessions.id, id)).returning();
  return row!;
}

export async function insertAttempt(db: Db, row: Omit<AttemptRow, 'id' | 'createdAt'> & { createdAt: Date }): Promise<AttemptRow> {
  const [inserted] = await db.insert(practiceAttempts).values(row).returning();
  return inserted!;
}

export async function findOwnAttempt(db: Db, userId: string, workspaceId: string, id: string): Promise<AttemptRow | undefined> {
  const [row] = await db
    .select()
    .from(practiceAttempts)
    .where(and(eq(practiceAttempts.id, id), eq(practiceAttempts.userId, userId), eq(practiceAttempts.workspaceId, workspaceId)))
    .limit(1);
  return row;
}

/** A session's attempts, oldest first, with each question's current title. */
export async function listSessionAttempts(db: Db, sessionId: string): Promise<(AttemptRow & { questionTitle: string })[]> {
  const rows = await db
    .select({ attempt: practiceAttempts, questionTitle: questions.title })
    .from(practiceAttempts)
    .innerJoin(questions, eq(questions.id, practiceAttempts.questionId))
    .where(eq(practiceAttempts.sessionId, sessionId))
    .orderBy(asc(practiceAttempts.createdAt), asc(practiceAttempts.id));
  return rows.map((r) => ({ ...r.attempt, questionTitle: r.questionTitle }));
}

export async function findCard(db: Db, userId: string, workspaceId: string, questionId: string): Promise<CardRow | undefined> {
  const [row] = await db
    .select()
    .from(reviewCards)
    .where(and(eq(reviewCards.userId, userId), eq(reviewCards.workspaceId, workspaceId), eq(reviewCards.questionId, questionId)))
    .limit(1);
  return row;
}

export async function upsertCard(db: Db, key: { userId: string; workspaceId: string; questionId: string }, values: CardValues): Promise<CardRow> {
  const [row] = await db
    .insert(reviewCards)
    .values({ ...key, ...values })
    .onConflictDoUpdate({ target: [reviewCards.userId, reviewCards.workspaceId, reviewCards.questionId], set: values })
    .returning();
  return row!;
}

export interface DueCounts {
  dueNow: number;
  dueToday: number;
  dueThisWeek: number;
  total: number;
}

/** Counts over the user's cards on live questions. */
export async function countCards(db: Db, userId: string, workspaceId: string, now: Date): Promise<DueCounts> {
  const day = new Date(now.getTime() + 24 * 3_600_000);
  const week = new Date(now.getTime() + 7 * 24 * 3_600_000);
  const [row] = await queryRows<Record<keyof DueCounts, number | string>>(
    db,
    sql`select count(*) filter (where c.due <= ${now}) as "dueNow",
               count(*) filter (where c.due <= ${day}) as "dueToday",
               count(*) filter (where c.due <= ${week}) as "dueThisWeek",
               count(*) as total
        from review_cards c join questions q on q.id = c.question_id and q.deleted_at is null
        where c.user_id = ${userId} and c.workspace_id = ${workspaceId}`,
  );
  return { dueNow: Number(row?.dueNow ?? 0), dueToday: Number(row?.dueToday ?? 0), dueThisWeek: Number(row?.dueThisWeek ?? 0), total: Number(row?.total ?? 0) };
}

/** The user's cards due soonest, with their questions' titles. */
export async function listSoonestCards(db: Db, userId: string, workspaceId: string, limit: number) {
  return db
    .select({
      questionId: reviewCards.questionId,
      due: reviewCards.due,
      state: reviewCards.state,
      slug: questions.slug,
      title: questions.title,
      category: questions.category,
      difficulty: questions.difficulty,
    })
    .from(reviewCards)
    .innerJoin(questions, and(eq(questions.id, reviewCards.questionId), isNull(questions.deletedAt)))
    .where(and(eq(reviewCards.userId, userId), eq(reviewCards.workspaceId, workspaceId)))
    .orderBy(asc(reviewCards.due), asc(reviewCards.questionId))
    .limit(limit);
}

export interface CategoryRow {
  category: string;
  attempts: number;
  graded: number;
  meanScore: number | null;
}

/** Per category: attempts, graded attempts and mean score, over one session or all of a user's. */
export async function summariseCategories(db: Db, scope: { sessionId: string } | { userId: string; workspaceId: string }): Promise<CategoryRow[]> {
  const where = 'sessionId' in scope ? sql`a.session_id = ${scope.sessionId}` : sql`a.user_id = ${scope.userId} and a.workspace_id = ${scope.workspaceId}`;
  const rows = await queryRows<{ category: string; attempts: number | string; graded: number | string; mean: number | string | null }>(
    db,
    sql`select a.category, count(*) as attempts, count(a.score) as graded, avg(a.score)::float8 as mean
        from practice_attempts a where ${where} group by a.category order by a.category`,
  );
  return rows.map((r) => ({ category: r.category, attempts: Number(r.attempts), graded: Number(r.graded), meanScore: r.mean === null ? null : Number(r.mean) }));
}

/** Mean graded score per category and day or week, counted in the given time zone. */
export async function listScoreSeries(db: Db, userId: string, workspaceId: string, bucket: 'day' | 'week', tz: string) {
  const rows = await queryRows<{ category: string; period: string; mean: number | string; graded: number | string }>(
    db,
    sql`select a.category, to_char(date_trunc(${bucket}, a.created_at at time zone ${tz}), 'YYYY-MM-DD') as period,
               avg(a.score)::float8 as mean, count(*) as graded
        from practice_attempts a
        where a.user_id = ${userId} and a.workspace_id = ${workspaceId} and a.score is not null
        group by 1, 2 order by 1, 2`,
  );
  return rows.map((r) => ({ category: r.category, period: r.period, meanScore: Number(r.mean), graded: Number(r.graded) }));
}

/** Live question counts per category and per difficulty, for the setup form. */
export async function countQuestionFacets(db: Db, workspaceId: string) {
  const rows = await queryRows<{ facet: 'category' | 'difficulty'; value: string; n: number | string }>(
    db,
    sql`select 'category' as facet, category as value, count(*) as n from questions where workspace_id = ${workspaceId} and deleted_at is null group by category
        union all
        select 'difficulty', difficulty, count(*) from questions where workspace_id = ${workspaceId} and deleted_at is null group by difficulty`,
  );
  return rows.map((r) => ({ facet: r.facet, value: r.value, count: Number(r.n) }));
}
