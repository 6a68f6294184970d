// POST /api/v1/interviews/:id/start | complete | cancel: moves the interview along, answering it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { interviewSchema } from '../../../../shared/interview.schema';
import { apiSend } from '../../../lib/api-client';
import { interviewKey } from './get-interview';
import { INTERVIEWS_KEY } from './list-interviews';

export type InterviewTransition = 'start' | 'complete' | 'cancel';

export function useChangeInterviewStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: InterviewTransition }) =>
      apiSend('POST', `/api/v1/interviews/${encodeURIComponent(id)}/${action}`, undefined, interviewSchema),
    onSuccess: (interview) => {
      client.setQueryData(interviewKey(interview.id), interview);
      return client.invalidateQueries({ queryKey: [...INTERVIEWS_KEY, 'list'] });
    },
  });
}
