import { describe, expect, it } from 'vitest';
import { parseSearchTerms } from './search-terms';

describe('parseSearchTerms', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['kube', [{ text: 'kube', kind: 'prefix', negated: false }]],
    [
      'jones kubernetes',
      [
        { text: 'jones', kind: 'word', negated: false },
        { text: 'kubernetes', kind: 'prefix', negated: false },
      ],
    ],
    [
      '"site reliability" engineer',
      [
        { text: 'site reliability', kind: 'phrase', negated: false },
        { text: 'engineer', kind: 'prefix', negated: false },
      ],
    ],
    [
      'golang -java',
      [
        { text: 'golang', kind: 'word', negated: false },
        { text: 'java', kind: 'word', negated: true },
      ],
    ],
    ['-"big data"', [{ text: 'big data', kind: 'phrase', negated: true }]],
    // An unclosed quote is a phrase still being typed, never a prefix.
    ['"distributed sys', [{ text: 'distributed sys', kind: 'phrase', negated: false }]],
    // Punctuation never becomes a to_tsquery prefix: these stay plain words.
    ['ann@example.com', [{ text: 'ann@example.com', kind: 'word', negated: false }]],
    ['c++', [{ text: 'c++', kind: 'word', negated: false }]],
    ['x', [{ text: 'x', kind: 'word', negated: false }]],
    ['- "" "', []],
  ])('%j', (input, expected) => {
    expect(parseSearchTerms(input)).toEqual(expected);
  });

  it('keeps at most twelve terms', () => {
    expect(parseSearchTerms(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
  });
});
