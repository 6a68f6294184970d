import { useQuery } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiGet } from '../lib/api-client';
import { useMe } from '../lib/session';
import { json, meFixture, problem, stubApi } from '../test/api-stub';
import { renderRoutes, testQueryClient } from '../test/render';
import { useSessionGuard } from './use-session-guard';

afterEach(() => vi.unstubAllGlobals());

function PageWithQuery() {
  useSessionGuard();
  useMe();
  const query = useQuery({ queryKey: ['thing'], queryFn: () => apiGet('/api/v1/thing', z.unknown()) });
  return <p>{query.status}</p>;
}

describe('useSessionGuard', () => {
  it('sends a 401 to the sign-in page with the current address as next', async () => {
    stubApi({ 'GET /api/v1/thing': problem(401, 'unauthenticated', 'Sign in first.') });
    renderRoutes(<PageWithQuery />, { at: '/settings/tokens?x=1' });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sign-in?next=%2Fsettings%2Ftokens%3Fx%3D1'));
  });

  it('leaves the public pages alone', async () => {
    stubApi({ 'GET /api/v1/thing': problem(401, 'unauthenticated', 'Sign in first.') });
    renderRoutes(<PageWithQuery />, { at: '/join/abc' });
    await screen.findByText('error');
    expect(screen.getByTestId('location').textContent).toBe('/join/abc');
  });

  it('reads /me again after a 403, since the role may have changed, and stays on the page', async () => {
    const api = stubApi({ 'GET /api/v1/thing': problem(403, 'forbidden', 'Not for your role.'), 'GET /api/v1/auth/me': json(200, meFixture()) });
    // /me is in the cache already, as in the app: the 403 is what makes it be read again.
    const client = testQueryClient();
    client.setQueryData(['me'], meFixture());
    renderRoutes(<PageWithQuery />, { at: '/settings', client });
    await screen.findByText('error');
    await waitFor(() => expect(api.requests.map((r) => r.path)).toContain('/api/v1/auth/me'));
    expect(screen.getByTestId('location').textContent).toBe('/settings');
  });
});
