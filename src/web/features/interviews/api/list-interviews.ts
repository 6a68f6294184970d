// GET /api/v1/interviews?status=&candidateId=&mine=true: interviews in the workspace, summarised.
import { useQuery } from '@tanstack/react-query';
import { interviewListSchema, type InterviewStatus } from '../../../../shared/interview.schema';
import { apiGet } from '../../../lib/api-client';

export const INTERVIEWS_KEY = ['interviews'] as const;

export interface InterviewFilters {
  status?: InterviewStatus | undefined;
  candidateId?: string | undefined;
  mine?: boolean;
}

export function interviewsPath({ status, candidateId, mine }: InterviewFilters) {
  const params = new URLSearchParams();
  if (status) params.set('status', status);
  if (candidateId) params.set('candidateId', candidateId);
  if (mine) params.set('mine', 'true');
  const query = params.toString();
  return `/api/v1/interviews${query ? `?${query}` : ''}`;
}

export function useInterviews(filters: InterviewFilters) {
  return useQuery({
    queryKey: [...INTERVIEWS_KEY, 'list', filters],
    queryFn: ({ signal }) => apiGet(interviewsPath(filters), interviewListSchema, signal),
  });
}
