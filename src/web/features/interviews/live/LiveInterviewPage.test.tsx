import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture } from '../../../test/api-stub';
import { renderAt, testQueryClient } from '../../../test/render';
import { fakeScorecardEndpoint } from '../fake-scorecard-endpoint';
import { BO, interviewFixture, scorecardFixture } from '../test-fixtures';
import { LiveInterviewPage } from './LiveInterviewPage';

const ID = '00000000-0000-4000-8000-0000000000a1';
const INTERVIEW = `GET /api/v1/interviews/${ID}`;

function open(at = `/interviews/${ID}/live`, { interview = interviewFixture(), card = scorecardFixture(), permissions = ['interview.conduct', 'debrief.read'] as const } = {}) {
  const endpoint = fakeScorecardEndpoint(card, {
    interviewId: ID,
    routes: {
      [INTERVIEW]: json(200, interview),
      [`GET /api/v1/interviews/${ID}/scorecards`]: () => json(200, { items: [], hidden: endpoint.card.status === 'submitted' ? 0 : 1 }),
      [`POST /api/v1/interviews/${ID}/start`]: json(200, { ...interview, status: 'in_progress', startedAt: new Date().toISOString() }),
    },
  });
  const client = testQueryClient();
  client.setQueryData(['me'], meFixture({ permissions: [...meFixture().permissions, ...permissions] }));
  renderAt(<LiveInterviewPage />, { at, path: '/interviews/:id/live', client });
  return endpoint;
}

