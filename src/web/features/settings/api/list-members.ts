// GET /api/v1/members: the people in the current workspace with their roles.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { memberSchema } from '../../../../shared/auth.schema';
import { apiGet } from '../../../lib/api-client';

export const MEMBERS_KEY = ['members'] as const;

export function useMembers({ enabled = true } = {}) {
  return useQuery({ queryKey: MEMBERS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/members', z.array(memberSchema), signal), enabled });
}
