// GET /api/v1/join/:token: what an invitation offers. 404 not_found, 410 invitation_expired.
import { useQuery } from '@tanstack/react-query';
import { invitationPreviewSchema } from '../../../../shared/auth.schema';
import { apiGet } from '../../../lib/api-client';

export const joinPath = (token: string) => `/api/v1/join/${encodeURIComponent(token)}`;

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: ({ signal }) => apiGet(joinPath(token), invitationPreviewSchema, signal),
    staleTime: 0,
  });
}
