// POST /api/v1/join/:token: accept with a new account (name and password) or an existing one (its
// password). Answers /me, signed in.
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { meSchema, type acceptInvitationBodySchema } from '../../../../shared/auth.schema';
import { apiSend } from '../../../lib/api-client';
import { useStartSession } from '../../../lib/session';
import { joinPath } from './get-invitation';

export type AcceptInvitationBody = z.input<typeof acceptInvitationBodySchema>;

export function useAcceptInvitation(token: string) {
  const startSession = useStartSession();
  return useMutation({ mutationFn: (body: AcceptInvitationBody) => apiSend('POST', joinPath(token), body, meSchema), onSuccess: startSession });
}
