// The practice API as a candidate uses it: options, sessions chosen from the bank, graded attempts
// that reveal the answer only afterwards, follow-ups, the report, reviews and progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../../test/test-app';
import { addQuestion, FOLLOW_UP_ANSWER, GOOD_ANSWER, POOR_ANSWER } from './practice-test-fixtures';

let t: TestApp;
let candidate: TestUser;
let retry: { id: string; slug: string; category: string };
const PRACTICE_VIEW_KEYS = ['approach', 'category', 'difficulty', 'id', 'minutes', 'prompt', 'slug', 'tags', 'title', 'type', 'version', 'whyAsked'];

beforeAll(async () => {
  t = await createTestApp();
  candidate = await t.addUser('candidate');
  retry = await addQuestion(t, { category: 'API Design', difficulty: 'medium', minutes: 10 });
  await addQuestion(t, { category: 'API Design', difficulty: 'hard', minutes: 15 });
  await addQuestion(t, { category: 'Databases', difficulty: 'easy', minutes: 5 });
  await addQuestion(t, { category: 'Databases', difficulty: 'medium', minutes: 7 });
});
afterAll(() => t.close());

const as = (user: TestUser) => ({ headers: user.auth });
const startSession = (user: TestUser, payload: Record<string, unknown>) => t.inject({ method: 'POST', url: '/api/v1/practice/sessions', payload, ...as(user) });
const answer = (user: TestUser, payload: Record<string, unknown>) => t.inject({ method: 'POST', url: '/api/v1/practice/attempts', payload, ...as(user) });

describe('choosing what to practise', () => {
  it('lists the categories and difficulties there are, with counts', async () => {
    const res = await t.inject({ url: '/api/v1/practice/options', ...as(candidate) });
    expect(res.statusCode).toBe(200);
    expect(res.json().categories).toEqual([
      { value: 'API Design', count: 2 },
      { value: 'Databases', count: 2 },
    ]);
    expect(res.json().difficulties).toEqual([
      { value: 'easy', count: 1 },
      { value: 'medium', count: 2 },
      { value: 'hard', count: 1 },
    ]);
    expect(res.json().packs).toEqual([]);
  });

  it('starts a mock interview from the chosen categories and difficulties, timed by their minutes, as practice views', async () => {
    const user = await t.addUser('candidate');
    const res = await startSession(user, { mode: 'mock', categories: ['Databases'], difficulties: ['easy', 'medium'], length: 5 });
    expect(res.statusCode).toBe(201);
    const session = res.json();
    expect(res.headers.location).toBe(`/api/v1/practice/sessions/${session.id}`);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(session).toMatchObject({ mode: 'mock', questionCount: 2, minutes: 12, attemptCount: 0, finishedAt: null, sharedAt: null });
    expect(session.settings).toEqual({ pack: null, difficulties: ['easy', 'medium'], categories: ['Databases'], length: 5 });
    expect(session.questions.map((q: { category: string }) => q.category)).toEqual(['Databases', 'Databases']);
    for (const q of session.questions) expect(Object.keys(q).sort()).toEqual(PRACTICE_VIEW_KEYS);
  });

  it('takes as many questions as asked, and the least practised first', async () => {
    const user = await t.addUser('candidate');
    await answer(user, { questionId: retry.id, answer: POOR_ANSWER, input: 'typed' });
    for (let i = 0; i < 3; i++) {
      const session = (await startSession(user, { mode: 'mock', categories: ['API Design'], length: 1 })).json();
      expect(session.questions.map((q: { id: string }) => q.id)).not.toContain(retry.id);
    }
    const both = (await startSession(user, { mode: 'mock', categories: ['API Design'], length: 2 })).json();
    expect(both.questions.map((q: { id: string }) => q.id).at(-1)).toBe(retry.id);
  });

  it('refuses a length outside 1–20, an unknown mode, and choices nothing matches', async () => {
    for (const payload of [
      { mode: 'mock', length: 0 },
      { mode: 'mock', length: 21 },
      { mode: 'exam', length: 3 },
      { mode: 'mock', length: 3, difficulties: ['trivial'] },
    ]) {
      const res = await startSession(candidate, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const none = await startSession(candidate, { mode: 'mock', length: 3, categories: ['Security'] });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'validation_failed' });
    expect(none.json().detail).toMatch(/No question matches/);
    const noPack = await startSession(candidate, { mode: 'mock', length: 3, pack: 'no-such-pack' });
    expect(noPack.statusCode).toBe(400);
  });
});

