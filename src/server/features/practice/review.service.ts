// Spaced repetition with ts-fsrs: one card per user, workspace and question, moved by every first
// answer to that question. Every function takes `now`, so tests can drive the schedule with a clock.
//
// The rating rule. The grade maps to a ts-fsrs rating — score 5 → Easy, 4 → Good, 3 → Hard, 1–2 →
// Again, not gradable → Again — and when the user rated themselves too, the LOWER of the two
// applies. A generous grade does not push away a question its user felt shaky on, and confidence
// alone does not push away one the grader found gaps in: either doubt brings the question back
// sooner, which is the cheap mistake to make when preparing for an interview.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import type { Db } from '../../db/client';
import type { DueReview, Reviews } from '../../../shared/practice.schema';
import * as repo from './practice.repo';

// Fuzz off: the same history always gives the same due date, for users comparing notes and tests.
const scheduler = fsrs({ enable_fuzz: false });

const STATE_NAMES = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' } as const;
export type ReviewStateName = (typeof STATE_NAMES)[State];

const SCORE_RATINGS: Record<number, Grade> = { 1: Rating.Again, 2: Rating.Again, 3: Rating.Hard, 4: Rating.Good, 5: Rating.Easy };

/** The ts-fsrs rating for an attempt: the grade's, or the user's own when that is lower (see above). */
export function ratingFor(grade: { gradable: boolean; score: number | null }, selfRating?: number | null): Grade {
  const fromGrade = grade.gradable && grade.score !== null ? (SCORE_RATINGS[grade.score] ?? Rating.Again) : Rating.Again;
  if (selfRating === undefined || selfRating === null) return fromGrade;
  return Math.min(fromGrade, selfRating) as Grade;
}

function toCard(row: repo.CardRow | undefined, now: Date): Card {
  if (!row) return createEmptyCard(now);
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.lastReview ?? undefined,
  };
}

function toValues(card: Card): repo.CardValues {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** The card after reviewing it with `rating` at `now` (a new card when there was none). Pure. */
export function scheduleCard(row: repo.CardRow | undefined, rating: Grade, now: Date): repo.CardValues {
  return toValues(scheduler.next(toCard(row, now), now, rating).card);
}

export interface PresentedCard {
  questionId: string;
  due: string;
  state: ReviewStateName;
  reps: number;
  lapses: number;
  scheduledDays: number;
  lastReview: string | null;
}

export function presentCard(row: repo.CardRow): PresentedCard {
  return {
    questionId: row.questionId,
    due: row.due.toISOString(),
    state: STATE_NAMES[row.state as State] ?? 'new',
    reps: row.reps,
    lapses: row.lapses,
    scheduledDays: row.scheduledDays,
    lastReview: row.lastReview?.toISOString() ?? null,
  };
}

/** Reviews the user's card of a question with `rating` at `now`, creating it on the first answer. */
export async function reviewQuestion(
  db: Db,
  input: { userId: string; workspaceId: string; questionId: string; rating: Grade; now: Date },
): Promise<PresentedCard & { rating: Grade }> {
  const key = { userId: input.userId, workspaceId: input.workspaceId, questionId: input.questionId };
  const current = await repo.findCard(db, key.userId, key.workspaceId, key.questionId);
  const row = await repo.upsertCard(db, key, scheduleCard(current, input.rating, input.now));
  return { ...presentCard(row), rating: input.rating };
}

export const SOONEST_LIMIT = 50;

/** What is due now, today and this week, and the cards due soonest. */
export async function getReviews(db: Db, input: { userId: string; workspaceId: string; now: Date }): Promise<Reviews> {
  const counts = await repo.countCards(db, input.userId, input.workspaceId, input.now);
  const soonest = await repo.listSoonestCards(db, input.userId, input.workspaceId, SOONEST_LIMIT);
  const items: DueReview[] = soonest.map((r) => ({
    questionId: r.questionId,
    slug: r.slug,
    title: r.title,
    category: r.category,
    difficulty: r.difficulty as DueReview['difficulty'],
    due: r.due.toISOString(),
    state: STATE_NAMES[r.state as State] ?? 'new',
  }));
  return { ...counts, items };
}
