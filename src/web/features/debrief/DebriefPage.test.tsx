import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Debrief } from '../../../shared/interview.schema';
import { json, meFixture, stubApi, type RecordedRequest } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { DebriefPage } from './DebriefPage';

afterEach(() => vi.unstubAllGlobals());

const C = '00000000-0000-4000-8000-0000000000b1';
const I = '00000000-0000-4000-8000-0000000000a1';
const ann = { userId: 'u1', name: 'Ann', email: 'ann@example.com' };
const kp = [
  { id: 'store-response', text: 'Stores the first response' },
  { id: 'same-tx', text: 'In the same transaction' },
];

function debrief(overrides: Partial<Debrief> = {}): Debrief {
  return {
    candidate: { id: C, name: 'Cy Candidate', roleApplied: 'Backend engineer', status: 'active' },
    interviews: [{ id: I, kitName: 'Backend 60', scheduledAt: '2025-05-01T10:00:00.000Z', status: 'completed' }],
    scorecards: [
      { userId: 'u1', name: 'Ann', interviewId: I, recommendation: 'yes', summary: 'Clear on retries.', revision: 1, submittedAt: '2025-05-01T11:00:00.000Z', meanScore: 4 },
      { userId: 'u2', name: 'Bo', interviewId: I, recommendation: 'no', summary: 'Vague on locking.', revision: 2, submittedAt: '2025-05-01T11:05:00.000Z', meanScore: 2.5 },
    ],
    rows: [
      {
        interviewId: I,
        position: 0,
        title: 'Idempotency keys',
        category: 'API Design',
        keyPoints: kp,
        cells: [
          { userId: 'u1', score: 5, notAsked: false, keyPoints: ['store-response', 'same-tx'], notes: 'Explained the race.' },
          { userId: 'u2', score: 2, notAsked: false, keyPoints: ['store-response'], notes: '' },
        ],
        mean: 3.5,
        spread: 3,
        disagreement: true,
      },
      { interviewId: I, position: 1, title: 'Locking', category: 'Databases', keyPoints: [], cells: [{ userId: 'u1', score: 3, notAsked: false, keyPoints: [], notes: '' }, { userId: 'u2', score: null, notAsked: true, keyPoints: [], notes: '' }], mean: 3, spread: 0, disagreement: false },
    ],
    aggregate: { meanScore: 3.3, scoredAnswers: 3, recommendations: { yes: 1, no: 1 }, meanRecommendation: 3, disagreements: 1 },
    hidden: { count: 0, reason: null },
    pending: [],
    decision: null,
    decisionHistory: [],
    ...overrides,
  };
}

function open(body: Debrief, permissions = meFixture().permissions, routes: Record<string, Response | ((r: RecordedRequest) => Response)> = {}) {
  const api = stubApi({ [`GET /api/v1/candidates/${C}/debrief`]: json(200, body), ...routes });
  const client = testQueryClient();
  client.setQueryData(['me'], meFixture({ permissions }));
  renderAt(<DebriefPage />, { at: `/candidates/${C}/debrief`, path: '/candidates/:id/debrief', client });
  return api;
}

describe('DebriefPage', () => {
  it('lays scores side by side and marks disagreements in words, with each interviewer’s evidence', async () => {
    open(debrief());
    const matrix = await screen.findByRole('table');
    const row = within(matrix).getByRole('row', { name: /Idempotency keys/ });
    expect(within(row).getByText('Discuss')).toBeTruthy();
    expect(row.className).toContain('is-disagreement');
    expect(within(row).getByText('score 5')).toBeTruthy();
    const locking = within(matrix).getByRole('row', { name: /Locking/ });
    expect(within(locking).getByText('not asked')).toBeTruthy();
    expect(within(locking).queryByText('Discuss')).toBeNull();
    expect(screen.getByText('Clear on retries.')).toBeTruthy();
    expect(screen.getByText(/amended \(revision 2\)/)).toBeTruthy();
    const evidence = screen.getByRole('region', { name: /Idempotency keys/ });
    expect(within(evidence).getAllByText('In the same transaction')).toHaveLength(1);
    expect(within(evidence).getByText('Explained the race.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download scorecards (CSV)' }).getAttribute('href')).toBe(`/api/v1/candidates/${C}/scorecards.csv`);
    expect(screen.getByRole('link', { name: 'Print' }).getAttribute('href')).toBe(`/candidates/${C}/debrief/print`);
  });

  it('says how many scorecards are hidden until you submit yours, and who is still to submit', async () => {
    open(debrief({ scorecards: [], rows: [], hidden: { count: 2, reason: 'Submit your own scorecard for Cy Candidate first.' }, pending: [ann] }));
    expect(await screen.findByText('2 scorecards hidden until you submit yours.')).toBeTruthy();
    expect(screen.getByText(/Waiting for a scorecard from Ann/)).toBeTruthy();
    expect(screen.getByText('No submitted scorecards you can read yet.')).toBeTruthy();
  });

  it('records a decision with its rationale for those who may, and lists the history', async () => {
    const decided = { id: '00000000-0000-4000-8000-0000000000e1', decision: 'hire' as const, rationale: 'Strong on the essentials.', decidedBy: ann, decidedAt: '2025-05-02T09:00:00.000Z' };
    let body = debrief();
    const api = open(body, [...meFixture().permissions, 'decision.write'], {
      [`GET /api/v1/candidates/${C}/debrief`]: () => json(200, body),
      [`POST /api/v1/candidates/${C}/decision`]: () => {
        body = debrief({ decision: decided, decisionHistory: [decided] });
        return json(201, decided);
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Record decision' }));
    expect(screen.getByText('Choose a decision.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Hire' }));
    fireEvent.change(screen.getByLabelText('Rationale'), { target: { value: 'Strong on the essentials.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(await screen.findByRole('heading', { name: 'History' })).toBeTruthy();
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ decision: 'hire', rationale: 'Strong on the essentials.' });
  });

  it('shows no decision form without decision.write', async () => {
    open(debrief());
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
    expect(screen.getByText('No decision yet.')).toBeTruthy();
  });
});
