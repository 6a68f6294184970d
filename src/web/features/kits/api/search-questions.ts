// The question picker searches the bank with the bank's own list URL (GET /api/v1/questions), one
// short page at a time.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { questionListSchema } from '../../../../shared/question-list.schema';
import { apiGet } from '../../../lib/api-client';
import { listQuestionsUrl } from '../../bank/api/list-questions';

export function useQuestionSearch(q: string, { enabled = true } = {}) {
  const filters = { q, category: [], difficulty: [], type: [], tag: [] };
  return useQuery({
    queryKey: ['questions', 'picker', q],
    queryFn: ({ signal }) => apiGet(listQuestionsUrl(filters, null, 12), questionListSchema, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
