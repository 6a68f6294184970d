import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../../../shared/interview.schema';
import { applyPatch, mergePatch, readDraft, toWirePatch, withoutConfirmed, writeDraft, EMPTY_PATCH } from './draft-store';

const card = { items: [{ position: 0, score: 2, notAsked: false, keyPoints: ['a'], notes: 'n' }], recommendation: null, summary: 's' } as unknown as Scorecard;

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k), map };
}

describe('draft store', () => {
  it('merges changes field by field and position by position', () => {
    let p = mergePatch(EMPTY_PATCH, { items: [{ position: 3, score: 4 }] });
    p = mergePatch(p, { items: [{ position: 3, notes: 'x' }, { position: 1, notAsked: true }], recommendation: null });
    expect(p).toEqual({ items: { '3': { score: 4, notes: 'x' }, '1': { notAsked: true } }, recommendation: null });
    expect(toWirePatch(p)).toEqual({ items: [{ position: 1, notAsked: true }, { position: 3, score: 4, notes: 'x' }], recommendation: null });
  });

  it('keeps what changed again after sending, drops what the server confirmed', () => {
    const sent = { items: [{ position: 3, score: 4, notes: 'x' }], summary: 'old' };
    const now = { items: { '3': { score: 5, notes: 'x' }, '4': { keyPoints: ['k'] } }, summary: 'old', recommendation: 'yes' as const };
    expect(withoutConfirmed(now, sent)).toEqual({ items: { '3': { score: 5 }, '4': { keyPoints: ['k'] } }, recommendation: 'yes' });
    expect(withoutConfirmed({ items: {}, recommendation: null }, { recommendation: null })).toEqual({ items: {} });
  });

  it('shows pending changes over the server scorecard, adding items it lacks', () => {
    const view = applyPatch(card, { items: { '0': { score: 5 }, '2': { notAsked: true } }, summary: '' });
    expect(view.items).toEqual([
      { position: 0, score: 5, notAsked: false, keyPoints: ['a'], notes: 'n' },
      { position: 2, score: null, notAsked: true, keyPoints: [], notes: '' },
    ]);
    expect(view.summary).toBe('');
    expect(view.recommendation).toBeNull();
  });

  it('ignores a corrupt or foreign draft and removes an empty one', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(readDraft(storage, 'k')).toBeUndefined();
    storage.setItem('k', JSON.stringify({ v: 1, baseVersion: 1, changedAt: 1, patch: { items: { x: {} } } }));
    expect(readDraft(storage, 'k')).toBeUndefined();
    expect(writeDraft(storage, 'k', { baseVersion: 2, changedAt: 5, patch: { items: { '1': { score: 3 } } } })).toBe(true);
    expect(readDraft(storage, 'k')).toEqual({ baseVersion: 2, changedAt: 5, patch: { items: { '1': { score: 3 } } } });
    writeDraft(storage, 'k', { baseVersion: 3, changedAt: 5, patch: EMPTY_PATCH });
    expect(storage.map.has('k')).toBe(false);
  });

  it('reports a browser that refuses to store', () => {
    const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => {} };
    expect(writeDraft(full, 'k', { baseVersion: 1, changedAt: 1, patch: { items: {}, summary: 'x' } })).toBe(false);
  });
});
