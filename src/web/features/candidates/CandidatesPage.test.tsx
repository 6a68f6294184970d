import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, meFixture, problem, stubApi, type RecordedRequest } from '../../test/api-stub';
import { renderAt, testQueryClient } from '../../test/render';
import { CandidatesPage } from './CandidatesPage';
import { candidateList, summary } from './test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const WRITER = meFixture({ permissions: ['candidate.read', 'candidate.write', 'interview.schedule'] });
const READER = meFixture({ role: 'viewer', permissions: ['candidate.read'] });

function renderList(at = '/candidates', me = WRITER) {
  const client = testQueryClient();
  client.setQueryData(['me'], me);
  return renderAt(<CandidatesPage />, { at, path: '/candidates', client });
}

const params = (r: RecordedRequest) => Object.fromEntries(new URLSearchParams(r.search));

describe('CandidatesPage', () => {
  it('says there are no candidates yet, and offers to add one to those who may', async () => {
    stubApi({ 'GET /api/v1/candidates': json(200, candidateList([])) });
    renderList();
    expect(await screen.findByRole('heading', { name: 'No candidates yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add the first candidate' }).getAttribute('href')).toBe('/candidates/new');
  });

  it('offers no add link to a viewer', async () => {
    stubApi({ 'GET /api/v1/candidates': json(200, candidateList([])) });
    renderList('/candidates', READER);
    expect(await screen.findByRole('heading', { name: 'No candidates yet' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /add/i })).toBeNull();
  });

  it('lists candidates with status, CV and the CV snippet where the search matched, and counts per status', async () => {
    const items = [
      summary('Ada Lovelace', 1, { hasCv: true, snippet: [{ text: 'Wrote the first ', highlight: false }, { text: 'algorithm', highlight: true }] }),
      summary('Alan Turing', 2, { status: 'offer' }),
    ];
    stubApi({ 'GET /api/v1/candidates': json(200, candidateList(items)) });
    renderList('/candidates?q=algorithm');
    const link = await screen.findByRole('link', { name: 'Ada Lovelace' });
    expect(link.getAttribute('href')).toBe(`/candidates/${items[0]!.id}`);
    expect(screen.getByRole('heading', { name: '2 candidates' })).toBeTruthy();
    const mark = document.querySelector('mark');
    expect(mark?.textContent).toBe('algorithm');
    expect(screen.getByText('Offer made')).toBeTruthy();
    const select = screen.getByLabelText('Status');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['All (2)', 'Active (1)', 'Offer made (1)', 'Hired (0)', 'Rejected (0)', 'Withdrawn (0)']);
    expect((screen.getByLabelText('Search candidates') as HTMLInputElement).value).toBe('algorithm');
  });

  it('searches as you type and filters by status, through the address', async () => {
    const api = stubApi({
      'GET /api/v1/candidates': (r) => json(200, candidateList(params(r).q === 'kubernetes' ? [] : [summary('Ada Lovelace', 1)])),
    });
    renderList();
    await screen.findByRole('link', { name: 'Ada Lovelace' });
    fireEvent.change(screen.getByLabelText('Search candidates'), { target: { value: 'kubernetes' } });
    expect(await screen.findByRole('heading', { name: 'No candidates match' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/candidates?q=kubernetes');
    expect(screen.getByText(/Nothing matches “kubernetes”/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'hired' } });
    await waitFor(() => expect(params(api.requests.at(-1)!)).toEqual({ q: 'kubernetes', status: 'hired', limit: '20' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filter' }));
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/candidates');
  });

  it('loads the next page with the cursor and keeps the first', async () => {
    const api = stubApi({
      'GET /api/v1/candidates': (r) =>
        params(r).cursor === 'page-2'
          ? json(200, candidateList([summary('Second Page', 3)]))
          : json(200, candidateList([summary('First Page', 1)], { total: 2, nextCursor: 'page-2' })),
    });
    renderList();
    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Second Page' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'First Page' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(api.requests.map((r) => params(r).cursor)).toEqual([undefined, 'page-2']);
  });

  it('shows the error and retries', async () => {
    let calls = 0;
    stubApi({ 'GET /api/v1/candidates': () => (++calls === 1 ? problem(500, 'internal_error', 'Something went wrong on our side.') : json(200, candidateList([summary('Ada Lovelace', 1)]))) });
    renderList();
    expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong on our side.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toBeTruthy();
  });
});
