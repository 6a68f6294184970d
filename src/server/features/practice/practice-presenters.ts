// Rows to API shapes for practice. Rows stay inside the feature; these are what leaves it.
import { gradeSchema, type PracticeAttempt, type PracticeSessionSummary } from '../../../shared/practice.schema';
import type * as repo from './practice.repo';

/** What an attempt answered when it answered an earlier attempt's follow-up (kept with its grade). */
export interface FollowUpContext {
  of: string;
  /** Where the answer to the follow-up starts in the stored answer. */
  offset: number;
  prompt: string;
}

/** The grade column holds the grader's result and, for a follow-up, its context. */
export type StoredGrade = Record<string, unknown> & { context?: FollowUpContext };

export function presentSummary(row: repo.SessionRow, stats: repo.SessionStats): PracticeSessionSummary {
  return {
    id: row.id,
    mode: row.mode as PracticeSessionSummary['mode'],
    settings: row.settings as PracticeSessionSummary['settings'],
    minutes: row.minutes,
    questionCount: row.questionIds.length,
    attemptCount: stats.attemptCount,
    meanScore: stats.meanScore,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    sharedAt: row.sharedAt?.toISOString() ?? null,
  };
}

export function presentAttempt(row: repo.AttemptRow & { questionTitle: string }): PracticeAttempt {
  const stored = row.grade as StoredGrade;
  const context = stored.context;
  return {
    id: row.id,
    sessionId: row.sessionId,
    questionId: row.questionId,
    questionTitle: row.questionTitle,
    category: row.category,
    answer: row.answer,
    input: row.input as PracticeAttempt['input'],
    score: row.score,
    selfRating: row.selfRating,
    // Parsing keeps exactly the grade's fields: the context is presented on its own below.
    grade: gradeSchema.parse(stored),
    followUpOf: context?.of ?? null,
    followUpOffset: context?.offset ?? null,
    followUpPrompt: context?.prompt ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
