import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, problem, stubApi } from '../../test/api-stub';
import { renderAt } from '../../test/render';
import { JoinPage } from './JoinPage';

afterEach(() => vi.unstubAllGlobals());

const preview = (hasAccount: boolean) => ({ workspaceName: 'Acme', email: 'cy@example.com', role: 'interviewer', expiresAt: '2030-01-01T00:00:00.000Z', hasAccount });
const open = () => renderAt(<JoinPage />, { at: '/join/tok123', path: '/join/:token' });

describe('JoinPage', () => {
  it('creates an account: name, password twice, then signed in at the bank', async () => {
    const api = stubApi({ 'GET /api/v1/join/tok123': json(200, preview(false)), 'POST /api/v1/join/tok123': json(200, meFixture()) });
    open();
    expect(await screen.findByRole('heading', { name: 'Join Acme' })).toBeTruthy();
    expect(screen.getByText('cy@example.com')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Cy' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'long enough pw' } });
    fireEvent.change(screen.getByLabelText('Confirm password'), { target: { value: 'long enough px' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Confirm password'), { target: { value: 'long enough pw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'Cy', password: 'long enough pw' });
  });

  it('asks only for the password when the email already has an account', async () => {
    stubApi({ 'GET /api/v1/join/tok123': json(200, preview(true)), 'POST /api/v1/join/tok123': problem(401, 'invalid_credentials', 'Wrong password.') });
    open();
    await screen.findByRole('heading', { name: 'Join Acme' });
    expect(screen.queryByLabelText('Your name')).toBeNull();
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'not it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join Acme' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not the password of this account/);
  });

  it('explains an expired or used invitation', async () => {
    stubApi({ 'GET /api/v1/join/tok123': problem(410, 'invitation_expired', 'The invitation expired.') });
    open();
    expect(await screen.findByRole('heading', { name: 'This invitation can no longer be used' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
  });
});
