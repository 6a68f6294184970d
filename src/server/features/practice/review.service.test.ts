// The review schedule moves as ts-fsrs says, given a fixed clock: the services take `now`, and an
// independent ts-fsrs scheduler replays the same reviews to say where each due date must land.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import { createTestApp, type TestApp, type TestUser } from '../../test/test-app';
import { recordAttempt } from './attempt.service';
import { createSession, pickQuestions } from './practice.service';
import { getReviews, ratingFor, scheduleCard } from './review.service';
import { addQuestion, GOOD_ANSWER, POOR_ANSWER } from './practice-test-fixtures';

const reference = fsrs({ enable_fuzz: false });
const T0 = new Date('2030-03-04T09:00:00.000Z');
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 24 * 3_600_000;

describe('the rating rule', () => {
  it.each([
    [{ gradable: true, score: 5 }, undefined, Rating.Easy],
    [{ gradable: true, score: 4 }, undefined, Rating.Good],
    [{ gradable: true, score: 3 }, undefined, Rating.Hard],
    [{ gradable: true, score: 2 }, undefined, Rating.Again],
    [{ gradable: true, score: 1 }, undefined, Rating.Again],
    [{ gradable: false, score: null }, undefined, Rating.Again],
    [{ gradable: false, score: null }, 4, Rating.Again],
    [{ gradable: true, score: 5 }, 2, Rating.Hard],
    [{ gradable: true, score: 3 }, 4, Rating.Hard],
    [{ gradable: true, score: 4 }, 3, Rating.Good],
    [{ gradable: true, score: 4 }, 1, Rating.Again],
  ])('grade %o with self-rating %s → %i (the lower)', (grade, self, expected) => {
    expect(ratingFor(grade, self)).toBe(expected);
  });
});

describe('scheduling a card', () => {
  it('schedules a new card as ts-fsrs does for each rating', () => {
    for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as Grade[]) {
      const expected = reference.next(createEmptyCard(T0), T0, rating).card;
      const got = scheduleCard(undefined, rating, T0);
      expect(got.due.toISOString()).toBe(expected.due.toISOString());
      expect(got).toMatchObject({ state: expected.state, reps: 1, stability: expected.stability, difficulty: expected.difficulty });
    }
    // ts-fsrs's default learning steps (1 min, 10 min): Again comes back in a minute, Easy in days.
    expect(scheduleCard(undefined, Rating.Again, T0).due.getTime() - T0.getTime()).toBe(minutes(1));
    expect(scheduleCard(undefined, Rating.Easy, T0).due.getTime() - T0.getTime()).toBeGreaterThanOrEqual(days(1));
  });
});

let t: TestApp;
let user: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  user = await t.addUser('candidate');
});
afterAll(() => t.close());

describe('answers move the stored card', () => {
  it('each attempt reviews the card at its own time, and due dates follow ts-fsrs', async () => {
    const q = await addQuestion(t, { category: 'Caching' });
    const owner = { userId: user.userId, workspaceId: user.workspaceId };
    let card: Card = createEmptyCard(T0);
    let now = T0;
    for (const [answer, self] of [
      [POOR_ANSWER, undefined],
      [GOOD_ANSWER, 3],
      [GOOD_ANSWER, undefined],
      [POOR_ANSWER, undefined],
    ] as const) {
      const result = await recordAttempt(t.database.db, { ...owner, body: { questionId: q.id, answer, selfRating: self }, now });
      const rating = ratingFor(result.attempt.grade, self);
      expect(result.review!.rating).toBe(rating);
      card = reference.next(card, now, rating).card;
      expect(result.review!.due).toBe(card.due.toISOString());
      expect(result.review!.reps).toBe(card.reps);
      expect(result.review!.lastReview).toBe(now.toISOString());
      // The next answer comes when the card is due (a learning step may be minutes away).
      now = new Date(Math.max(card.due.getTime(), now.getTime() + minutes(1)));
    }
    const reviews = await getReviews(t.database.db, { ...owner, now: new Date(card.due.getTime() - 1) });
    expect(reviews).toMatchObject({ dueNow: 0, total: 1 });
    expect((await getReviews(t.database.db, { ...owner, now: card.due })).dueNow).toBe(1);
  });
});

describe('review sessions', () => {
  it('ask due cards first (most overdue first), then new questions, and never ones not yet due', async () => {
    const reviewer = await t.addUser('candidate');
    const owner = { userId: reviewer.userId, workspaceId: reviewer.workspaceId };
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await addQuestion(t, { category: 'Monitoring & Observability' })).id);
    const [overdue, due, later, fresh] = ids as [string, string, string, string];
    // Poor answers (Again) come back in a minute; a good one (Easy) days later.
    await recordAttempt(t.database.db, { ...owner, body: { questionId: overdue, answer: POOR_ANSWER }, now: T0 });
    await recordAttempt(t.database.db, { ...owner, body: { questionId: due, answer: POOR_ANSWER }, now: new Date(T0.getTime() + minutes(5)) });
    await recordAttempt(t.database.db, { ...owner, body: { questionId: later, answer: GOOD_ANSWER }, now: T0 });
    const now = new Date(T0.getTime() + minutes(30));
    const session = await createSession(t.database.db, { ...owner, body: { mode: 'review', categories: ['Monitoring & Observability'], length: 10 }, now });
    expect(session.questions.map((q) => q.id)).toEqual([overdue, due, fresh]);
    expect(session.minutes).toBe(0);
  });

  it('say when the next review is due when nothing is due and nothing is new', async () => {
    const reviewer = await t.addUser('candidate');
    const owner = { userId: reviewer.userId, workspaceId: reviewer.workspaceId };
    const q = await addQuestion(t, { category: 'DevOps' });
    const result = await recordAttempt(t.database.db, { ...owner, body: { questionId: q.id, answer: GOOD_ANSWER }, now: T0 });
    await expect(createSession(t.database.db, { ...owner, body: { mode: 'review', categories: ['DevOps'], length: 5 }, now: T0 })).rejects.toThrow(
      `the next review is due at ${result.review!.due}`,
    );
  });

  it('pickQuestions: mock takes the least practised, at random among equals', () => {
    const pool = [
      { id: 'a', category: 'x', minutes: 5, due: null, attempts: 2 },
      { id: 'b', category: 'x', minutes: 5, due: null, attempts: 0 },
      { id: 'c', category: 'x', minutes: 5, due: null, attempts: 1 },
    ];
    expect(pickQuestions(pool, 'mock', 2, T0, Math.random).map((q) => q.id)).toEqual(['b', 'c']);
  });
});
