// POST /api/v1/kits/:id/duplicate: a copy named "<name> (copy)".
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kitSchema } from '../../../../shared/kit.schema';
import { apiSend } from '../../../lib/api-client';
import { kitKey } from './get-kit';
import { KITS_KEY } from './list-kits';

export function useDuplicateKit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend('POST', `/api/v1/kits/${encodeURIComponent(id)}/duplicate`, {}, kitSchema),
    onSuccess: (kit) => {
      client.setQueryData(kitKey(kit.id), kit);
      void client.invalidateQueries({ queryKey: KITS_KEY, exact: true });
    },
  });
}
