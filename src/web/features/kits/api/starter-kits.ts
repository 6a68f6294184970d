// The installed packs' starter kits (GET /api/v1/packs), and POST /api/v1/kits/from-pack to make an
// editable kit from one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { kitFromPackResultSchema } from '../../../../shared/kit.schema';
import { packSummarySchema } from '../../../../shared/pack.schema';
import { apiGet, apiSend } from '../../../lib/api-client';
import { kitKey } from './get-kit';
import { KITS_KEY } from './list-kits';

export function useStarterKits({ enabled = true } = {}) {
  return useQuery({
    queryKey: ['kits', 'starter-kits'],
    queryFn: ({ signal }) => apiGet('/api/v1/packs', z.object({ items: z.array(packSummarySchema) }), signal),
    select: (data) => data.items.flatMap((pack) => pack.kits.map((kit) => ({ pack: pack.id, packName: pack.name, ...kit }))),
    enabled,
  });
}

export function useCreateKitFromPack() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { pack: string; kit: string }) => apiSend('POST', '/api/v1/kits/from-pack', body, kitFromPackResultSchema),
    onSuccess: ({ kit }) => {
      client.setQueryData(kitKey(kit.id), kit);
      void client.invalidateQueries({ queryKey: KITS_KEY, exact: true });
    },
  });
}
