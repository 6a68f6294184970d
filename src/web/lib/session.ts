// GET /api/v1/auth/me: who is signed in, in which workspace, and what they may do. It lives in lib,
// not in a feature, because every feature reads the permissions and features do not import each
// other. Pages decide what to show from `permissions`, never from role names.
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { meSchema, type Action, type Me } from '../../shared/auth.schema';
import { apiGet } from './api-client';

export const ME_KEY = ['me'] as const;

export const fetchMe = (signal?: AbortSignal) => apiGet('/api/v1/auth/me', meSchema, signal);

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: ({ signal }) => fetchMe(signal), staleTime: 60_000 });
}

/** Whether the current role may do `action`; false until /me has answered. */
export function useCan(): (action: Action) => boolean {
  const { data } = useMe();
  return useCallback((action: Action) => data?.permissions.includes(action) ?? false, [data]);
}

const sessionKey = (me: Me) => `${me.user.id}/${me.workspace?.id ?? ''}`;

/**
 * Everything cached belongs to one person in one workspace. Whenever /me names someone else or
 * another workspace — after signing in, joining, switching here, or a switch, removal or sign-in
 * in another tab noticed on refetch — every other query is reset: pages on screen fetch again and
 * no page can show the previous workspace's data. Returns the unsubscribe function.
 */
export function watchSession(client: QueryClient): () => void {
  let last: string | undefined;
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || event.query.queryKey[0] !== ME_KEY[0]) return;
    const next = sessionKey(event.query.state.data as Me);
    if (last !== undefined && last !== next) void client.resetQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
    last = next;
  });
}

/** A mutation answered /me (sign in, setup, join, switch or create a workspace): watchSession resets the rest. */
export function startSession(client: QueryClient, me: Me) {
  client.setQueryData(ME_KEY, me);
}

export function useStartSession() {
  const client = useQueryClient();
  return useCallback((me: Me) => startSession(client, me), [client]);
}
