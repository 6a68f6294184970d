import { describe, expect, it } from 'vitest';
import { buildSegments } from './highlight-spans';

const marked = (text: string, points: Parameters<typeof buildSegments>[1], breaks?: number[]) =>
  buildSegments(text, points, breaks).map((s) => [s.text, s.pointIds.join('+')]);

describe('buildSegments', () => {
  it('cuts exactly at the offsets and covers the whole text in order', () => {
    const text = 'Use an idempotency key and a unique constraint.';
    const segments = buildSegments(text, [
      { id: 'key', spans: [{ start: 7, end: 22 }] },
      { id: 'claim', spans: [{ start: 29, end: 46 }] },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.text, s.pointIds])).toEqual([
      [0, 7, 'Use an ', []],
      [7, 22, 'idempotency key', ['key']],
      [22, 29, ' and a ', []],
      [29, 46, 'unique constraint', ['claim']],
      [46, 47, '.', []],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('names every point where spans overlap, and merges a point’s adjacent spans', () => {
    expect(
      marked('abcdefghij', [
        { id: 'a', spans: [{ start: 1, end: 6 }] },
        { id: 'b', spans: [{ start: 4, end: 8 }] },
        { id: 'c', spans: [{ start: 8, end: 9 }, { start: 9, end: 10 }] },
      ]),
    ).toEqual([
      ['a', ''],
      ['bcd', 'a'],
      ['ef', 'a+b'],
      ['gh', 'b'],
      ['ij', 'c'],
    ]);
  });

  it('keeps the same point’s spans apart at a break (the start of a follow-up answer)', () => {
    expect(marked('one two', [{ id: 'p', spans: [{ start: 0, end: 7 }] }], [4])).toEqual([
      ['one ', 'p'],
      ['two', 'p'],
    ]);
  });

  it('clips spans past the end, ignores empty and reversed ones, and sorts unordered input', () => {
    expect(
      marked('short', [
        { id: 'x', spans: [{ start: 3, end: 99 }] },
        { id: 'y', spans: [{ start: 2, end: 2 }, { start: 4, end: 1 }] },
        { id: 'z', spans: [{ start: 0, end: 1 }] },
      ]),
    ).toEqual([
      ['s', 'z'],
      ['ho', ''],
      ['rt', 'x'],
    ]);
  });

  it('uses UTF-16 offsets, as the grader does: an emoji counts as two', () => {
    const text = '👍 cache it';
    expect(marked(text, [{ id: 'c', spans: [{ start: 3, end: 8 }] }])).toEqual([
      ['👍 ', ''],
      ['cache', 'c'],
      [' it', ''],
    ]);
  });

  it('gives one plain segment without spans, and none for an empty answer', () => {
    expect(marked('plain', [])).toEqual([['plain', '']]);
    expect(buildSegments('', [{ id: 'p', spans: [{ start: 0, end: 3 }] }])).toEqual([]);
  });
});
