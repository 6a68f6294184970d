// GET /api/v1/interviews/:id/scorecards: what the caller may read of the interview's scorecards;
// others' submitted ones are counted in `hidden` until the caller submitted their own.
import { useQuery } from '@tanstack/react-query';
import { scorecardListSchema } from '../../../../shared/interview.schema';
import { apiGet } from '../../../lib/api-client';
import { INTERVIEWS_KEY } from './list-interviews';

export const interviewScorecardsKey = (id: string) => [...INTERVIEWS_KEY, 'scorecards', id] as const;

export function useInterviewScorecards(id: string, { enabled = true } = {}) {
  return useQuery({
    queryKey: interviewScorecardsKey(id),
    queryFn: ({ signal }) => apiGet(`/api/v1/interviews/${encodeURIComponent(id)}/scorecards`, scorecardListSchema, signal),
    enabled,
  });
}
