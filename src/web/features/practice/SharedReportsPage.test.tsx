import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, problem, stubApi } from '../../test/api-stub';
import { renderAt } from '../../test/render';
import { SharedReportsPage } from './SharedReportsPage';

afterEach(() => vi.unstubAllGlobals());

const shared = (id: string, name: string, mode: 'mock' | 'review', meanScore: number | null) => ({
  id,
  mode,
  settings: { pack: null, difficulties: [], categories: [], length: 3 },
  minutes: 30,
  questionCount: 3,
  attemptCount: 2,
  meanScore,
  startedAt: '2026-11-01T10:00:00.000Z',
  finishedAt: '2026-11-01T10:30:00.000Z',
  sharedAt: '2026-11-02T09:00:00.000Z',
  owner: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com` },
});

const open = () => renderAt(<SharedReportsPage />, { at: '/practice/shared', path: '/practice/shared' });

describe('SharedReportsPage', () => {
  it('lists each shared report with who practised, linking to the report', async () => {
    stubApi({
      'GET /api/v1/practice/shared': json(200, {
        items: [shared('00000000-0000-4000-8000-0000000000e1', 'Cara Candidate', 'mock', 3.5), shared('00000000-0000-4000-8000-0000000000e2', 'Dev Person', 'review', null)],
      }),
    });
    open();
    const link = await screen.findByRole('link', { name: 'Cara Candidate: mock interview report' });
    expect(link.getAttribute('href')).toBe('/practice/sessions/00000000-0000-4000-8000-0000000000e1/report');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText(/Mock interview · 2 answers · mean 3\.5/)).toBeTruthy();
    expect(within(items[1]!).getByText(/Review · 2 answers · mean —/)).toBeTruthy();
    expect(within(items[1]!).getByText('dev@example.com')).toBeTruthy();
  });

  it('says when nothing is shared, and shows a failure with a retry', async () => {
    stubApi({ 'GET /api/v1/practice/shared': json(200, { items: [] }) });
    const first = open();
    expect(await screen.findByRole('heading', { name: 'No shared reports yet' })).toBeTruthy();
    first.unmount();
    vi.unstubAllGlobals();
    stubApi({ 'GET /api/v1/practice/shared': problem(403, 'forbidden', 'Your role does not allow this.') });
    open();
    expect((await screen.findByRole('alert')).textContent).toContain('Your role does not allow this.');
  });
});
