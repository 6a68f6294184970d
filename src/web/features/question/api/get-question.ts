// GET /api/v1/questions/:id (id or slug): the whole question, answers included (question.read).
import { useQuery } from '@tanstack/react-query';
import { questionSchema } from '../../../../shared/question.schema';
import { apiGet } from '../../../lib/api-client';

export function useQuestion(slug: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ['question', slug],
    queryFn: ({ signal }) => apiGet(`/api/v1/questions/${encodeURIComponent(slug)}`, questionSchema, signal),
    enabled,
  });
}
