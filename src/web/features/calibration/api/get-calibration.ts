// GET /api/v1/analytics/calibration?kitId=: interviewers' leniency and spread, questions' statistics
// and inter-rater agreement, from the scorecards the caller may read (analytics.read).
import { useQuery } from '@tanstack/react-query';
import { calibrationSchema } from '../../../../shared/interview.schema';
import { apiGet } from '../../../lib/api-client';

export function useCalibration(kitId: string | undefined) {
  return useQuery({
    queryKey: ['calibration', kitId ?? 'all'],
    queryFn: ({ signal }) => apiGet(`/api/v1/analytics/calibration${kitId ? `?kitId=${encodeURIComponent(kitId)}` : ''}`, calibrationSchema, signal),
  });
}
