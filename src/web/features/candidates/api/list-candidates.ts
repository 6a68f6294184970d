// GET /api/v1/candidates: an infinite query that follows nextCursor, keyed by the search and filter.
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { candidateListSchema, type CandidateStatus } from '../../../../shared/candidate.schema';
import { apiGet } from '../../../lib/api-client';

export const CANDIDATES_KEY = ['candidates'] as const;

/** Lists and pickers of candidates (anything under CANDIDATES_KEY but one candidate's own entry). */
export const isCandidateList = (query: { queryKey: readonly unknown[] }) => query.queryKey[1] !== 'one';

export interface CandidateFilters {
  q: string;
  status: CandidateStatus | '';
}

export function listCandidatesUrl(filters: CandidateFilters, cursor?: string | null, limit = 20): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.status) params.set('status', filters.status);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return `/api/v1/candidates?${params}`;
}

export function useCandidateList(filters: CandidateFilters) {
  return useInfiniteQuery({
    queryKey: [...CANDIDATES_KEY, 'list', filters],
    queryFn: ({ pageParam, signal }) => apiGet(listCandidatesUrl(filters, pageParam), candidateListSchema, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Keep the last results on screen while the next search loads: no flash of emptiness while typing.
    placeholderData: keepPreviousData,
  });
}
