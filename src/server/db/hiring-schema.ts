// Hiring: kits, candidates, interviews, scorecards and decisions (issue 5). Every row carries its
// workspace; services take the workspace id explicitly, as for questions.
import { sql } from 'drizzle-orm';
import { boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users, workspaces } from './auth-schema';
import { at, questions, timestamps, tsvector } from './schema';
import type { QuestionContent } from '../../shared/question.schema';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
const workspaceId = () =>
  text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });

/** One section of a kit: a time box and its questions in order, with notes for interviewers. */
export interface KitSectionRow {
  title: string;
  minutes: number;
  notes: string;
  questions: { questionId: string; notes: string }[];
}

export const kits = pgTable(
  'kits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** The interview's planned duration; a warning, never an error, when sections plan more. */
    minutes: integer('minutes').notNull(),
    notes: text('notes').notNull().default(''),
    sections: jsonb('sections').$type<KitSectionRow[]>().notNull().default([]),
    /** Where it came from: "backend/backend-technical-60" for a pack's starter kit, else null. */
    origin: text('origin'),
    /** Bumped on every change: the ETag for If-Match. */
    version: integer('version').notNull().default(1),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    deletedAt: at('deleted_at'),
  },
  (t) => [index('kits_workspace_name_idx').on(t.workspaceId, t.name), check('kits_minutes_check', sql`${t.minutes} between 5 and 600`)],
);

export const candidates = pgTable(
  'candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    name: text('name').notNull(),
    email: text('email'),
    roleApplied: text('role_applied').notNull().default(''),
    notes: text('notes').notNull().default(''),
    status: text('status').notNull().default('active'),
    /** Text extracted from the CV (the file itself is in candidate_files). */
    cvText: text('cv_text').notNull().default(''),
    version: integer('version').notNull().default(1),
    ...timestamps,
    deletedAt: at('deleted_at'),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('simple'::regconfig, name || ' ' || coalesce(email, '')), 'A') || setweight(to_tsvector('english'::regconfig, role_applied), 'B') || setweight(to_tsvector('english'::regconfig, notes || ' ' || cv_text), 'C')`,
      ),
  },
  (t) => [
    index('candidates_workspace_created_idx').on(t.workspaceId, t.createdAt, t.id),
    index('candidates_search_idx').using('gin', t.searchVector),
    check('candidates_status_check', sql`${t.status} in ('active', 'offer', 'hired', 'rejected', 'withdrawn')`),
  ],
);

/** A candidate's CV as uploaded: kept so it can be downloaded as it was sent. */
export const candidateFiles = pgTable('candidate_files', {
  candidateId: uuid('candidate_id')
    .primaryKey()
    .references(() => candidates.id, { onDelete: 'cascade' }),
  filename: text('filename').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  uploadedAt: at('uploaded_at').notNull().defaultNow(),
});

export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    kitId: uuid('kit_id').references(() => kits.id, { onDelete: 'set null' }),
    /** The kit's name and duration when scheduled: the interview never changes with the kit. */
    kitName: text('kit_name').notNull(),
    minutes: integer('minutes').notNull(),
    notes: text('notes').notNull().default(''),
    scheduledAt: at('scheduled_at').notNull(),
    status: text('status').notNull().default('scheduled'),
    startedAt: at('started_at'),
    completedAt: at('completed_at'),
    cancelledAt: at('cancelled_at'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('interviews_workspace_scheduled_idx').on(t.workspaceId, t.scheduledAt, t.id),
    index('interviews_candidate_idx').on(t.candidateId),
    check('interviews_status_check', sql`${t.status} in ('scheduled', 'in_progress', 'completed', 'cancelled')`),
  ],
);

export const interviewInterviewers = pgTable(
  'interview_interviewers',
  {
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.userId] }), index('interview_interviewers_user_idx').on(t.userId)],
);

/**
 * The questions as they were when the interview was scheduled, in order. Later edits to the bank
 * never change what was asked or how the debrief shows it.
 */
export const interviewQuestions = pgTable(
  'interview_questions',
  {
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    sectionIndex: integer('section_index').notNull(),
    sectionTitle: text('section_title').notNull(),
    sectionMinutes: integer('section_minutes').notNull(),
    /** The bank question it was taken from; null once that question is deleted for good. */
    questionId: uuid('question_id').references(() => questions.id, { onDelete: 'set null' }),
    questionVersion: integer('question_version').notNull(),
    notes: text('notes').notNull().default(''),
    content: jsonb('content').$type<QuestionContent>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.position] }), index('interview_questions_question_idx').on(t.questionId)],
);

/** One interviewer's scores for one question, keyed by the question's position in the interview. */
export interface ScorecardItemRow {
  position: number;
  score: number | null;
  notAsked: boolean;
  keyPoints: string[];
  notes: string;
}

export const scorecards = pgTable(
  'scorecards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    /** Denormalised from the interview: independence is decided per candidate. */
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    interviewerId: text('interviewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status').notNull().default('draft'),
    items: jsonb('items').$type<ScorecardItemRow[]>().notNull().default([]),
    recommendation: text('recommendation'),
    summary: text('summary').notNull().default(''),
    /** 1 until amended; each amendment adds a scorecard_revisions row and bumps this. */
    revision: integer('revision').notNull().default(1),
    /** Bumped on every draft write: the ETag for If-Match. */
    version: integer('version').notNull().default(1),
    submittedAt: at('submitted_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('scorecards_interview_interviewer_idx').on(t.interviewId, t.interviewerId),
    index('scorecards_candidate_idx').on(t.candidateId),
    check('scorecards_status_check', sql`${t.status} in ('draft', 'submitted')`),
    check('scorecards_recommendation_check', sql`${t.recommendation} is null or ${t.recommendation} in ('strong_no', 'no', 'maybe', 'yes', 'strong_yes')`),
  ],
);

/** Every submitted state of a scorecard, never changed: revision 1 is the submission, later ones amendments. */
export const scorecardRevisions = pgTable(
  'scorecard_revisions',
  {
    scorecardId: uuid('scorecard_id')
      .notNull()
      .references(() => scorecards.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    items: jsonb('items').$type<ScorecardItemRow[]>().notNull(),
    recommendation: text('recommendation').notNull(),
    summary: text('summary').notNull(),
    reason: text('reason').notNull().default(''),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scorecardId, t.revision] })],
);

/** Hiring decisions as recorded at the debrief; the latest is the candidate's decision. */
export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceId(),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    decision: text('decision').notNull(),
    rationale: text('rationale').notNull(),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: at('decided_at').notNull().defaultNow(),
  },
  (t) => [index('decisions_candidate_idx').on(t.candidateId, t.decidedAt), check('decisions_decision_check', sql`${t.decision} in ('hire', 'no_hire', 'hold')`)],
);

/** Per-workspace switches. */
export const workspaceSettings = pgTable('workspace_settings', {
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  /** Off by default: an interviewer sees others' scorecards for a candidate only after submitting their own. */
  showScorecardsBeforeSubmit: boolean('show_scorecards_before_submit').notNull().default(false),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
