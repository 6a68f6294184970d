// DELETE /api/v1/members/:id (204). 409 last_owner for the workspace's only owner.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, noContent } from '../../../lib/api-client';
import { ME_KEY } from '../../../lib/session';
import { MEMBERS_KEY } from './list-members';

export function useRemoveMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend('DELETE', `/api/v1/members/${encodeURIComponent(id)}`, undefined, noContent),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: MEMBERS_KEY }), client.invalidateQueries({ queryKey: ME_KEY })]),
  });
}
