// Candidates to leave out of an assembled kit what they were already asked (GET /api/v1/candidates).
// Only the fields the picker shows are read, so the list's other fields can change freely.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../../../lib/api-client';

const candidatePicks = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), roleApplied: z.string().optional() })) });

export function useCandidateSearch(q: string, { enabled = true } = {}) {
  const params = new URLSearchParams({ limit: '8' });
  if (q.trim()) params.set('q', q.trim());
  return useQuery({
    queryKey: ['candidates', 'picker', q.trim()],
    queryFn: ({ signal }) => apiGet(`/api/v1/candidates?${params}`, candidatePicks, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
