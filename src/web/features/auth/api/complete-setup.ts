// POST /api/v1/setup: the first owner and workspace, signed in (201 /me). 410 setup_unavailable
// once an owner exists or when the link is invalid or expired.
import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import { meSchema, type setupBodySchema } from '../../../../shared/auth.schema';
import { apiSend } from '../../../lib/api-client';
import { useStartSession } from '../../../lib/session';

export type SetupBody = z.input<typeof setupBodySchema>;

export function useCompleteSetup() {
  const startSession = useStartSession();
  return useMutation({ mutationFn: (body: SetupBody) => apiSend('POST', '/api/v1/setup', body, meSchema), onSuccess: startSession });
}
