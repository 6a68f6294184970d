import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubApi } from '../../../test/api-stub';
import { renderAt } from '../../../test/render';
import { AuditTab } from './AuditTab';

afterEach(() => vi.unstubAllGlobals());

const event = (id: string, action: string) => ({
  id,
  at: '2025-03-01T10:00:00.000Z',
  actor: { userId: 'u1', name: 'Ann', email: 'ann@example.com' },
  tokenId: null,
  action,
  targetType: 'member',
  targetId: 'm2',
  ip: '10.0.0.1',
  details: { from: 'viewer', to: 'admin' },
});

describe('AuditTab', () => {
  it('pages with Load more and filters by action prefix', async () => {
    const api = stubApi({
      'GET /api/v1/audit': (r) => {
        const params = new URLSearchParams(r.search);
        if (params.get('action') === 'auth.') return json(200, { items: [event('e9', 'auth.sign_in')], nextCursor: null });
        if (params.get('cursor') === 'c2') return json(200, { items: [event('e2', 'member.remove')], nextCursor: null });
        return json(200, { items: [event('e1', 'member.role_change')], nextCursor: 'c2' });
      },
    });
    renderAt(<AuditTab />);
    expect(await screen.findByText('member.role_change')).toBeTruthy();
    expect(screen.getByText('from: viewer · to: admin')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('member.remove')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Action starts with'), { target: { value: 'auth.' } });
    expect(await screen.findByText('auth.sign_in')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('member.remove')).toBeNull());
    expect(api.requests.map((r) => r.search)).toContain('?limit=50&action=auth.');
  });
});
