// PUT /api/v1/auth/workspace: act in another of your workspaces. Answers /me; everything cached
// belonged to the old workspace and is reset.
import { useMutation } from '@tanstack/react-query';
import { meSchema } from '../../../../shared/auth.schema';
import { apiSend } from '../../../lib/api-client';
import { useStartSession } from '../../../lib/session';

export function useSwitchWorkspace() {
  const startSession = useStartSession();
  return useMutation({
    mutationFn: (workspaceId: string) => apiSend('PUT', '/api/v1/auth/workspace', { workspaceId }, meSchema),
    onSuccess: startSession,
  });
}
