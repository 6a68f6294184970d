// DELETE /api/v1/auth/sessions/:id (204): revoke one session; revoking the current one signs this
// browser out.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionItem } from '../../../../shared/auth.schema';
import { apiSend, noContent } from '../../../lib/api-client';
import { SESSIONS_KEY } from './list-sessions';

const revokeSession = (id: string) => apiSend('DELETE', `/api/v1/auth/sessions/${encodeURIComponent(id)}`, undefined, noContent);

export function useRevokeSession() {
  const client = useQueryClient();
  return useMutation({ mutationFn: revokeSession, onSettled: () => client.invalidateQueries({ queryKey: SESSIONS_KEY }) });
}

/** "Sign out everywhere else": there is no bulk endpoint, so each other session is revoked. */
export function useRevokeOtherSessions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (sessions: SessionItem[]) => {
      const results = await Promise.allSettled(sessions.filter((s) => !s.current).map((s) => revokeSession(s.id)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    },
    onSettled: () => client.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
