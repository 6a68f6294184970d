import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, problem, stubApi } from '../../../test/api-stub';
import { renderAt, testQueryClient } from '../../../test/render';
import { BO, ME, interviewFixture } from '../test-fixtures';
import { EditInterviewPage } from './EditInterviewPage';

afterEach(() => vi.unstubAllGlobals());

const ID = '00000000-0000-4000-8000-0000000000a1';
const member = (userId: string, name: string, role: string) => ({ id: `m-${userId}`, userId, name, email: `${name.toLowerCase()}@example.com`, role, createdAt: '2025-01-01T00:00:00.000Z' });
const MEMBERS = [member(ME.userId, ME.name, 'owner'), member(BO.userId, BO.name, 'interviewer'), member('u9', 'Cleo', 'interviewer')];

function open() {
  const client = testQueryClient();
  client.setQueryData(['me'], meFixture({ user: { id: ME.userId, name: ME.name, email: ME.email } }));
  return renderAt(<EditInterviewPage />, { at: `/interviews/${ID}/edit`, path: '/interviews/:id/edit', client });
}

describe('EditInterviewPage', () => {
  it('sends only what changed, under If-Match with the ETag it loaded', async () => {
    const api = stubApi({
      [`GET /api/v1/interviews/${ID}`]: json(200, interviewFixture(), { etag: '"v1"' }),
      'GET /api/v1/members': json(200, MEMBERS),
      [`PATCH /api/v1/interviews/${ID}`]: json(200, interviewFixture({ version: 2, scheduledAt: new Date('2030-06-02T15:00').toISOString() }), { etag: '"v2"' }),
    });
    open();
    expect(await screen.findByText('Cy Candidate')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: new RegExp(BO.name) }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /Cleo/ }) as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing has changed yet.');

    fireEvent.change(screen.getByLabelText('When'), { target: { value: '2030-06-02T15:00' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Cleo/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/interviews'));
    const patch = api.requests.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).toBe('"v1"');
    expect(patch.body).toEqual({ interviewerIds: [ME.userId, BO.userId, 'u9'], scheduledAt: new Date('2030-06-02T15:00').toISOString() });
  });

  it('explains a 412 and loads the other version on request', async () => {
    let version = 1;
    stubApi({
      [`GET /api/v1/interviews/${ID}`]: () => json(200, interviewFixture({ version, notes: version === 1 ? '' : 'Bring the whiteboard' }), { etag: `"v${version}"` }),
      'GET /api/v1/members': json(200, MEMBERS),
      [`PATCH /api/v1/interviews/${ID}`]: () => {
        version = 2;
        return problem(412, 'precondition_failed', 'The interview has changed.');
      },
    });
    open();
    fireEvent.change(await screen.findByLabelText('Notes for the interviewers'), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Someone else changed this interview/);
    fireEvent.click(screen.getByRole('button', { name: 'Load their version' }));
    await waitFor(() => expect((screen.getByLabelText('Notes for the interviewers') as HTMLTextAreaElement).value).toBe('Bring the whiteboard'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a completed interview can no longer be changed', async () => {
    stubApi({
      [`GET /api/v1/interviews/${ID}`]: json(200, interviewFixture({ status: 'completed' }), { etag: '"v1"' }),
      'GET /api/v1/members': json(200, MEMBERS),
    });
    open();
    expect(await screen.findByText(/it can no longer be changed/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });

  it('shows an interview that does not exist as an error with a retry', async () => {
    stubApi({
      [`GET /api/v1/interviews/${ID}`]: problem(404, 'not_found', 'No interview with this id.'),
      'GET /api/v1/members': json(200, MEMBERS),
    });
    open();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No interview with this id.');
    expect(screen.getByRole('button', { name: /Try again/i })).toBeTruthy();
  });
});
