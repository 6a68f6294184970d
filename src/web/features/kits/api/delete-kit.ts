// DELETE /api/v1/kits/:id with If-Match.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { kitKey } from './get-kit';
import { KITS_KEY } from './list-kits';

export function useDeleteKit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) => {
      await apiFetch(`/api/v1/kits/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { 'if-match': etag } });
    },
    onSuccess: (_nothing, { id }) => {
      client.removeQueries({ queryKey: kitKey(id) });
      void client.invalidateQueries({ queryKey: KITS_KEY, exact: true });
    },
  });
}
