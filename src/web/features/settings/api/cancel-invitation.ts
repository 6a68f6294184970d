// DELETE /api/v1/invitations/:id (204): the link stops working.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, noContent } from '../../../lib/api-client';
import { INVITATIONS_KEY } from './list-invitations';

export function useCancelInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend('DELETE', `/api/v1/invitations/${encodeURIComponent(id)}`, undefined, noContent),
    onSuccess: () => client.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}
