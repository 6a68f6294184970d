import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, problem, stubApi } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { InterviewsPage } from './InterviewsPage';
import { ScheduleInterviewPage } from './schedule/ScheduleInterviewPage';
import { BO, ME, interviewFixture } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const summary = (id: string, name: string, scheduledAt: string, status: 'scheduled' | 'completed', interviewers = [ME, BO]) => {
  const { notes: _n, startedAt: _s, completedAt: _c, cancelledAt: _x, version: _v, sections: _se, questions: _q, ...rest } = interviewFixture();
  return { ...rest, id, candidate: { id: `00000000-0000-4000-8000-0000000000b${id.slice(-1)}`, name }, scheduledAt, status, interviewers };
};
const SCHEDULE = ['interview.schedule', 'interview.conduct', 'debrief.read', 'candidate.read'] as const;

function client(permissions: readonly string[] = SCHEDULE) {
  const c = testQueryClient();
  c.setQueryData(['me'], meFixture({ permissions: [...meFixture().permissions, ...(permissions as typeof SCHEDULE)] }));
  return c;
}

describe('InterviewsPage', () => {
  it('puts your interviews first, upcoming ones soonest first, then past ones', async () => {
    stubApi({
      'GET /api/v1/interviews': json(200, {
        items: [
          summary('00000000-0000-4000-8000-0000000000a1', 'Past Pat', '2020-01-01T10:00:00.000Z', 'completed'),
          summary('00000000-0000-4000-8000-0000000000a2', 'Later Lee', '2031-01-01T10:00:00.000Z', 'scheduled'),
          summary('00000000-0000-4000-8000-0000000000a3', 'Soon Sam', '2030-01-01T10:00:00.000Z', 'scheduled'),
          summary('00000000-0000-4000-8000-0000000000a4', 'Other Olu', '2030-01-01T10:00:00.000Z', 'scheduled', [BO]),
        ],
      }),
    });
    renderAt(<InterviewsPage />, { at: '/interviews', path: '/interviews', client: client() });
    const mine = await screen.findByRole('region', { name: /Your interviews/ });
    expect(within(mine).getAllByRole('listitem').map((li) => li.querySelector('.interview-title')?.textContent?.split(' · ')[0])).toEqual(['Soon Sam', 'Later Lee', 'Past Pat']);
    expect(within(mine).getByRole('link', { name: 'Open the interview with Soon Sam' }).getAttribute('href')).toBe('/interviews/00000000-0000-4000-8000-0000000000a3/live');
    const others = screen.getByRole('region', { name: /Other interviews/ });
    expect(within(others).getByText('Other Olu')).toBeTruthy();
    expect(within(others).queryByRole('link', { name: /Open the interview/ })).toBeNull();
  });

  it('filters by status through the address, with an empty state', async () => {
    const api = stubApi({ 'GET /api/v1/interviews': (r) => json(200, { items: r.search.includes('completed') ? [] : [summary('00000000-0000-4000-8000-0000000000a1', 'Soon Sam', '2030-01-01T10:00:00.000Z', 'scheduled')] }) });
    renderAt(<InterviewsPage />, { at: '/interviews', path: '/interviews', client: client() });
    await screen.findByText('Soon Sam');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'completed' } });
    expect(await screen.findByText('No completed interviews')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/interviews?status=completed');
    expect(api.requests.at(-1)?.search).toBe('?status=completed');
  });
});

describe('ScheduleInterviewPage', () => {
  const member = (userId: string, name: string, role: string) => ({ id: `m-${userId}`, userId, name, email: `${name.toLowerCase()}@example.com`, role, createdAt: '2025-01-01T00:00:00.000Z' });
  const kit = { id: '00000000-0000-4000-8000-0000000000d1', name: 'Backend 60', description: '', minutes: 60, origin: null, version: 1, plannedMinutes: 50, questionCount: 4, warnings: [], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', sectionCount: 5 };
  const candidate = { id: '00000000-0000-4000-8000-0000000000b9', name: 'Cy Candidate', email: null, roleApplied: 'Backend engineer', status: 'active', version: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', hasCv: false, snippet: null };

  it('schedules the candidate named in the address with a kit, interviewers and a time', async () => {
    const api = stubApi({
      'GET /api/v1/candidates': json(200, { items: [], total: 0, statusCounts: {}, nextCursor: null }),
      [`GET /api/v1/candidates/${candidate.id}`]: json(200, { ...candidate, notes: '', cv: null, cvText: '' }),
      'GET /api/v1/kits': json(200, { items: [kit] }),
      'GET /api/v1/members': json(200, [member('u1', 'Ann', 'owner'), member('u2', 'Bo', 'interviewer'), member('u3', 'Vi', 'viewer')]),
      'POST /api/v1/interviews': json(201, interviewFixture({ interviewers: [BO] })),
    });
    renderAt(<ScheduleInterviewPage />, { at: `/interviews/new?candidate=${candidate.id}`, path: '/interviews/new', client: client() });
    await screen.findByRole('option', { name: 'Cy Candidate — Backend engineer' });
    expect((screen.getByLabelText('Candidate') as HTMLSelectElement).value).toBe(candidate.id);
    // Viewers cannot run interviews, so they are not offered.
    expect(screen.queryByRole('checkbox', { name: /Vi/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
    expect(await screen.findByText('Kit is required')).toBeTruthy();
    expect(screen.getByText(/name at least one interviewer/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Kit'), { target: { value: kit.id } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Bo/ }));
    fireEvent.change(screen.getByLabelText('When'), { target: { value: '2030-05-01T10:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/interviews'));
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      candidateId: candidate.id,
      kitId: kit.id,
      interviewerIds: ['u2'],
      scheduledAt: new Date('2030-05-01T10:30').toISOString(),
      notes: '',
    });
  });

  it('shows why the server refused', async () => {
    stubApi({
      'GET /api/v1/candidates': json(200, { items: [candidate], total: 1, statusCounts: {}, nextCursor: null }),
      'GET /api/v1/kits': json(200, { items: [kit] }),
      'GET /api/v1/members': json(200, [member('u1', 'Ann', 'owner')]),
      'POST /api/v1/interviews': problem(422, 'validation_failed', 'This kit has no questions.'),
    });
    renderAt(<ScheduleInterviewPage />, { at: '/interviews/new', path: '/interviews/new', client: client() });
    fireEvent.change(await screen.findByLabelText('Candidate'), { target: { value: candidate.id } });
    fireEvent.change(screen.getByLabelText('Kit'), { target: { value: kit.id } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Ann/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Schedule interview' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This kit has no questions.');
  });
});
