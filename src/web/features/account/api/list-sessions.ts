// GET /api/v1/auth/sessions: your own sign-ins; `current` is this browser.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { sessionSchema } from '../../../../shared/auth.schema';
import { apiGet } from '../../../lib/api-client';

export const SESSIONS_KEY = ['sessions'] as const;

export function useSessions() {
  return useQuery({ queryKey: SESSIONS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/auth/sessions', z.array(sessionSchema), signal) });
}
