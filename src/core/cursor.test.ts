import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import { AppError } from './errors';

const id = '0190a3c4-1111-7222-8333-444455556666';

describe('cursors', () => {
  it('round-trips each sort with its key intact', () => {
    for (const position of [
      { s: 'title', k: 'Ünïcode & "quotes"', id },
      { s: 'newest', k: '2026-11-22T10:00:00.123Z', id },
      { s: 'relevance', k: 0.0607927106320858, id },
    ] as const) {
      const cursor = encodeCursor(position);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor, position.s)).toEqual(position);
    }
  });

  it.each(['', 'garbage', 'eyJ4IjoxfQ', encodeCursor({ s: 'title', k: 'a', id }).slice(0, -3), Buffer.from('{"s":"title","k":"a","id":"not-a-uuid"}').toString('base64url')])(
    'refuses %j as invalid_cursor naming the cursor parameter',
    (bad) => {
      try {
        decodeCursor(bad, 'title');
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('invalid_cursor');
        expect((e as AppError).details.errors).toEqual([expect.objectContaining({ in: 'query', name: 'cursor' })]);
      }
    },
  );

  it('refuses a cursor of another sort', () => {
    expect(() => decodeCursor(encodeCursor({ s: 'title', k: 'a', id }), 'newest')).toThrow(/sort "title"/);
  });
});
