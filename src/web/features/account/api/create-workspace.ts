// POST /api/v1/workspaces: a new workspace owned by you, switched to. Answers /me.
import { useMutation } from '@tanstack/react-query';
import { meSchema } from '../../../../shared/auth.schema';
import { apiSend } from '../../../lib/api-client';
import { useStartSession } from '../../../lib/session';

export function useCreateWorkspace() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (name: string) => apiSend('POST', '/api/v1/workspaces', { name }, meSchema),
    onSuccess: startSession,
  });
}
