// POST /api/v1/kits: saves a new kit (built by hand or an assembled proposal).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kitSchema, type KitInput } from '../../../../shared/kit.schema';
import { apiSend } from '../../../lib/api-client';
import { kitKey } from './get-kit';
import { KITS_KEY } from './list-kits';

export function useCreateKit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (kit: KitInput) => apiSend('POST', '/api/v1/kits', kit, kitSchema),
    onSuccess: (kit) => {
      client.setQueryData(kitKey(kit.id), kit);
      void client.invalidateQueries({ queryKey: KITS_KEY, exact: true });
    },
  });
}