const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });
const pressed = (name: RegExp | string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

// jsdom renders the whole screen (markdown included) per key press: slow on a shared 2-core machine.
describe('the live interview screen', { timeout: 20_000 }, () => {
  it('scores with the digit keys, saves with If-Match and says "Saved" only once the server answered', async () => {
    const endpoint = open();
    await screen.findByText('Up to date', {}, { timeout: 5000 });
    expect(screen.getByRole('heading', { name: 'Idempotency keys' })).toBeTruthy();
    press('3');
    expect(pressed(/^3 Maybe/)).toBe('true');
    expect(screen.getByText('Saving…')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(`candor:scorecard-draft:u1:${ID}`) ?? '{}').patch.items['0']).toEqual({ score: 3, notAsked: false });
    await screen.findByText('Saved', {}, { timeout: 2000 });
    const [patch] = endpoint.requests('PATCH');
    expect(patch!.headers.get('if-match')).toBe('"v1-0123456789abcdef"');
    expect(patch!.body).toEqual({ items: [{ position: 0, score: 3, notAsked: false }] });
    expect(localStorage.getItem(`candor:scorecard-draft:u1:${ID}`)).toBeNull();
    // The outline shows it too, in words for screen readers.
    expect(within(screen.getByRole('navigation', { name: 'Interview outline' })).getByRole('button', { name: /Idempotency keys, scored 3/ })).toBeTruthy();
  });

  it('moves the highlight with the arrow keys, ticks with k, and steps with n and p', async () => {
    open();
    await screen.findByText('Up to date', {}, { timeout: 5000 });
    press('ArrowDown');
    const first = screen.getByRole('button', { name: /First point of Idempotency keys/ });
    expect(document.activeElement).toBe(first);
    press('ArrowDown', first);
    const second = screen.getByRole('button', { name: /Second point of Idempotency keys/ });
    expect(document.activeElement).toBe(second);
    press('k', second);
    expect(second.getAttribute('aria-pressed')).toBe('true');
    expect(first.getAttribute('aria-pressed')).toBe('false');
    press('x', second);
    expect(pressed(/Not asked/)).toBe('true');

    press('n');
    expect(await screen.findByRole('heading', { name: 'Rate limiting' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Rate limiting' }));
    expect(screen.getByTestId('location').textContent).toBe(`/interviews/${ID}/live?q=2`);
    press('p');
    expect(await screen.findByRole('heading', { name: 'Idempotency keys' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Second point of Idempotency keys/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps up with keys pressed faster than the screen redraws', async () => {
    const endpoint = open();
    await screen.findByText('Up to date', {}, { timeout: 5000 });
    // One burst: next, score 2, next, not asked, with no redraw in between (act batches them, as a
    // fast typist's keys can outrun a render). Each key acts on the question the one before chose.
    act(() => {
      press('n');
      press('2');
      press('n');
      press('x');
    });
    expect(await screen.findByRole('heading', { name: 'Locking' })).toBeTruthy();
    await screen.findByText('Saved', {}, { timeout: 2000 });
    expect(endpoint.card.items.map((i) => [i.score, i.notAsked])).toEqual([
      [null, false],
      [2, false],
      [null, true],
    ]);
  });

  it('ignores the keys while typing notes; Escape leaves the field and they work again', async () => {
    const endpoint = open();
    await screen.findByText('Up to date', {}, { timeout: 5000 });
    press('e');
    const notes = screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(notes);
    fireEvent.change(notes, { target: { value: 'Mentions 4 retries' } });
    press('4', notes);
    press('n', notes);
    expect(pressed(/^4 Yes/)).toBe('false');
    expect(screen.getByRole('heading', { name: 'Idempotency keys' })).toBeTruthy();
    press('Escape', notes);
    expect(document.activeElement).not.toBe(notes);
    press('4');
    await waitFor(() => expect(pressed(/^4 Yes/)).toBe('true'));
    await screen.findByText('Saved', {}, { timeout: 2000 });
    expect(endpoint.card.items[0]).toMatchObject({ score: 4, notes: 'Mentions 4 retries' });
  });

  it('opens the list of keys with ?, and keys do nothing behind it', async () => {
    open();
    await screen.findByText('Up to date', {}, { timeout: 5000 });
    press('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Tick or untick the highlighted key point')).toBeTruthy();
    press('5', dialog);
    expect(pressed(/^5 Strong Yes/)).toBe('false');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('restores a draft left on this device by a closed tab and sends it', async () => {
    localStorage.setItem(`candor:scorecard-draft:u1:${ID}`, JSON.stringify({ v: 1, baseVersion: 1, changedAt: Date.now(), patch: { items: { '2': { score: 2, notes: 'offline note' } } } }));
    const endpoint = open(`/interviews/${ID}/live?q=3`);
    expect(await screen.findByText(/were restored/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Locking' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).value).toBe('offline note');
    await screen.findByText('Saved', {}, { timeout: 2000 });
    expect(endpoint.card.items[2]).toMatchObject({ score: 2, notes: 'offline note' });
  });

  it('shows what is missing, submits with one Idempotency-Key across a retry, then is read-only with Amend', async () => {
    const card = scorecardFixture({ items: [0, 1, 2].map((position) => ({ position, score: position === 1 ? null : 4, notAsked: false, keyPoints: [], notes: '' })) });
    const endpoint = open(`/interviews/${ID}/live?q=summary`, { card });
    expect(await screen.findByRole('heading', { name: 'Summary and submit' }, { timeout: 5000 })).toBeTruthy();
    const missing = screen.getByRole('region', { name: 'Still missing' });
    expect(within(missing).getByRole('button', { name: 'Rate limiting' })).toBeTruthy();
    expect(within(missing).getByText('An overall recommendation')).toBeTruthy();
    expect(await screen.findByText(/1 scorecard hidden until you submit yours/)).toBeTruthy();

    // Incomplete: the server says what is missing, and the next attempt gets a new key.
    fireEvent.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    expect(await screen.findByText('Question 2 has no score and is not marked "not asked".')).toBeTruthy();
    fireEvent.click(within(missing).getByRole('button', { name: 'Rate limiting' }));
    await screen.findByRole('heading', { name: 'Rate limiting' });
    press('x');
    press('n');
    await screen.findByRole('heading', { name: 'Locking' });
    press('n');
    fireEvent.click(await screen.findByRole('radio', { name: 'Yes' }));
    fireEvent.change(screen.getByLabelText('Summary'), { target: { value: 'Solid; clear on retries.' } });

    // Once the edits are saved, the next request is the submission: it is lost on the way, and the
    // retry reuses its key.
    await screen.findByText('Saved', {}, { timeout: 2000 });
    endpoint.api.fetch.mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    expect(await screen.findByText(/a retry is recognised and never counted twice/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Submit scorecard' }));
    expect(await screen.findByRole('heading', { name: 'Your submitted scorecard' })).toBeTruthy();

    const submits = endpoint.requests('POST', '/submit');
    const keys = submits.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2); // the lost one never reached the stub's log
    expect(keys[1]).not.toBe(keys[0]); // the 422 ended the first attempt
    expect(endpoint.api.fetch.mock.calls.filter(([url, init]) => String(url).endsWith('/submit') && init?.method === 'POST').map(([, init]) => new Headers(init?.headers).get('idempotency-key')).slice(-2)).toEqual([keys[1], keys[1]]);
    expect(endpoint.card).toMatchObject({ status: 'submitted', recommendation: 'yes', summary: 'Solid; clear on retries.' });
    expect(screen.getByRole('radio', { name: 'Yes' }).matches(':disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Amend' })).toBeTruthy();
    press('1');
    await waitFor(() => expect(screen.queryByText('Saving…')).toBeNull());
    expect(endpoint.requests('PATCH').every((r) => !JSON.stringify(r.body).includes('"score":1'))).toBe(true);
  });

  it('amends a submitted scorecard as a new revision, with a reason', async () => {
    const items = [0, 1, 2].map((position) => ({ position, score: 3, notAsked: false, keyPoints: [], notes: '' }));
    const revisions = [{ revision: 1, reason: '', createdAt: '2030-05-01T11:00:00.000Z', createdBy: 'u1' }];
    const endpoint = open(`/interviews/${ID}/live?q=1`, { card: scorecardFixture({ status: 'submitted', items, recommendation: 'maybe', revision: 1, submittedAt: '2030-05-01T11:00:00.000Z', revisions }) });
    expect(await screen.findByText(/You submitted this scorecard, so it is read-only/, {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Amend it from the summary' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Amend' }));
    fireEvent.click(screen.getByRole('button', { name: /Idempotency keys/ }));
    await screen.findByRole('heading', { name: 'Idempotency keys' });
    press('5');
    expect(pressed(/^5 Strong Yes/)).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByText(/Say why you amend the scorecard/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason for the amendment'), { target: { value: 'Misread my notes on the first answer.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save amendment' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save amendment' })).toBeNull());
    expect(endpoint.requests('POST', '/amendments')[0]?.body).toEqual({ items: [{ position: 0, score: 5, notAsked: false }], reason: 'Misread my notes on the first answer.' });
    expect(endpoint.requests('PATCH')).toHaveLength(0);
    expect(endpoint.card).toMatchObject({ revision: 2 });
    expect(pressed(/^5 Strong Yes/)).toBe('true');
    expect(screen.getByRole('button', { name: /^5 Strong Yes/ }).matches(':disabled')).toBe(true);
  });

  it('warns in words when the interview and the current section run over time', async () => {
    const startedAt = new Date(Date.now() - 41 * 60_000).toISOString(); // 30-minute interview, 41 minutes in
    open(`/interviews/${ID}/live?q=1`, { interview: interviewFixture({ status: 'in_progress', startedAt }) });
    expect(await screen.findByText(/⚠ Over by 11:0\d/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('⚠ Section over time')).toBeTruthy();
    expect(screen.getByText(/Over by 21:0\d/)).toBeTruthy(); // the 20-minute API design section
    expect(screen.getByText('The interview is over its planned time.')).toBeTruthy();
  });

  it('tells someone who is not on the interview where to go instead', async () => {
    stubApiForOther();
    expect(await screen.findByText('You are not an interviewer on this interview')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the debrief for Cy Candidate' }).getAttribute('href')).toBe('/candidates/00000000-0000-4000-8000-0000000000b1/debrief');
  });
});

function stubApiForOther() {
  open(undefined, { interview: interviewFixture({ interviewers: [BO] }) });
}
