// GET /api/v1/questions: schema, fetcher and an infinite query that follows nextCursor.
import { useInfiniteQuery, keepPreviousData } from '@tanstack/react-query';
import { questionListSchema } from '../../../../shared/question-list.schema';
import { apiGet } from '../../../lib/api-client';

export interface BankFilters {
  q: string;
  category: string[];
  difficulty: string[];
  type: string[];
  tag: string[];
}

export function listQuestionsUrl(filters: BankFilters, cursor?: string | null, limit = 20): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  for (const key of ['category', 'difficulty', 'type', 'tag'] as const) for (const v of filters[key]) params.append(key, v);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return `/api/v1/questions?${params}`;
}

export function useQuestionList(filters: BankFilters) {
  return useInfiniteQuery({
    queryKey: ['questions', filters],
    queryFn: ({ pageParam, signal }) => apiGet(listQuestionsUrl(filters, pageParam), questionListSchema, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Keep showing the last results while the next query loads: no flash of emptiness while typing.
    placeholderData: keepPreviousData,
  });
}
