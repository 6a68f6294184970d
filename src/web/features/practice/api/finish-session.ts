// POST /api/v1/practice/sessions/:id/finish: records when the session ended.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { practiceSessionSummarySchema } from '../../../../shared/practice.schema';
import { apiSend } from '../../../lib/api-client';
import { SESSIONS_KEY } from './practice-keys';

export function useFinishSession(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiSend('POST', `/api/v1/practice/sessions/${encodeURIComponent(id)}/finish`, undefined, practiceSessionSummarySchema),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
