import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { meFixture } from '../test/api-stub';
import { ME_KEY, startSession, watchSession } from './session';

function clientWithData() {
  const client = new QueryClient();
  watchSession(client);
  client.setQueryData(ME_KEY, meFixture());
  client.setQueryData(['questions', 'full', {}], { items: ['secret'] });
  client.setQueryData(['members'], [{ id: 'm1' }]);
  return client;
}

describe('watchSession', () => {
  it('forgets everything cached when the workspace changes, keeping the new /me', () => {
    const client = clientWithData();
    const me = meFixture({ workspace: { id: 'w2', name: 'Other', slug: 'other' } });
    startSession(client, me);
    expect(client.getQueryData(['questions', 'full', {}])).toBeUndefined();
    expect(client.getQueryData(['members'])).toBeUndefined();
    expect(client.getQueryData(ME_KEY)).toEqual(me);
  });

  it('forgets everything when someone else signs in', () => {
    const client = clientWithData();
    startSession(client, meFixture({ user: { id: 'u9', name: 'Bo', email: 'bo@example.com' } }));
    expect(client.getQueryData(['members'])).toBeUndefined();
  });

  it('keeps the cache when /me only refreshes (same person, same workspace)', () => {
    const client = clientWithData();
    client.setQueryData(ME_KEY, meFixture({ permissions: ['question.read'] }));
    expect(client.getQueryData(['members'])).toEqual([{ id: 'm1' }]);
  });
});
