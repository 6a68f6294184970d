// POST /api/v1/auth/sign-out: ends this browser's session (204).
import { useMutation } from '@tanstack/react-query';
import { apiSend, noContent } from '../../../lib/api-client';

export function useSignOut() {
  return useMutation({ mutationFn: () => apiSend('POST', '/api/v1/auth/sign-out', undefined, noContent) });
}
