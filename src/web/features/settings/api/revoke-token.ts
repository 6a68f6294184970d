// DELETE /api/v1/tokens/:id (204): requests with the token fail from now on.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend, noContent } from '../../../lib/api-client';
import { TOKENS_KEY } from './list-tokens';

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend('DELETE', `/api/v1/tokens/${encodeURIComponent(id)}`, undefined, noContent),
    onSuccess: () => client.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
