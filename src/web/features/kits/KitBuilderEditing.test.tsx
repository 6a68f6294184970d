import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, noContentReply, stubApi } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { KitBuilderPage } from './KitBuilderPage';
import { KitsPage } from './KitsPage';

afterEach(() => vi.unstubAllGlobals());

const ID = '00000000-0000-4000-8000-000000000001';
const bankItem = { id: ID, slug: 'api-idempotency-keys', title: 'Making a payment endpoint safe to retry', type: 'technical', category: 'API Design', difficulty: 'medium', tags: [], minutes: 12, version: 1, snippet: null };
const bank = { items: [bankItem], total: 1, nextCursor: null, facets: { category: [], difficulty: [], type: [], tag: [] } };
const savedKit = (name: string) => ({
  id: 'kit-9',
  name,
  description: '',
  minutes: 45,
  notes: '',
  origin: null,
  version: 1,
  plannedMinutes: 12,
  questionCount: 1,
  warnings: [],
  etag: '"v1-cccccccccccccccc"',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  sections: [{ title: 'Questions', minutes: 50, notes: '', plannedMinutes: 12, questions: [{ questionId: ID, notes: 'Ask about retries', question: { ...bankItem, deleted: false } }] }],
});

function withMe(permissions: string[]) {
  const client = testQueryClient();
  client.setQueryData(['me'], meFixture({ permissions: permissions as never }));
  return client;
}

describe('building a kit by hand', () => {
  it('refuses to save without a name, then adds a question from the bank with notes and creates the kit', { timeout: 20_000 }, async () => {
    const api = stubApi({ 'GET /api/v1/questions': json(200, bank), 'POST /api/v1/kits': (r) => json(201, savedKit((r.body as { name: string }).name)) });
    renderAt(<KitBuilderPage />, { at: '/kits/new', path: '/kits/:id', client: withMe(['question.read', 'kit.read', 'kit.write']) });

    fireEvent.click(screen.getByRole('button', { name: 'Create kit' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be saved yet/);
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Payments screen' } });
    fireEvent.change(screen.getByLabelText('Duration (min)'), { target: { value: '45' } });
    fireEvent.click(await screen.findByRole('button', { name: `Add: ${bankItem.title}` }));
    const list = screen.getByRole('list', { name: 'Questions in Questions' });
    expect(within(list).getByText(bankItem.title)).toBeTruthy();
    expect(screen.getByText('12 of 45 min planned')).toBeTruthy();
    expect(screen.getByText('In the kit')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Add notes: ${bankItem.title}` }));
    const notes = screen.getByLabelText('Notes for interviewers', { selector: `[data-question-id="${ID}"] textarea` });
    expect(document.activeElement).toBe(notes);
    fireEvent.change(notes, { target: { value: 'Ask about retries' } });

    fireEvent.click(screen.getByRole('button', { name: 'Create kit' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/kits/kit-9'));
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'Payments screen',
      description: '',
      minutes: 45,
      notes: '',
      sections: [{ title: 'Questions', minutes: 50, notes: '', questions: [{ questionId: ID, notes: 'Ask about retries' }] }],
    });
  });

  it('deletes a kit only after confirming, with If-Match', async () => {
    const api = stubApi({ 'GET /api/v1/kits/kit-9': json(200, savedKit('Old kit')), 'GET /api/v1/questions': json(200, bank), 'DELETE /api/v1/kits/kit-9': noContentReply() });
    renderAt(<KitBuilderPage />, { at: '/kits/kit-9', path: '/kits/:id', client: withMe(['question.read', 'kit.read', 'kit.write']) });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete kit' }));
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/kits'));
    expect(api.requests.find((r) => r.method === 'DELETE')?.headers.get('if-match')).toBe('"v1-cccccccccccccccc"');
  });

  it('shows a viewer the kit without any way to change it', async () => {
    stubApi({ 'GET /api/v1/kits/kit-9': json(200, savedKit('Read-only kit')) });
    renderAt(<KitBuilderPage />, { at: '/kits/kit-9', path: '/kits/:id', client: withMe(['question.read', 'kit.read']) });
    expect(await screen.findByText('Your role can read this kit but not change it.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save kit' })).toBeNull();
    expect(screen.queryByText('Add questions from the bank')).toBeNull();
    expect((screen.getByRole('button', { name: `Move up: ${bankItem.title}` }) as HTMLButtonElement).closest('fieldset')?.disabled).toBe(true);
  });
});

describe('the kits list', () => {
  it('offers the starter kits when there is no kit yet', async () => {
    stubApi({
      'GET /api/v1/kits': json(200, { items: [] }),
      'GET /api/v1/packs': json(200, { items: [{ id: 'backend', name: 'Backend Developer', version: '1.0.0', description: '', license: '', questions: 62, kits: [{ slug: 'backend-technical-60', name: 'Backend technical interview (60 min)', minutes: 60 }] }] }),
    });
    renderAt(<KitsPage />, { at: '/kits', client: withMe(['question.read', 'kit.read', 'kit.write', 'pack.read']) });
    fireEvent.click(await screen.findByRole('button', { name: 'Start from a starter kit' }));
    expect(await screen.findByRole('button', { name: 'Use Backend technical interview (60 min)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'From a starter kit' }).getAttribute('aria-expanded')).toBe('true');
  });
});
