// GET /api/v1/interviews/:id: the interview with its question snapshot (prompts, answers, anchors).
import { useQuery } from '@tanstack/react-query';
import { interviewSchema } from '../../../../shared/interview.schema';
import { apiGet } from '../../../lib/api-client';
import { INTERVIEWS_KEY } from './list-interviews';

export const interviewKey = (id: string) => [...INTERVIEWS_KEY, 'one', id] as const;

export function useInterview(id: string) {
  return useQuery({
    queryKey: interviewKey(id),
    queryFn: ({ signal }) => apiGet(`/api/v1/interviews/${encodeURIComponent(id)}`, interviewSchema, signal),
    // The interview's own timers tick on the screen; the record itself changes rarely.
    staleTime: 60_000,
  });
}
