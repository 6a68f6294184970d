// GET /api/v1/candidates/:id/debrief: every readable scorecard side by side, the aggregate and the
// decision. Others' scorecards are withheld (counted in hidden) until the caller submitted theirs.
import { useQuery } from '@tanstack/react-query';
import { debriefSchema } from '../../../../shared/interview.schema';
import { apiGet } from '../../../lib/api-client';

export const debriefKey = (candidateId: string) => ['debrief', candidateId] as const;

export function useDebrief(candidateId: string) {
  return useQuery({
    queryKey: debriefKey(candidateId),
    queryFn: ({ signal }) => apiGet(`/api/v1/candidates/${encodeURIComponent(candidateId)}/debrief`, debriefSchema, signal),
    // Scorecards arrive while people look at it: read again on return to the tab.
    staleTime: 5_000,
  });
}

export const scorecardsCsvPath = (candidateId: string) => `/api/v1/candidates/${encodeURIComponent(candidateId)}/scorecards.csv`;
