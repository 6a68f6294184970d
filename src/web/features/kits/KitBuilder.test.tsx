import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Kit } from '../../../shared/kit.schema';
import { json, meFixture, problem, stubApi, type RecordedRequest } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { KitBuilderPage } from './KitBuilderPage';

afterEach(() => vi.unstubAllGlobals());

const summary = (n: number, minutes = 10) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  slug: `question-${n}`,
  title: `Question ${n}`,
  category: 'Databases',
  difficulty: 'medium' as const,
  type: 'technical' as const,
  minutes,
  deleted: false,
});
const entry = (n: number, minutes = 10) => ({ questionId: summary(n).id, notes: '', question: summary(n, minutes) });
const KIT: Kit = {
  id: 'kit-1',
  name: 'Backend technical interview (60 min)',
  description: '',
  minutes: 60,
  notes: '',
  origin: 'backend/backend-technical-60',
  version: 1,
  plannedMinutes: 30,
  questionCount: 3,
  warnings: [],
  etag: '"v1-aaaaaaaaaaaaaaaa"',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  sections: [
    { title: 'Warm-up', minutes: 20, notes: '', plannedMinutes: 20, questions: [entry(1), entry(2)] },
    { title: 'Depth', minutes: 30, notes: '', plannedMinutes: 10, questions: [entry(3)] },
  ],
};
const emptyList = { items: [], total: 0, nextCursor: null, facets: { category: [], difficulty: [], type: [], tag: [] } };
const KIT_ACTIONS = ['question.read', 'kit.read', 'kit.write'] as const;

function renderBuilder(patch: (r: RecordedRequest) => Response = () => json(200, KIT)) {
  const api = stubApi({ 'GET /api/v1/kits/kit-1': json(200, KIT), 'GET /api/v1/questions': json(200, emptyList), 'PATCH /api/v1/kits/kit-1': patch });
  const client = testQueryClient();
  client.setQueryData(['me'], meFixture({ permissions: [...KIT_ACTIONS] }));
  renderAt(<KitBuilderPage />, { at: '/kits/kit-1', path: '/kits/:id', client });
  return api;
}
const titlesIn = (section: string) =>
  within(screen.getByRole('list', { name: `Questions in ${section}` }))
    .queryAllByRole('listitem')
    .map((li) => li.getAttribute('data-question-id'))
    .filter(Boolean)
    .map((id) => summary(Number(id!.at(-1))).title);
const announcer = () => screen.getByTestId('kit-announcer').textContent?.trim();

describe('the kit builder: keyboard reordering', () => {
  it('moves a question down and up with the buttons, announcing where it went and keeping focus on it', async () => {
    renderBuilder();
    const down = await screen.findByRole('button', { name: 'Move down: Question 1' });
    expect((screen.getByRole('button', { name: 'Move up: Question 1' }) as HTMLButtonElement).disabled).toBe(true);
    down.focus();
    fireEvent.click(down);
    expect(titlesIn('Warm-up')).toEqual(['Question 2', 'Question 1']);
    expect(announcer()).toBe('“Question 1” is now 2 of 2 in “Warm-up”.');
    await waitFor(() => expect(document.activeElement?.closest('[data-question-id]')?.getAttribute('data-question-id')).toBe(summary(1).id));

    fireEvent.click(screen.getByRole('button', { name: 'Move up: Question 1' }));
    expect(titlesIn('Warm-up')).toEqual(['Question 1', 'Question 2']);
    expect(announcer()).toBe('“Question 1” is now 1 of 2 in “Warm-up”.');
  });

  it('crosses into the next section at the edge, and focus follows the question there', async () => {
    renderBuilder();
    fireEvent.click(await screen.findByRole('button', { name: 'Move down: Question 2' }));
    expect(titlesIn('Warm-up')).toEqual(['Question 1']);
    expect(titlesIn('Depth')).toEqual(['Question 2', 'Question 3']);
    expect(announcer()).toBe('“Question 2” is now 1 of 2 in “Depth”.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down: Question 2' })));
    // The last question of the kit has nowhere further down to go.
    expect((screen.getByRole('button', { name: 'Move down: Question 3' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('saves the new order with If-Match, then says so', async () => {
    const api = renderBuilder(() => json(200, { ...KIT, version: 2, etag: '"v2-bbbbbbbbbbbbbbbb"' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Move down: Question 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save kit' }));
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeTruthy());
    const sent = api.requests.find((r) => r.method === 'PATCH')!;
    expect(sent.headers.get('if-match')).toBe(KIT.etag);
    const body = sent.body as { sections: { questions: { questionId: string }[] }[] };
    expect(body.sections[0]!.questions.map((q) => q.questionId)).toEqual([summary(2).id, summary(1).id]);
    expect(announcer()).toBe('Kit saved.');
  });

  it('says plainly when someone else saved first (412), keeping the changes on screen', async () => {
    renderBuilder(() => problem(412, 'precondition_failed', 'The kit changed since you read it.'));
    fireEvent.click(await screen.findByRole('button', { name: 'Move down: Question 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save kit' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Someone else saved this kit after you opened it/);
    expect(within(alert).getByRole('button', { name: 'Load the saved version' })).toBeTruthy();
    expect(titlesIn('Warm-up')).toEqual(['Question 2', 'Question 1']);
  });

  it('warns when the questions plan more than the duration', async () => {
    renderBuilder();
    const duration = await screen.findByLabelText('Duration (min)');
    fireEvent.change(duration, { target: { value: '25' } });
    expect(screen.getByText('30 of 25 min planned')).toBeTruthy();
    expect(screen.getByText('The questions plan 30 minutes in a 25-minute interview: 5 over.')).toBeTruthy();
  });
});
