import { describe, expect, it } from 'vitest';
import { entityTag, ifMatchHits, noneMatchHits, parseEtagList } from './etag';

const tag = entityTag(3, 'abcdef0123456789ffff');

describe('entity tags', () => {
  it('are strong and carry version and hash', () => expect(tag).toBe('"v3-abcdef0123456789"'));
  it('parse lists', () => expect(parseEtagList(` "a", W/"b" ,*`)).toEqual(['"a"', '"b"', '*']));
  it.each([
    [tag, true],
    [`"other", ${tag}`, true],
    [`W/${tag}`, true],
    ['*', true],
    ['"v2-abcdef0123456789"', false],
  ])('If-None-Match %s → %s (weak comparison)', (header, hit) => expect(noneMatchHits(header, tag)).toBe(hit));
  it.each([
    [tag, true],
    [`"x", ${tag}`, true],
    [`W/${tag}`, false],
    ['*', true],
    ['"v2-abcdef0123456789"', false],
    ['v3-abcdef0123456789', false],
  ])('If-Match %s → %s (strong comparison)', (header, hit) => expect(ifMatchHits(header, tag)).toBe(hit));
});
