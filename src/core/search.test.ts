import { describe, expect, it } from 'vitest';
import { buildSearchQuery, headlineSegments, HEADLINE_START as S, HEADLINE_STOP as E } from './search';

describe('buildSearchQuery', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['redis', { web: '', prefix: 'redis' }],
    ['rate limit', { web: 'rate', prefix: 'limit' }],
    ['isolation lev', { web: 'isolation', prefix: 'lev' }],
    ['"read committed"', { web: '"read committed"', prefix: null }],
    ['"read committed', { web: '"read committed', prefix: null }],
    ['cache -redis', { web: 'cache -redis', prefix: null }],
    ['redis or', { web: 'redis or', prefix: null }],
    ['redis or memcach', { web: 'redis or memcach', prefix: null }],
    ['x', { web: 'x', prefix: null }],
    ['429 status', { web: '429', prefix: 'status' }],
    ['drop table;', { web: 'drop table;', prefix: null }],
    ['Idempotency', { web: '', prefix: 'idempotency' }],
  ])('%j → %j', (input, expected) => {
    expect(buildSearchQuery(input)).toEqual(expected);
  });
});

describe('headlineSegments', () => {
  it.each([
    ['plain text', [{ text: 'plain text', highlight: false }]],
    [`a ${S}key${E} b`, [{ text: 'a ', highlight: false }, { text: 'key', highlight: true }, { text: ' b', highlight: false }]],
    [`${S}one${E}${S}two${E}`, [{ text: 'onetwo', highlight: true }]],
    [`${S}open`, [{ text: 'open', highlight: true }]],
    ['  spaced\n\nout  ', [{ text: 'spaced out', highlight: false }]],
    ['<script>x</script>', [{ text: '<script>x</script>', highlight: false }]],
  ])('%j', (input, expected) => {
    expect(headlineSegments(input)).toEqual(expected);
  });
});
