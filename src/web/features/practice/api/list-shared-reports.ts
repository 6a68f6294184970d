// GET /api/v1/practice/shared: practice reports members chose to share with the hiring team.
import { useQuery } from '@tanstack/react-query';
import { sharedPracticeReportListSchema } from '../../../../shared/practice.schema';
import { apiGet } from '../../../lib/api-client';
import { PRACTICE_KEY } from './practice-keys';

export const SHARED_REPORTS_KEY = [...PRACTICE_KEY, 'shared'] as const;

export function useSharedReports() {
  return useQuery({ queryKey: SHARED_REPORTS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/practice/shared', sharedPracticeReportListSchema, signal) });
}
