// Practice (issue 6): a candidate's sessions, answers, grades and review schedule. These rows belong
// to the user who practised; no interviewer reads them unless the user shares a session's report.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, real, text, uuid } from 'drizzle-orm/pg-core';
import { users, workspaces } from './auth-schema';
import { at, questions } from './schema';


/** What the user chose when starting a session. */
export interface PracticeSettingsRow {
  pack: string | null;
  difficulties: string[];
  categories: string[];
  length: number;
}

export const practiceSessions = pgTable(
  'practice_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mode: text('mode').notNull(),
    settings: jsonb('settings').$type<PracticeSettingsRow>().notNull(),
    /** The questions of the session in order, chosen when it starts. */
    questionIds: uuid('question_ids').array().notNull(),
    /** Mock interviews are timed: the planned minutes of the set. */
    minutes: integer('minutes').notNull().default(0),
    startedAt: at('started_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
    /** Set when the user shares the session's report with the workspace's interviewers. */
    sharedAt: at('shared_at'),
  },
  (t) => [index('practice_sessions_user_idx').on(t.userId, t.startedAt), check('practice_sessions_mode_check', sql`${t.mode} in ('mock', 'review')`)],
);

export const practiceAttempts = pgTable(
  'practice_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id').references(() => practiceSessions.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    /** The question's version when answered: a grade is explained against the content it used. */
    questionVersion: integer('question_version').notNull(),
    category: text('category').notNull(),
    answer: text('answer').notNull(),
    /** 'typed' or 'spoken' (a transcript, possibly edited). */
    input: text('input').notNull().default('typed'),
    /** The grader's whole result (covered spans, missed points, follow-up, confidence, reason). */
    grade: jsonb('grade').$type<Record<string, unknown>>().notNull(),
    /** 1–5, or null when the answer was not gradable. */
    score: integer('score'),
    /** The user's own rating of how it went (ts-fsrs: 1 again, 2 hard, 3 good, 4 easy), if given. */
    selfRating: integer('self_rating'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('practice_attempts_user_idx').on(t.userId, t.createdAt),
    index('practice_attempts_session_idx').on(t.sessionId),
    check('practice_attempts_score_check', sql`${t.score} is null or ${t.score} between 1 and 5`),
    check('practice_attempts_input_check', sql`${t.input} in ('typed', 'spoken')`),
  ],
);

/** The ts-fsrs card of one question for one user: when it is due and how well it is known. */
export const reviewCards = pgTable(
  'review_cards',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    due: at('due').notNull(),
    stability: real('stability').notNull(),
    difficulty: real('difficulty').notNull(),
    elapsedDays: integer('elapsed_days').notNull().default(0),
    scheduledDays: integer('scheduled_days').notNull().default(0),
    learningSteps: integer('learning_steps').notNull().default(0),
    reps: integer('reps').notNull().default(0),
    lapses: integer('lapses').notNull().default(0),
    /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
    state: integer('state').notNull().default(0),
    lastReview: at('last_review'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.workspaceId, t.questionId] }), index('review_cards_due_idx').on(t.userId, t.workspaceId, t.due)],
);
