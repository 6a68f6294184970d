import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, noContentReply, stubApi } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { AccountPage } from './AccountPage';

afterEach(() => vi.unstubAllGlobals());

const session = (id: string, current: boolean, userAgent: string) => ({
  id,
  current,
  createdAt: '2025-01-01T00:00:00.000Z',
  lastActiveAt: '2025-01-02T00:00:00.000Z',
  expiresAt: '2030-01-01T00:00:00.000Z',
  ipAddress: '10.0.0.1',
  userAgent,
});
const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

function renderAccount() {
  const client = testQueryClient();
  client.setQueryData(['me'], meFixture({ workspaces: [{ id: 'w1', name: 'Acme', slug: 'acme', role: 'owner' }, { id: 'w2', name: 'Beta', slug: 'beta', role: 'viewer' }] }));
  return renderAt(<AccountPage />, { at: '/account', client });
}

describe('AccountPage', () => {
  it('lists sessions and signs out every other one after confirming', async () => {
    let sessions = [session('s1', true, firefox), session('s2', false, iphone)];
    const api = stubApi({
      'GET /api/v1/auth/sessions': () => json(200, sessions),
      'DELETE /api/v1/auth/sessions/s2': () => ((sessions = sessions.filter((s) => s.id !== 's2')), noContentReply()),
    });
    renderAccount();
    expect(await screen.findByText('Firefox on Linux')).toBeTruthy();
    expect(screen.getByText('This browser')).toBeTruthy();
    expect(screen.getByText('Safari on iOS')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out everywhere else' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign them out' }));
    await waitFor(() => expect(screen.queryByText('Safari on iOS')).toBeNull());
    expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual(['/api/v1/auth/sessions/s2']);
  });

  it('revoking this browser’s session goes to the sign-in page', async () => {
    stubApi({ 'GET /api/v1/auth/sessions': json(200, [session('s1', true, firefox)]), 'DELETE /api/v1/auth/sessions/s1': noContentReply() });
    renderAccount();
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out of this browser' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sign-in'));
  });

  it('switches workspace and says so', async () => {
    const switched = meFixture({ workspace: { id: 'w2', name: 'Beta', slug: 'beta' }, role: 'viewer', workspaces: [{ id: 'w1', name: 'Acme', slug: 'acme', role: 'owner' }, { id: 'w2', name: 'Beta', slug: 'beta', role: 'viewer' }] });
    stubApi({ 'GET /api/v1/auth/sessions': json(200, []), 'PUT /api/v1/auth/workspace': json(200, switched) });
    renderAccount();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to Beta' }));
    expect(await screen.findByText('You are now working in Beta.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Switch to Acme' })).toBeTruthy();
  });
});
