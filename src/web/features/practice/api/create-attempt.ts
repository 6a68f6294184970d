// POST /api/v1/practice/attempts: grades an answer; the result reveals the reference answer, key
// points and anchor, and says when the question comes back for review.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { attemptResultSchema, type CreateAttemptBody } from '../../../../shared/practice.schema';
import { apiSend } from '../../../lib/api-client';
import { PROGRESS_KEY, REVIEWS_KEY, SESSIONS_KEY } from './practice-keys';

export type { AttemptResult } from '../../../../shared/practice.schema';

export function useCreateAttempt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAttemptBody) => apiSend('POST', '/api/v1/practice/attempts', body, attemptResultSchema),
    onSuccess: () => {
      for (const queryKey of [SESSIONS_KEY, REVIEWS_KEY, PROGRESS_KEY]) void client.invalidateQueries({ queryKey });
    },
  });
}
