import { useQuery } from '@tanstack/react-query';
import { questionSchema } from '../../../../shared/question.schema';
import { apiGet } from '../../../lib/api-client';

export function useQuestion(slug: string) {
  return useQuery({
    queryKey: ['question', slug],
    queryFn: ({ signal }) => apiGet(`/api/v1/questions/${encodeURIComponent(slug)}`, questionSchema, signal),
  });
}
