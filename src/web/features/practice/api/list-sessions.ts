// GET /api/v1/practice/sessions: your sessions, newest first.
import { useQuery } from '@tanstack/react-query';
import { practiceSessionListSchema } from '../../../../shared/practice.schema';
import { apiGet } from '../../../lib/api-client';
import { SESSIONS_KEY } from './practice-keys';

export function usePracticeSessions() {
  return useQuery({ queryKey: SESSIONS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/practice/sessions', practiceSessionListSchema, signal) });
}