describe('answering', () => {
  it('grades a poor answer: missed points, a follow-up, the anchor for its score, the answer revealed, a review card', async () => {
    const user = await t.addUser('candidate');
    const res = await answer(user, { questionId: retry.id, answer: POOR_ANSWER, input: 'spoken', selfRating: 3 });
    expect(res.statusCode).toBe(201);
    const { attempt, reveal, review } = res.json();
    expect(attempt).toMatchObject({ questionId: retry.id, sessionId: null, answer: POOR_ANSWER, input: 'spoken', selfRating: 3, followUpOf: null, questionTitle: 'Making a payment endpoint safe to retry' });
    expect(attempt.grade.gradable).toBe(true);
    expect(attempt.score).toBe(attempt.grade.score);
    expect(attempt.score).toBeLessThanOrEqual(3);
    expect(attempt.grade.missed.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['atomic-claim', 'store-response']));
    expect(attempt.grade.followUp).toEqual(expect.any(String));
    // Covered spans are the candidate's own words, sliced from the answer.
    const covered = attempt.grade.covered.find((c: { id: string }) => c.id === 'client-key');
    const words = covered.spans.map((s: { start: number; end: number }) => POOR_ANSWER.slice(s.start, s.end).toLowerCase());
    expect(words.some((w: string) => w.includes('idempotency key'))).toBe(true);
    expect(reveal.referenceAnswer).toMatch(/Idempotency-Key/);
    expect(reveal.keyPoints.map((k: { id: string }) => k.id)).toEqual(['client-key', 'atomic-claim', 'store-response', 'fingerprint']);
    expect(Object.keys(reveal.keyPoints[0]).sort()).toEqual(['id', 'text', 'weight']);
    const anchors = ['No notion of a key.', 'Knows a key is needed, not where it lives.', 'Key, unique constraint, replay.', 'Adds fingerprints.', 'Adds crash recovery.'];
    expect(reveal.anchor).toEqual({ score: attempt.score, text: anchors[attempt.score - 1] });
    expect(review).toMatchObject({ questionId: retry.id, reps: 1, state: expect.any(String) });
    expect(new Date(review.due).getTime()).toBeGreaterThan(Date.now() - 5_000);
  });

  it('grades a good answer higher, and pushes the review further away than a poor one', async () => {
    const poorUser = await t.addUser('candidate');
    const goodUser = await t.addUser('candidate');
    const poor = (await answer(poorUser, { questionId: retry.id, answer: POOR_ANSWER })).json();
    const good = (await answer(goodUser, { questionId: retry.id, answer: GOOD_ANSWER })).json();
    expect(good.attempt.score).toBeGreaterThan(poor.attempt.score);
    expect(good.attempt.grade.missed.length).toBeLessThan(poor.attempt.grade.missed.length);
    expect(new Date(good.review.due).getTime()).toBeGreaterThan(new Date(poor.review.due).getTime());
  });

  it('marks an empty answer not gradable and rates it Again', async () => {
    const res = await answer(candidate, { questionId: retry.id, answer: '   ' });
    expect(res.statusCode).toBe(201);
    expect(res.json().attempt).toMatchObject({ score: null, grade: { gradable: false, notGradable: 'empty' } });
    expect(res.json().reveal.anchor).toBeNull();
    expect(res.json().review.rating).toBe(1);
  });

  it('grades the answer to a follow-up together with the first answer, without moving the schedule', async () => {
    const user = await t.addUser('candidate');
    const first = (await answer(user, { questionId: retry.id, answer: POOR_ANSWER })).json();
    const res = await answer(user, { questionId: retry.id, answer: FOLLOW_UP_ANSWER, followUpOf: first.attempt.id });
    expect(res.statusCode).toBe(201);
    const { attempt, review } = res.json();
    expect(attempt.answer).toBe(`${POOR_ANSWER}\n\n${FOLLOW_UP_ANSWER}`);
    expect(attempt.followUpOf).toBe(first.attempt.id);
    expect(attempt.followUpPrompt).toBe(first.attempt.grade.followUp);
    expect(attempt.answer.slice(attempt.followUpOffset)).toBe(FOLLOW_UP_ANSWER);
    expect(attempt.score).toBeGreaterThanOrEqual(first.attempt.score);
    expect(attempt.grade.covered.map((c: { id: string }) => c.id)).toContain('atomic-claim');
    expect(review).toBeNull();
    const reviews = (await t.inject({ url: '/api/v1/practice/reviews', ...as(user) })).json();
    expect(reviews.total).toBe(1);
    expect(reviews.items[0].due).toBe(first.review.due);
    // An empty follow-up answer, or one for another question, is refused.
    expect((await answer(user, { questionId: retry.id, answer: ' ', followUpOf: first.attempt.id })).statusCode).toBe(400);
    const other = await addQuestion(t, { category: 'Caching' });
    expect((await answer(user, { questionId: other.id, answer: FOLLOW_UP_ANSWER, followUpOf: first.attempt.id })).statusCode).toBe(400);
  });

  it('refuses an unknown question, a question outside the session, and a malformed body', async () => {
    expect((await answer(candidate, { questionId: '00000000-0000-4000-8000-000000000000', answer: GOOD_ANSWER })).statusCode).toBe(404);
    const session = (await startSession(candidate, { mode: 'mock', categories: ['Databases'], length: 1 })).json();
    const outside = await answer(candidate, { questionId: retry.id, sessionId: session.id, answer: GOOD_ANSWER });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors).toEqual([{ in: 'body', name: 'questionId', message: 'is not in this session' }]);
    for (const payload of [{}, { questionId: retry.id }, { questionId: retry.id, answer: 'x', input: 'sung' }, { questionId: retry.id, answer: 'x', selfRating: 5 }]) {
      expect((await answer(candidate, payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});

describe('sessions and their reports', () => {
  it('reports a session: attempts with grades and a summary per category; finishing records when', async () => {
    const user = await t.addUser('candidate');
    const session = (await startSession(user, { mode: 'mock', categories: ['API Design'], difficulties: ['medium'], length: 1 })).json();
    expect(session.questions[0].id).toBe(retry.id);
    await answer(user, { questionId: retry.id, sessionId: session.id, answer: POOR_ANSWER });
    await answer(user, { questionId: retry.id, sessionId: session.id, answer: GOOD_ANSWER });
    const report = (await t.inject({ url: `/api/v1/practice/sessions/${session.id}`, ...as(user) })).json();
    expect(report).toMatchObject({ id: session.id, isOwner: true, attemptCount: 2, answeredQuestionIds: [retry.id], owner: { id: user.userId } });
    expect(report.attempts.map((a: { answer: string }) => a.answer)).toEqual([POOR_ANSWER, GOOD_ANSWER]);
    const scores = report.attempts.map((a: { score: number }) => a.score);
    expect(report.meanScore).toBeCloseTo((scores[0] + scores[1]) / 2);
    expect(report.categories).toEqual([{ category: 'API Design', attempts: 2, graded: 2, meanScore: report.meanScore }]);

    const finished = await t.inject({ method: 'POST', url: `/api/v1/practice/sessions/${session.id}/finish`, ...as(user) });
    expect(finished.statusCode).toBe(200);
    expect(finished.json().finishedAt).toEqual(expect.any(String));
    const again = await t.inject({ method: 'POST', url: `/api/v1/practice/sessions/${session.id}/finish`, ...as(user) });
    expect(again.json().finishedAt).toBe(finished.json().finishedAt);
  });

  it('lists only my sessions, newest first', async () => {
    const user = await t.addUser('candidate');
    const a = (await startSession(user, { mode: 'mock', length: 1 })).json();
    const b = (await startSession(user, { mode: 'review', length: 2 })).json();
    await startSession(await t.addUser('candidate'), { mode: 'mock', length: 1 });
    const list = (await t.inject({ url: '/api/v1/practice/sessions', ...as(user) })).json();
    expect(list.items.map((s: { id: string }) => s.id)).toEqual([b.id, a.id]);
    expect(list.items[0]).toMatchObject({ mode: 'review', questionCount: 2, minutes: 0 });
  });

  it('answers 404 for a session id that does not exist or is not a uuid', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await t.inject({ url: `/api/v1/practice/sessions/${id}`, ...as(candidate) });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
  });

  it('writes an audit row for each write, without the answer or its grade', async () => {
    const user = await t.addUser('candidate');
    const session = (await startSession(user, { mode: 'mock', categories: ['API Design'], difficulties: ['medium'], length: 1 })).json();
    await answer(user, { questionId: retry.id, sessionId: session.id, answer: GOOD_ANSWER });
    await t.inject({ method: 'PUT', url: `/api/v1/practice/sessions/${session.id}/share`, ...as(user) });
    const audit = (await t.inject({ url: '/api/v1/audit?action=practice.' })).json();
    const mine = audit.items.filter((e: { actor: { userId: string } | null }) => e.actor?.userId === user.userId);
    expect(mine.map((e: { action: string }) => e.action).sort()).toEqual(['practice.attempt.create', 'practice.session.create', 'practice.session.share']);
    expect(JSON.stringify(mine)).not.toContain('unique constraint');
  });
});

describe('reviews and progress', () => {
  it('counts what is due and lists the cards due soonest', async () => {
    const user = await t.addUser('candidate');
    await answer(user, { questionId: retry.id, answer: POOR_ANSWER, selfRating: 1 });
    const reviews = (await t.inject({ url: '/api/v1/practice/reviews', ...as(user) })).json();
    expect(reviews).toMatchObject({ dueNow: 0, dueToday: 1, dueThisWeek: 1, total: 1 });
    expect(reviews.items).toEqual([expect.objectContaining({ questionId: retry.id, slug: retry.slug, category: 'API Design', state: 'learning' })]);
  });

  it('gives the mean score per category and day, in the time zone asked for', async () => {
    const user = await t.addUser('candidate');
    const poor = (await answer(user, { questionId: retry.id, answer: POOR_ANSWER })).json();
    const good = (await answer(user, { questionId: retry.id, answer: GOOD_ANSWER })).json();
    await answer(user, { questionId: retry.id, answer: '' });
    const res = await t.inject({ url: '/api/v1/practice/progress?bucket=week&tz=Europe/Berlin', ...as(user) });
    expect(res.statusCode).toBe(200);
    const progress = res.json();
    // The empty answer rated the card Again: due in a minute, not yet.
    expect(progress).toMatchObject({ bucket: 'week', tz: 'Europe/Berlin', dueReviews: 0 });
    const mean = (poor.attempt.score + good.attempt.score) / 2;
    expect(progress.categories).toEqual([{ category: 'API Design', attempts: 3, graded: 2, meanScore: mean, points: [{ period: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), meanScore: mean, graded: 2 }] }]);
    // A week starts on Monday.
    expect(new Date(`${progress.categories[0].points[0].period}T12:00:00Z`).getUTCDay()).toBe(1);
    expect((await t.inject({ url: '/api/v1/practice/progress?tz=Mars/Olympus', ...as(user) })).statusCode).toBe(400);
  });
});

describe('the API description', () => {
  it('documents every practice route with its bodies and problems', async () => {
    const doc = (await t.inject({ url: '/api/v1/openapi.json' })).json();
    for (const path of ['/api/v1/practice/options', '/api/v1/practice/sessions', '/api/v1/practice/sessions/{id}', '/api/v1/practice/sessions/{id}/finish', '/api/v1/practice/sessions/{id}/share', '/api/v1/practice/attempts', '/api/v1/practice/reviews', '/api/v1/practice/progress'])
      expect(doc.paths[path], path).toBeDefined();
    const attempt = doc.paths['/api/v1/practice/attempts'].post;
    expect(Object.keys(attempt.responses)).toEqual(expect.arrayContaining(['201', '400', '404']));
    expect(Object.keys(attempt.requestBody.content['application/json'].schema.properties)).toEqual(expect.arrayContaining(['questionId', 'answer', 'input', 'selfRating', 'followUpOf']));
    expect(doc.paths['/api/v1/practice/progress'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['bucket', 'tz']);
  });
});
