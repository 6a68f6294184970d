// GET /api/v1/kits/:id: one kit with its questions' summaries, warnings and the ETag to save with.
import { useQuery } from '@tanstack/react-query';
import { kitSchema } from '../../../../shared/kit.schema';
import { apiGet } from '../../../lib/api-client';
import { KITS_KEY } from './list-kits';

export const kitKey = (id: string) => [...KITS_KEY, id] as const;

export const fetchKit = (id: string, signal?: AbortSignal) => apiGet(`/api/v1/kits/${encodeURIComponent(id)}`, kitSchema, signal);

export function useKit(id: string | undefined) {
  return useQuery({
    queryKey: kitKey(id ?? ''),
    queryFn: ({ signal }) => fetchKit(id!, signal),
    enabled: Boolean(id),
    // The builder holds its own working copy: refetching behind it would only confuse.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}
