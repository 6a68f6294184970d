import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, noContentReply, problem, stubApi } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { SettingsPage } from './SettingsPage';

afterEach(() => vi.unstubAllGlobals());

const member = (id: string, name: string, role: string) => ({ id, userId: `u-${id}`, name, email: `${name.toLowerCase()}@example.com`, role, createdAt: '2025-01-01T00:00:00.000Z' });
const token = { id: 't1', name: 'CI export', scope: 'read', user: { id: 'u1', name: 'Ann Owner', email: 'ann@example.com' }, prefix: 'cnd_ab12', createdAt: '2025-01-01T00:00:00.000Z', lastUsedAt: null, revokedAt: null };

function renderSettings(at: string, me = meFixture()) {
  const client = testQueryClient();
  client.setQueryData(['me'], me);
  return renderAt(<SettingsPage />, { at, path: '/settings/*', client });
}

describe('SettingsPage', () => {
  it('shows only the tabs the role allows, as links marking the current one', async () => {
    stubApi({ 'GET /api/v1/audit': json(200, { items: [], nextCursor: null }) });
    renderSettings('/settings', meFixture({ permissions: ['question.read', 'audit.read'] }));
    const tabs = screen.getByRole('navigation', { name: 'Settings sections' });
    expect(within(tabs).getAllByRole('link').map((a) => a.textContent)).toEqual(['Audit log']);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/settings/audit'));
    expect(within(tabs).getByRole('link', { name: 'Audit log' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('No events')).toBeTruthy();
  });

  it('creates a token and shows its secret once, focused, with how to use it', async () => {
    const api = stubApi({
      'GET /api/v1/tokens': json(200, []),
      'GET /api/v1/members': json(200, [member('m1', 'Ann', 'owner'), member('m2', 'Bo', 'viewer')]),
      'POST /api/v1/tokens': json(201, { token: { ...token, user: { id: 'u-m2', name: 'Bo', email: 'bo@example.com' } }, secret: 'cnd_ab12_secret' }),
    });
    renderSettings('/settings/tokens');
    expect(await screen.findByText('No API tokens yet')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'CI export' } });
    await screen.findByRole('option', { name: 'Bo (viewer)' });
    fireEvent.change(screen.getByLabelText('Acts as'), { target: { value: 'u-m2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));
    const secret = await screen.findByLabelText('Secret');
    expect((secret as HTMLInputElement).value).toBe('cnd_ab12_secret');
    await waitFor(() => expect(document.activeElement).toBe(secret));
    expect(screen.getByText(/Authorization: Bearer cnd_ab12_secret/)).toBeTruthy();
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ name: 'CI export', scope: 'read', userId: 'u-m2' });
    fireEvent.click(screen.getByRole('button', { name: 'Done, I have copied it' }));
    expect(screen.queryByLabelText('Secret')).toBeNull();
  });

  it('invites by email and shows the link once, saying whether it was emailed', async () => {
    stubApi({
      'GET /api/v1/members': json(200, [member('m1', 'Ann', 'owner')]),
      'GET /api/v1/invitations': json(200, []),
      'POST /api/v1/invitations': json(201, {
        invitation: { id: 'i1', email: 'cy@example.com', role: 'interviewer', status: 'pending', expiresAt: '2030-01-01T00:00:00.000Z', createdAt: '2025-01-01T00:00:00.000Z', invitedBy: 'Ann' },
        link: 'http://localhost/join/tok123',
        emailed: false,
      }),
    });
    renderSettings('/settings/members');
    fireEvent.change(await screen.findByLabelText('Email'), { target: { value: 'cy@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create invitation' }));
    const link = await screen.findByLabelText('Invitation link');
    expect((link as HTMLInputElement).value).toBe('http://localhost/join/tok123');
    expect(screen.getByText(/send them this link yourself/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });

  it('confirms before removing a member and shows why the server refused', async () => {
    const api = stubApi({
      'GET /api/v1/members': json(200, [member('m1', 'Ann', 'owner')]),
      'GET /api/v1/invitations': json(200, []),
      'DELETE /api/v1/members/m1': problem(409, 'last_owner', 'A workspace needs at least one owner.'),
    });
    renderSettings('/settings/members');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Ann' }));
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A workspace needs at least one owner.');
  });

  it('changes a role only when Save is pressed', async () => {
    const api = stubApi({
      'GET /api/v1/members': json(200, [member('m1', 'Ann', 'owner'), member('m2', 'Bo', 'viewer')]),
      'GET /api/v1/invitations': json(200, []),
      'PATCH /api/v1/members/m2': json(200, member('m2', 'Bo', 'interviewer')),
      'GET /api/v1/auth/me': json(200, meFixture()),
    });
    renderSettings('/settings/members');
    fireEvent.change(await screen.findByLabelText('Role of Bo'), { target: { value: 'interviewer' } });
    expect(api.requests.some((r) => r.method === 'PATCH')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ role: 'interviewer' }));
  });

  it('revokes a token after confirming', async () => {
    let revoked = false;
    stubApi({
      'GET /api/v1/tokens': () => json(200, [{ ...token, revokedAt: revoked ? '2025-02-01T00:00:00.000Z' : null }]),
      'GET /api/v1/members': json(200, []),
      'DELETE /api/v1/tokens/t1': () => ((revoked = true), noContentReply()),
    });
    renderSettings('/settings/tokens');
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke CI export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText(/revoked/)).toBeTruthy();
  });
});
