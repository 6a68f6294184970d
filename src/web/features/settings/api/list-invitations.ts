// GET /api/v1/invitations: pending ones first, then accepted, canceled and expired.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { invitationSchema } from '../../../../shared/auth.schema';
import { apiGet } from '../../../lib/api-client';

export const INVITATIONS_KEY = ['invitations'] as const;

export function useInvitations() {
  return useQuery({ queryKey: INVITATIONS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/invitations', z.array(invitationSchema), signal) });
}
