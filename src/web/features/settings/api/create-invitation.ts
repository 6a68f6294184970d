// POST /api/v1/invitations {email, role} → 201 {invitation, link, emailed}. The link is shown once:
// the server keeps only its hash.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { createdInvitationSchema, type createInvitationBodySchema } from '../../../../shared/auth.schema';
import { apiSend } from '../../../lib/api-client';
import { INVITATIONS_KEY } from './list-invitations';

export type CreateInvitationBody = z.input<typeof createInvitationBodySchema>;
export type CreatedInvitation = z.output<typeof createdInvitationSchema>;

export function useCreateInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationBody) => apiSend('POST', '/api/v1/invitations', body, createdInvitationSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: INVITATIONS_KEY }),
  });
}
