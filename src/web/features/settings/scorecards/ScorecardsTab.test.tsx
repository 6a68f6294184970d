import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, problem, stubApi } from '../../../test/api-stub';
import { renderAt, testQueryClient } from '../../../test/render';
import { SettingsPage } from '../SettingsPage';

afterEach(() => vi.unstubAllGlobals());

function open(put: Response) {
  const api = stubApi({ 'GET /api/v1/settings/workspace': json(200, { showScorecardsBeforeSubmit: false }), 'PUT /api/v1/settings/workspace': put });
  const client = testQueryClient();
  client.setQueryData(['me'], meFixture({ permissions: ['question.read', 'settings.manage'] }));
  renderAt(<SettingsPage />, { at: '/settings/scorecards', path: '/settings/*', client });
  return api;
}

describe('Settings → Scorecards', () => {
  it('turns the independence rule off and on with a switch, saying what it means', async () => {
    const api = open(json(200, { showScorecardsBeforeSubmit: true }));
    const toggle = await screen.findByRole('switch', { name: /Show other interviewers’ scorecards before submitting/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/anchors people to the first opinion/)).toBeTruthy();
    fireEvent.click(toggle);
    expect(await screen.findByText('Saved: scorecards are visible before submitting.')).toBeTruthy();
    expect((toggle as HTMLInputElement).checked).toBe(true);
    expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({ showScorecardsBeforeSubmit: true });
  });

  it('shows a refusal', async () => {
    open(problem(403, 'forbidden', 'Your role cannot change workspace settings.'));
    fireEvent.click(await screen.findByRole('switch'));
    expect((await screen.findByRole('alert')).textContent).toBe('Your role cannot change workspace settings.');
  });
});
