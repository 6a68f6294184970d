// PATCH /api/v1/kits/:id with If-Match: the ETag the builder loaded. A 412 means someone else saved
// first; the page says so instead of overwriting their change.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kitSchema, type KitPatch } from '../../../../shared/kit.schema';
import { apiFetch } from '../../../lib/api-client';
import { kitKey } from './get-kit';
import { KITS_KEY } from './list-kits';

export async function updateKit({ id, etag, patch }: { id: string; etag: string; patch: KitPatch }) {
  const response = await apiFetch(`/api/v1/kits/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: JSON.stringify(patch),
    headers: { 'content-type': 'application/json', 'if-match': etag },
  });
  return kitSchema.parse(await response.json());
}

export function useUpdateKit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateKit,
    onSuccess: (kit) => {
      client.setQueryData(kitKey(kit.id), kit);
      void client.invalidateQueries({ queryKey: KITS_KEY, exact: true });
    },
  });
}
