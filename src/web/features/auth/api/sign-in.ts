// POST /api/v1/auth/sign-in: email and password → the session cookie and /me.
import { useMutation } from '@tanstack/react-query';
import { meSchema, type signInBodySchema } from '../../../../shared/auth.schema';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api-client';
import { useStartSession } from '../../../lib/session';

export type SignInBody = z.input<typeof signInBodySchema>;

export const signIn = (body: SignInBody) => apiSend('POST', '/api/v1/auth/sign-in', body, meSchema);

export function useSignIn() {
  const startSession = useStartSession();
  return useMutation({ mutationFn: signIn, onSuccess: startSession });
}
