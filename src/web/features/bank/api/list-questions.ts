// GET /api/v1/questions (or, for a role that may only practise, GET /api/v1/practice/questions: same
// query and answer): schema, fetcher and an infinite query that follows nextCursor.
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

/** full: questions with answers (question.read); practice: prompts and hints (question.practice). */
export type BankMode = 'full' | 'practice';

const BASE: Record<BankMode, string> = { full: '/api/v1/questions', practice: '/api/v1/practice/questions' };

export function listQuestionsUrl(filters: BankFilters, cursor?: string | null, limit = 20, mode: BankMode = 'full'): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  for (const key of ['category', 'difficulty', 'type', 'tag'] as const) for (const v of filters[key]) params.append(key, v);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return `${BASE[mode]}?${params}`;
}

export function useQuestionList(filters: BankFilters, mode: BankMode) {
  return useInfiniteQuery({
    queryKey: ['questions', mode, filters],
    queryFn: ({ pageParam, signal }) => apiGet(listQuestionsUrl(filters, pageParam, 20, mode), questionListSchema, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Keep showing the last results while the next query loads: no flash of emptiness while typing.
    placeholderData: keepPreviousData,
  });
}
