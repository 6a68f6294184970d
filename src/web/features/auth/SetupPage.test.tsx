import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, stubApi } from '../../test/api-stub';
import { renderAt } from '../../test/render';
import { SetupPage } from './SetupPage';

afterEach(() => vi.unstubAllGlobals());

describe('SetupPage', () => {
  it('creates the first owner and workspace, then opens the app', async () => {
    const api = stubApi({ 'GET /api/v1/setup': json(200, { needed: true, tokenValid: true }), 'POST /api/v1/setup': json(201, meFixture()) });
    renderAt(<SetupPage />, { at: '/setup?token=abc' });
    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Ann' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ann@example.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'short' } });
    fireEvent.change(screen.getByLabelText('Workspace name'), { target: { value: 'Acme' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account and workspace' }));
    expect(await screen.findByText('Password must be at least 10 characters')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'long enough pw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account and workspace' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    expect(api.requests[0]?.search).toBe('?token=abc');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ token: 'abc', name: 'Ann', email: 'ann@example.com', password: 'long enough pw', workspaceName: 'Acme' });
  });

  it('says setup is done once an owner exists', async () => {
    stubApi({ 'GET /api/v1/setup': json(200, { needed: false, tokenValid: false }) });
    renderAt(<SetupPage />, { at: '/setup?token=abc' });
    expect(await screen.findByRole('heading', { name: 'Candor is already set up' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toBeTruthy();
  });

  it('explains how to get a fresh link when this one is invalid', async () => {
    stubApi({ 'GET /api/v1/setup': json(200, { needed: true, tokenValid: false }) });
    renderAt(<SetupPage />, { at: '/setup?token=old' });
    expect(await screen.findByRole('heading', { name: 'This setup link is invalid or has expired' })).toBeTruthy();
    expect(screen.getByText('npm start')).toBeTruthy();
    expect(screen.getByText(/npx candor user create/)).toBeTruthy();
  });
});
