import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, problem, stubApi } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { NewCandidatePage } from './NewCandidatePage';
import { CANDIDATE_ID, candidateFixture } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

function renderForm() {
  const client = testQueryClient();
  client.setQueryData(['me'], meFixture({ permissions: ['candidate.read', 'candidate.write'] }));
  return renderAt(<NewCandidatePage />, { at: '/candidates/new', path: '/candidates/new', client });
}

describe('NewCandidatePage', () => {
  it('needs a name and a valid email before sending anything, and focuses the first problem', async () => {
    const api = stubApi({});
    renderForm();
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'not-an-email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    expect(await screen.findByText('Name is required')).toBeTruthy();
    expect(screen.getByText('Email must be an email address')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Name')));
    expect(api.requests).toEqual([]);
  });

  it('adds the candidate with only a name and opens their page', async () => {
    const api = stubApi({ 'POST /api/v1/candidates': json(201, candidateFixture({ email: null, roleApplied: '', notes: '' }), { etag: '"v1-0000000000000001"' }) });
    renderForm();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Grace Hopper' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/candidates/${CANDIDATE_ID}`));
    expect(api.requests[0]!.body).toEqual({ name: 'Grace Hopper', email: '', roleApplied: '', notes: '' });
  });

  it("shows the server's field errors beside their fields", async () => {
    stubApi({
      'POST /api/v1/candidates': problem(400, 'validation_failed', 'Invalid field "email".', { errors: [{ in: 'body', name: 'email', message: 'is already used by another candidate' }] }),
    });
    renderForm();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Grace Hopper' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'grace@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    expect(await screen.findByText('Email is already used by another candidate')).toBeTruthy();
  });
});
