// The autosave engine against a fake scorecard endpoint at the network boundary (fetch): see
// fake-scorecard-endpoint.ts for how it behaves.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scorecard } from '../../../../shared/interview.schema';
import { json, problem } from '../../../test/api-stub';
import { fakeScorecardEndpoint } from '../fake-scorecard-endpoint';
import { draftKey, readDraft } from './draft-store';
import { ScorecardAutosave } from './scorecard-autosave';

const KEY = draftKey('u1', 'i1');

function scorecard(): Scorecard {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    interviewId: '00000000-0000-4000-8000-0000000000a1',
    candidateId: '00000000-0000-4000-8000-0000000000b1',
    interviewer: { userId: 'u1', name: 'Ann', email: 'ann@example.com' },
    status: 'draft',
    items: [0, 1, 2].map((position) => ({ position, score: null, notAsked: false, keyPoints: [], notes: '' })),
    recommendation: null,
    summary: '',
    revision: 1,
    version: 1,
    submittedAt: null,
    updatedAt: new Date().toISOString(),
    revisions: [],
  };
}

const fakeServer = () => fakeScorecardEndpoint(scorecard());
const PATCHES = (server: ReturnType<typeof fakeServer>) => server.requests('PATCH');

const engine = () => new ScorecardAutosave({ interviewId: 'i1', userId: 'u1', debounceMs: 500, retryDelaysMs: [1_000] });
const item = (s: Scorecard | null, position: number) => s?.items.find((i) => i.position === position);

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ScorecardAutosave', () => {
  it('keeps each change on the device at once and sends a burst as one PATCH with If-Match', async () => {
    const server = fakeServer();
    const autosave = engine();
    await autosave.start();
    autosave.edit({ items: [{ position: 0, score: 3 }] });
    autosave.edit({ items: [{ position: 0, keyPoints: ['kp-a'] }] });
    autosave.edit({ items: [{ position: 1, notes: 'asked about retries' }] });

    expect(readDraft(localStorage, KEY)?.patch.items).toEqual({ '0': { score: 3, keyPoints: ['kp-a'] }, '1': { notes: 'asked about retries' } });
    expect(autosave.getState().status).toBe('saving');
    expect(item(autosave.getState().scorecard, 0)).toMatchObject({ score: 3, keyPoints: ['kp-a'] });
    await vi.advanceTimersByTimeAsync(499);
    expect(PATCHES(server)).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(1);
    expect(PATCHES(server)).toHaveLength(1);
    expect(PATCHES(server)[0]!.headers.get('if-match')).toBe('"v1-0123456789abcdef"');
    expect(autosave.getState().status).toBe('saved');
    expect(item(server.card, 0)).toMatchObject({ score: 3, keyPoints: ['kp-a'] });
    expect(item(server.card, 1)?.notes).toBe('asked about retries');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('has one request in flight at a time and clears only what the server confirmed', async () => {
    const server = fakeServer();
    const autosave = engine();
    await autosave.start();
    server.hold();
    autosave.edit({ items: [{ position: 0, score: 2 }] });
    await vi.advanceTimersByTimeAsync(500);
    expect(PATCHES(server)).toHaveLength(1);

    // Edited while the first request waits for its answer.
    autosave.edit({ items: [{ position: 0, score: 4 }], summary: 'Solid on locking' });
    await vi.advanceTimersByTimeAsync(500);
    expect(PATCHES(server)).toHaveLength(1);
    server.release();
    server.hold(); // the chained second request waits too, so the draft can be read in between
    await vi.advanceTimersByTimeAsync(0);
    // The first answer confirmed score 2 only: the newer score and the summary are still kept.
    expect(readDraft(localStorage, KEY)?.patch).toMatchObject({ items: { '0': { score: 4 } }, summary: 'Solid on locking' });
    expect(autosave.getState().status).toBe('saving');
    expect(PATCHES(server)).toHaveLength(2);
    server.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(PATCHES(server)[1]!.headers.get('if-match')).toBe('"v2-0123456789abcdef"');
    expect(server.maxInFlight()).toBe(1);
    expect(autosave.getState().status).toBe('saved');
    expect(item(server.card, 0)?.score).toBe(4);
    expect(server.card.summary).toBe('Solid on locking');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('says it is offline, keeps the change on the device, and sends it when the server answers again', async () => {
    const server = fakeServer();
    const autosave = engine();
    await autosave.start();
    server.setOffline(true);
    autosave.edit({ items: [{ position: 2, notAsked: true }] });
    await vi.advanceTimersByTimeAsync(500);
    expect(autosave.getState().status).toBe('offline');
    expect(readDraft(localStorage, KEY)?.patch.items['2']).toEqual({ notAsked: true });

    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosave.getState().status).toBe('offline');
    server.setOffline(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(autosave.getState().status).toBe('saved');
    expect(item(server.card, 2)?.notAsked).toBe(true);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('on 412 reads the scorecard again and re-applies the pending changes on top', async () => {
    const server = fakeServer();
    const autosave = engine();
    await autosave.start();
    server.changeElsewhere({ items: [{ position: 1, score: 5 }], summary: 'from the laptop' });
    autosave.edit({ items: [{ position: 0, score: 2, keyPoints: ['kp-b'] }] });
    await vi.advanceTimersByTimeAsync(500);

    const [first, second] = PATCHES(server);
    expect(first!.headers.get('if-match')).toBe('"v1-0123456789abcdef"');
    expect(second!.headers.get('if-match')).toBe('"v2-0123456789abcdef"');
    expect(autosave.getState().status).toBe('saved');
    expect(item(server.card, 0)).toMatchObject({ score: 2, keyPoints: ['kp-b'] });
    // The other device's change survives, and the screen shows it.
    expect(item(server.card, 1)?.score).toBe(5);
    expect(item(autosave.getState().scorecard, 1)?.score).toBe(5);
    expect(autosave.getState().scorecard?.summary).toBe('from the laptop');
  });

  it('after a reload re-sends changes the server never got', async () => {
    const server = fakeServer();
    const first = engine();
    await first.start();
    server.setOffline(true);
    first.edit({ items: [{ position: 0, score: 4 }] });
    await vi.advanceTimersByTimeAsync(500);
    first.dispose(); // the tab is closed while offline
    server.setOffline(false);

    const second = engine();
    await second.start();
    expect(second.getState().notice).toMatch(/restored/);
    expect(item(second.getState().scorecard, 0)?.score).toBe(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(item(server.card, 0)?.score).toBe(4);
    expect(second.getState().status).toBe('saved');
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('trims the draft when an answer arrives after the screen closed, so nothing is sent twice', async () => {
    const server = fakeServer();
    const first = engine();
    await first.start();
    server.hold();
    first.edit({ items: [{ position: 0, score: 1 }] });
    await vi.advanceTimersByTimeAsync(500);
    first.dispose();
    server.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(item(server.card, 0)?.score).toBe(1);
  });

  it('drops a device draft older than a later save made elsewhere, and says so', async () => {
    const server = fakeServer();
    localStorage.setItem(KEY, JSON.stringify({ v: 1, baseVersion: 1, changedAt: Date.now() - 60_000, patch: { items: { '0': { score: 1 } } } }));
    server.changeElsewhere({ items: [{ position: 0, score: 5 }] });
    const autosave = engine();
    await autosave.start();
    expect(autosave.getState().notice).toMatch(/older than the saved scorecard/);
    expect(item(autosave.getState().scorecard, 0)?.score).toBe(5);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(PATCHES(server)).toHaveLength(0);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('reports a refusal that retrying cannot fix, and keeps the change', async () => {
    const server = fakeServer();
    server.api.fetch.mockImplementation(async (_input, init) =>
      init?.method === 'PATCH' ? problem(409, 'scorecard_submitted', 'This scorecard was submitted.') : json(200, scorecard(), { etag: '"v1-x"' }),
    );
    const autosave = engine();
    await autosave.start();
    autosave.edit({ items: [{ position: 0, score: 3 }] });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(autosave.getState().status).toBe('error');
    expect((autosave.getState().error as Error).message).toBe('This scorecard was submitted.');
    expect(server.api.fetch.mock.calls.filter(([, init]) => init?.method === 'PATCH')).toHaveLength(1);
    expect(readDraft(localStorage, KEY)?.patch.items['0']).toEqual({ score: 3 });
  });

  it('flush sends everything at once and tells whether the server holds it all', async () => {
    const server = fakeServer();
    const autosave = engine();
    await autosave.start();
    autosave.edit({ recommendation: 'yes' });
    expect(await autosave.flush()).toBe(true);
    expect(server.card.recommendation).toBe('yes');
    server.setOffline(true);
    autosave.edit({ recommendation: 'strong_yes' });
    expect(await autosave.flush()).toBe(false);
    expect(autosave.getState().status).toBe('offline');
  });
});
