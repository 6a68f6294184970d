// GET /api/v1/practice/progress: mean score per category and day or week, in the browser's time zone.
import { useQuery } from '@tanstack/react-query';
import { progressSchema } from '../../../../shared/practice.schema';
import { apiGet } from '../../../lib/api-client';
import { PROGRESS_KEY } from './practice-keys';

export function useProgress(bucket: 'day' | 'week') {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const search = new URLSearchParams({ bucket, tz });
  return useQuery({
    queryKey: [...PROGRESS_KEY, bucket, tz],
    queryFn: ({ signal }) => apiGet(`/api/v1/practice/progress?${search}`, progressSchema, signal),
    staleTime: 0,
  });
}
