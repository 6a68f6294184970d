import { describe, expect, it } from 'vitest';
import { isPublicPath, safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query and hash', () => {
    expect(safeNextPath('/questions/sd-rate-limiter')).toBe('/questions/sd-rate-limiter');
    expect(safeNextPath('/?q=cache&tag=redis#top')).toBe('/?q=cache&tag=redis#top');
    expect(safeNextPath('/settings/members')).toBe('/settings/members');
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['absolute URL', 'https://evil.example/'],
    ['protocol-relative', '//evil.example/x'],
    ['backslash trick', '/\\evil.example'],
    ['tab inside //', '/\t/evil.example'],
    ['newline inside //', '/\n/evil.example'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['relative path', 'questions/x'],
  ])('refuses %s', (_name, raw) => {
    expect(safeNextPath(raw)).toBe('/');
  });

  it('does not return to a public page (it would loop)', () => {
    expect(safeNextPath('/sign-in?next=/x')).toBe('/');
    expect(safeNextPath('/join/abc')).toBe('/');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNextPath('/a/../../settings')).toBe('/settings');
  });
});

describe('signInPath', () => {
  it('carries the page to come back to, and nothing for the home page', () => {
    expect(signInPath('/settings/tokens?x=1')).toBe('/sign-in?next=%2Fsettings%2Ftokens%3Fx%3D1');
    expect(signInPath('/')).toBe('/sign-in');
  });
});

describe('isPublicPath', () => {
  it('knows the pages that need no session', () => {
    expect(isPublicPath('/sign-in')).toBe(true);
    expect(isPublicPath('/setup')).toBe(true);
    expect(isPublicPath('/join/tok')).toBe(true);
    expect(isPublicPath('/sign-inx')).toBe(false);
    expect(isPublicPath('/account')).toBe(false);
  });
});
