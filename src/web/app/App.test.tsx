import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, noContentReply, stubApi } from '../test/api-stub';
import { questionList } from '../test/fixtures';
import { renderRoutes } from '../test/render';
import { AppRoutes } from './App';

afterEach(() => vi.unstubAllGlobals());

const candidate = meFixture({ role: 'candidate', permissions: ['question.practice'], workspaces: [{ id: 'w1', name: 'Acme', slug: 'acme', role: 'candidate' }] });

describe('the signed-in app', () => {
  it('shows an owner every section and the full bank', async () => {
    const api = stubApi({ 'GET /api/v1/auth/me': json(200, meFixture()), 'GET /api/v1/questions': json(200, questionList(['Full question'])) });
    renderRoutes(<AppRoutes />, { at: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Question bank', 'Import', 'Settings', 'API']);
    expect(await screen.findByText('Full question')).toBeTruthy();
    expect(api.requests.some((r) => r.path === '/api/v1/practice/questions')).toBe(false);
  });

  it('gives a candidate practice questions only, and no import or settings', async () => {
    const api = stubApi({ 'GET /api/v1/auth/me': json(200, candidate), 'GET /api/v1/practice/questions': json(200, questionList(['Practice question'])) });
    renderRoutes(<AppRoutes />, { at: '/' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Questions', 'API']);
    expect(await screen.findByText('Practice question')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Practice questions');
    expect(api.requests.some((r) => r.path === '/api/v1/questions')).toBe(false);
  });

  it('lands a candidate who practises on practice, with the questions one link away', async () => {
    const practising = { ...candidate, permissions: ['question.practice' as const, 'practice.answer' as const] };
    stubApi({
      'GET /api/v1/auth/me': json(200, practising),
      'GET /api/v1/practice/options': json(200, { packs: [], categories: [{ value: 'Databases', count: 1 }], difficulties: [] }),
      'GET /api/v1/practice/reviews': json(200, { dueNow: 0, dueToday: 0, dueThisWeek: 0, total: 0, items: [] }),
      'GET /api/v1/practice/sessions': json(200, { items: [] }),
      'GET /api/v1/practice/questions': json(200, questionList(['Practice question'])),
    });
    renderRoutes(<AppRoutes />, { at: '/' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Practice' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/practice');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual(['Questions', 'Practice', 'API']);
    fireEvent.click(within(nav).getByRole('link', { name: 'Questions' }));
    expect(await screen.findByText('Practice question')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/questions');
  });

  it('explains instead of failing when a role opens a page it may not use', async () => {
    stubApi({ 'GET /api/v1/auth/me': json(200, candidate) });
    renderRoutes(<AppRoutes />, { at: '/settings/members' });
    expect(await screen.findByText('Your role cannot open this page')).toBeTruthy();
  });

  it('switches workspace from the header and fetches the page again for the new one', async () => {
    const two = meFixture({ workspaces: [{ id: 'w1', name: 'Acme', slug: 'acme', role: 'owner' }, { id: 'w2', name: 'Beta', slug: 'beta', role: 'viewer' }] });
    const inBeta = { ...two, workspace: { id: 'w2', name: 'Beta', slug: 'beta' }, role: 'viewer' as const, permissions: ['question.read' as const] };
    let workspace = 'w1';
    const api = stubApi({
      'GET /api/v1/auth/me': json(200, two),
      'GET /api/v1/questions': () => json(200, questionList([workspace === 'w1' ? 'Acme question' : 'Beta question'])),
      'PUT /api/v1/auth/workspace': () => ((workspace = 'w2'), json(200, inBeta)),
    });
    renderRoutes(<AppRoutes />, { at: '/' });
    expect(await screen.findByText('Acme question')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Workspace: Acme. Switch workspace' }));
    fireEvent.click(screen.getByRole('button', { name: /^Beta/ }));
    expect(await screen.findByText('Beta question')).toBeTruthy();
    expect(screen.queryByText('Acme question')).toBeNull();
    expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({ workspaceId: 'w2' });
    expect(screen.getByRole('button', { name: 'Workspace: Beta. Switch workspace' })).toBeTruthy();
  });

  it('signs out from the user menu', async () => {
    const api = stubApi({ 'GET /api/v1/auth/me': json(200, meFixture()), 'GET /api/v1/questions': json(200, questionList([])), 'POST /api/v1/auth/sign-out': noContentReply() });
    renderRoutes(<AppRoutes />, { at: '/' });
    fireEvent.click(await screen.findByRole('button', { name: 'Account menu for Ann Owner' }));
    expect(screen.getByText('ann@example.com')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/sign-in'));
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(api.requests.some((r) => r.method === 'POST' && r.path === '/api/v1/auth/sign-out')).toBe(true);
  });
});
