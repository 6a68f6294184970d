// POST /api/v1/practice/sessions: starts a mock interview or a review with the chosen questions.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { practiceSessionSchema, type CreateSessionBody } from '../../../../shared/practice.schema';
import { apiSend } from '../../../lib/api-client';
import { SESSIONS_KEY } from './practice-keys';

export function useCreateSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSessionBody) => apiSend('POST', '/api/v1/practice/sessions', body, practiceSessionSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}
