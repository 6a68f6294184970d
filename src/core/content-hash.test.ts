import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from './content-hash';

describe('content hashes', () => {
  it('ignore key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 2, x: undefined, w: 'z' }] })).toBe('{"a":[{"w":"z","y":2}],"b":1}');
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
  });
  it('change with any value and with array order', () => {
    expect(contentHash({ tags: ['a', 'b'] })).not.toBe(contentHash({ tags: ['b', 'a'] }));
    expect(contentHash({ n: 1 })).not.toBe(contentHash({ n: '1' }));
    expect(contentHash(null)).toMatch(/^[0-9a-f]{64}$/);
  });
});
