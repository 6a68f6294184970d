import { describe, expect, it } from 'vitest';
import { TokenCache } from './token-cache';
import type { TokenIdentity } from './token.service';

const identity: TokenIdentity = { tokenId: 't1', userId: 'u1', name: 'A', email: 'a@example.com', workspaceId: 'w1', role: 'viewer', scope: 'read' };

describe('the token identity cache', () => {
  it('forgets an entry when it expires or when cleared', () => {
    const cache = new TokenCache(1000);
    cache.set('h', identity, 0);
    expect(cache.get('h', 999)).toEqual(identity);
    expect(cache.get('h', 1000)).toBeUndefined();
    cache.set('h', identity, 0);
    cache.clear();
    expect(cache.get('h', 1)).toBeUndefined();
  });

  it('stays bounded', () => {
    const cache = new TokenCache(1000, 2);
    cache.set('a', identity, 0);
    cache.set('b', identity, 0);
    cache.set('c', identity, 0);
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([undefined, undefined, identity]);
  });
});
