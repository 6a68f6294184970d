// GET /api/v1/members: the people who may be named as interviewers. The same request and cache key
// as the settings page's member list (features do not import each other).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { memberSchema } from '../../../../shared/auth.schema';
import { apiGet } from '../../../lib/api-client';

export function useMembers({ enabled = true } = {}) {
  return useQuery({ queryKey: ['members'], queryFn: ({ signal }) => apiGet('/api/v1/members', z.array(memberSchema), signal), enabled });
}
