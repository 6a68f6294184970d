// GET /api/v1/practice/questions/:id (id or slug): what a candidate may see of a question — the
// prompt, why it is asked and the approach, never the answer, key points, anchors or red flags.
import { useQuery } from '@tanstack/react-query';
import { practiceQuestionSchema } from '../../../../shared/question.schema';
import { apiGet } from '../../../lib/api-client';

export type { PracticeQuestion } from '../../../../shared/question.schema';

export function usePracticeQuestion(slug: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: ['practice-question', slug],
    queryFn: ({ signal }) => apiGet(`/api/v1/practice/questions/${encodeURIComponent(slug)}`, practiceQuestionSchema, signal),
    enabled,
  });
}
