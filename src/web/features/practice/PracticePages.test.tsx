import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, meFixture, problem, stubApi } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { PracticeHomePage } from './PracticeHomePage';
import { ProgressPage } from './ProgressPage';
import { SessionPage } from './SessionPage';
import { SessionReportPage } from './SessionReportPage';
import { attemptResult, QUESTION, report, SESSION_ID } from './practice-test-data';

afterEach(() => vi.unstubAllGlobals());
beforeAll(() => {
  // jsdom lays nothing out; the chart only needs to be told a size exists.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

const options = {
  packs: [{ id: 'backend', name: 'Backend Developer', questions: 62 }],
  categories: [
    { value: 'API Design', count: 5 },
    { value: 'Databases', count: 9 },
  ],
  difficulties: [
    { value: 'easy', count: 3 },
    { value: 'medium', count: 8 },
    { value: 'hard', count: 3 },
  ],
};
const reviews = (dueNow: number, items: unknown[] = [], total = items.length) => ({ dueNow, dueToday: dueNow, dueThisWeek: dueNow, total, items });
const withMe = () => {
  const client = testQueryClient();
  client.setQueryData(['me'], meFixture({ role: 'candidate', permissions: ['question.practice', 'practice.answer'] }));
  return client;
};

describe('the practice home', () => {
  it('starts a session with the chosen pack, difficulty, categories, length and mode, then opens it', async () => {
    const api = stubApi({
      'GET /api/v1/practice/options': json(200, options),
      'GET /api/v1/practice/reviews': json(200, reviews(2, [], 3)),
      'GET /api/v1/practice/sessions': json(200, { items: [] }),
      'POST /api/v1/practice/sessions': json(201, report()),
    });
    renderAt(<PracticeHomePage />, { at: '/practice', client: withMe() });
    expect(await screen.findByText((_, el) => el?.className === 'due-count' && el.textContent === '2 due now')).toBeTruthy();
    fireEvent.click(await screen.findByRole('radio', { name: /Review/ }));
    fireEvent.change(screen.getByLabelText('Pack'), { target: { value: 'backend' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /hard/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Databases/ }));
    fireEvent.change(screen.getByLabelText('Number of questions'), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start the review' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/practice/sessions/${SESSION_ID}`));
    expect(api.requests.find((r) => r.method === 'POST')!.body).toEqual({ mode: 'review', pack: 'backend', difficulties: ['hard'], categories: ['Databases'], length: 7 });
  });

  it('says why no session could start', async () => {
    stubApi({
      'GET /api/v1/practice/options': json(200, options),
      'GET /api/v1/practice/reviews': json(200, reviews(0)),
      'GET /api/v1/practice/sessions': json(200, { items: [] }),
      'POST /api/v1/practice/sessions': problem(400, 'validation_failed', 'No question matches these choices.'),
    });
    renderAt(<PracticeHomePage />, { at: '/practice', client: withMe() });
    fireEvent.click(await screen.findByRole('button', { name: 'Start the mock interview' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No question matches these choices.');
  });
});

describe('a session', () => {
  it('answers, shows feedback, answers the follow-up as a new attempt, and finishes to the report', async () => {
    const followed = attemptResult({ id: '00000000-0000-4000-8000-0000000000b2', followUpOf: '00000000-0000-4000-8000-0000000000b1', score: 4 }, { score: 4, followUp: null });
    const api = stubApi({
      [`GET /api/v1/practice/sessions/${SESSION_ID}`]: json(200, report()),
      'POST /api/v1/practice/attempts': (r) => json(201, (r.body as { followUpOf?: string }).followUpOf ? { ...followed, review: null } : attemptResult()),
      [`POST /api/v1/practice/sessions/${SESSION_ID}/finish`]: json(200, { ...report(), finishedAt: new Date().toISOString() }),
    });
    renderAt(<SessionPage />, { at: `/practice/sessions/${SESSION_ID}`, path: '/practice/sessions/:id', client: withMe() });
    expect(await screen.findByRole('heading', { level: 1, name: QUESTION.title })).toBeTruthy();
    expect(screen.getByRole('timer')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: 'My answer.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(await screen.findByText('Score 3 of 5 · Maybe')).toBeTruthy();
    expect(api.requests.find((r) => r.method === 'POST')!.body).toEqual({ questionId: QUESTION.id, sessionId: SESSION_ID, answer: 'My answer.', input: 'typed' });

    const followUp = screen.getByRole('heading', { name: 'The follow-up an interviewer would ask next' }).parentElement!;
    fireEvent.change(within(followUp).getByLabelText('Your answer to the follow-up'), { target: { value: 'It gets the stored response.' } });
    fireEvent.click(within(followUp).getByRole('button', { name: 'Submit follow-up answer' }));
    expect(await screen.findByText('Score 4 of 5 · Yes')).toBeTruthy();
    expect(api.requests.filter((r) => r.method === 'POST').at(-1)!.body).toEqual({
      questionId: QUESTION.id,
      sessionId: SESSION_ID,
      answer: 'It gets the stored response.',
      input: 'typed',
      followUpOf: '00000000-0000-4000-8000-0000000000b1',
    });

    fireEvent.click(screen.getAllByRole('button', { name: 'Finish and see the report' }).at(-1)!);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/practice/sessions/${SESSION_ID}/report`));
  });

  it('moves to the next question with focus on its title', async () => {
    const second = { ...QUESTION, id: '00000000-0000-4000-8000-000000000002', slug: 'second', title: 'Second question' };
    stubApi({ [`GET /api/v1/practice/sessions/${SESSION_ID}`]: json(200, report({ questions: [QUESTION, second], questionCount: 2 })), 'POST /api/v1/practice/attempts': json(201, attemptResult()) });
    renderAt(<SessionPage />, { at: `/practice/sessions/${SESSION_ID}`, path: '/practice/sessions/:id', client: withMe() });
    fireEvent.change(await screen.findByLabelText('Your answer'), { target: { value: 'An answer.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Next question' }));
    expect(screen.getByText(/Question 2 of 2/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Second question' }));
  });

  it('retries a question with a fresh answer box', async () => {
    stubApi({ [`GET /api/v1/practice/sessions/${SESSION_ID}`]: json(200, report()), 'POST /api/v1/practice/attempts': json(201, attemptResult()) });
    renderAt(<SessionPage />, { at: `/practice/sessions/${SESSION_ID}`, path: '/practice/sessions/:id', client: withMe() });
    fireEvent.change(await screen.findByLabelText('Your answer'), { target: { value: 'First try.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Retry this question' }));
    expect((screen.getByLabelText('Your answer') as HTMLTextAreaElement).value).toBe('');
  });
});

describe('a report', () => {
  it('shares and unshares the report, showing its link while shared', async () => {
    const shared = { ...report(), sharedAt: '2030-01-01T10:00:00.000Z' };
    const api = stubApi({
      [`GET /api/v1/practice/sessions/${SESSION_ID}`]: json(200, report({ finishedAt: '2030-01-01T10:00:00.000Z' })),
      [`PUT /api/v1/practice/sessions/${SESSION_ID}/share`]: json(200, shared),
      [`DELETE /api/v1/practice/sessions/${SESSION_ID}/share`]: json(200, report()),
    });
    renderAt(<SessionReportPage />, { at: `/practice/sessions/${SESSION_ID}/report`, path: '/practice/sessions/:id/report', client: withMe() });
    const toggle = await screen.findByRole('checkbox', { name: 'Share this report' });
    expect(screen.getByText('Private')).toBeTruthy();
    fireEvent.click(toggle);
    expect(await screen.findByLabelText('Link to the report')).toBeTruthy();
    expect((screen.getByLabelText('Link to the report') as HTMLInputElement).value).toMatch(new RegExp(`/practice/sessions/${SESSION_ID}/report$`));
    fireEvent.click(toggle);
    await waitFor(() => expect(screen.queryByLabelText('Link to the report')).toBeNull());
    expect(api.requests.filter((r) => r.path.endsWith('/share')).map((r) => r.method)).toEqual(['PUT', 'DELETE']);
  });

  it('shows a shared report to someone else read-only, naming whose it is', async () => {
    stubApi({ [`GET /api/v1/practice/sessions/${SESSION_ID}`]: json(200, report({ isOwner: false, owner: { id: 'u9', name: 'Cara Candidate' }, sharedAt: '2030-01-01T10:00:00.000Z' })) });
    renderAt(<SessionReportPage />, { at: `/practice/sessions/${SESSION_ID}/report`, path: '/practice/sessions/:id/report', client: withMe() });
    expect(await screen.findByText(/Shared by Cara Candidate/)).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Share this report' })).toBeNull();
  });
});

describe('progress', () => {
  it('gives the chart’s numbers as tables, and lists what is due', async () => {
    const progress = {
      bucket: 'day',
      tz: 'UTC',
      dueReviews: 1,
      categories: [
        { category: 'API Design', attempts: 3, graded: 2, meanScore: 3, points: [{ period: '2030-01-01', meanScore: 2, graded: 1 }, { period: '2030-01-02', meanScore: 4, graded: 1 }] },
        { category: 'Databases', attempts: 1, graded: 1, meanScore: 5, points: [{ period: '2030-01-02', meanScore: 5, graded: 1 }] },
      ],
    };
    const due = { questionId: QUESTION.id, slug: QUESTION.slug, title: QUESTION.title, category: 'API Design', difficulty: 'medium', due: '2000-01-01T00:00:00.000Z', state: 'learning' };
    const api = stubApi({ 'GET /api/v1/practice/progress': json(200, progress), 'GET /api/v1/practice/reviews': json(200, reviews(1, [due])) });
    renderAt(<ProgressPage />, { at: '/practice/progress', client: withMe() });
    const strength = (await screen.findByRole('heading', { name: 'Strength per category' })).parentElement!;
    const rows = within(strength).getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toBe('API Design3.04.0 (2030-01-02)32');
    expect(rows[2]).toBe('Databases5.05.0 (2030-01-02)11');
    const byDay = within(strength).getByRole('table', { name: 'Mean score per category and day' });
    expect(within(byDay).getAllByRole('row').map((r) => r.textContent)).toEqual(['DayAPI DesignDatabases', '2030-01-012.0—', '2030-01-024.05.0']);
    expect(screen.getByRole('link', { name: QUESTION.title }).getAttribute('href')).toBe(`/questions/${QUESTION.slug}`);
    expect(screen.getByText('due now')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'By week' }));
    await waitFor(() => expect(api.requests.some((r) => r.search.includes('bucket=week'))).toBe(true));
  });
});
