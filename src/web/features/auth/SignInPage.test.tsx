import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, problem, stubApi } from '../../test/api-stub';
import { renderAt } from '../../test/render';
import { SignInPage } from './SignInPage';

afterEach(() => vi.unstubAllGlobals());

const fill = (email: string, password: string) => {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('SignInPage', () => {
  it('says which fields are missing without asking the server, and focuses the first', async () => {
    const api = stubApi({});
    renderAt(<SignInPage />, { at: '/sign-in' });
    fill('', '');
    const email = screen.getByLabelText('Email');
    expect(await screen.findByText('Email is required')).toBeTruthy();
    expect(screen.getByText('Password is required')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(screen.getByText('Email is required').id);
    expect(document.activeElement).toBe(email);
    expect(api.requests).toHaveLength(0);
  });

  it('shows a wrong email or password as a form error', async () => {
    stubApi({ 'POST /api/v1/auth/sign-in': problem(401, 'invalid_credentials', 'The email or password is wrong.') });
    renderAt(<SignInPage />, { at: '/sign-in?next=/settings' });
    fill('ann@example.com', 'wrong password');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('That email and password do not match. Check both and try again.');
    expect(document.activeElement).toBe(alert);
    expect(screen.getByTestId('location').textContent).toBe('/sign-in?next=/settings');
  });

  it('shows field errors the server names', async () => {
    stubApi({
      'POST /api/v1/auth/sign-in': problem(400, 'validation_failed', 'The body is invalid.', { errors: [{ in: 'body', name: 'email', message: 'is not an email address' }] }),
    });
    renderAt(<SignInPage />, { at: '/sign-in' });
    fill('ann@example', 'whatever123');
    expect(await screen.findByText('Email is not an email address')).toBeTruthy();
  });

  it('says how long to wait when rate limited, from Retry-After', async () => {
    stubApi({ 'POST /api/v1/auth/sign-in': problem(429, 'rate_limited', 'Too many sign-in attempts.', {}, { 'retry-after': '540' }) });
    renderAt(<SignInPage />, { at: '/sign-in' });
    fill('ann@example.com', 'whatever123');
    expect((await screen.findByRole('alert')).textContent).toBe('Too many attempts, try again in 9 minutes.');
  });

  it('signs in, remembers /me and goes to the page in ?next=', async () => {
    const me = meFixture();
    const api = stubApi({ 'POST /api/v1/auth/sign-in': json(200, me) });
    const { client } = renderAt(<SignInPage />, { at: '/sign-in?next=%2Fquestions%2Fx%3Fy%3D1' });
    fill('ann@example.com', 'correct horse battery');
    expect(screen.getByRole('button', { name: 'Signing in…' })).toHaveProperty('disabled', true);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/questions/x?y=1'));
    expect(api.requests[0]).toMatchObject({ method: 'POST', path: '/api/v1/auth/sign-in', body: { email: 'ann@example.com', password: 'correct horse battery' } });
    expect(client.getQueryData(['me'])).toEqual(me);
  });

  it('ignores a ?next= that leaves the site', async () => {
    stubApi({ 'POST /api/v1/auth/sign-in': json(200, meFixture()) });
    renderAt(<SignInPage />, { at: '/sign-in?next=//evil.example/x' });
    fill('ann@example.com', 'correct horse battery');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
  });
});
