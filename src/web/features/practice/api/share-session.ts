// PUT / DELETE /api/v1/practice/sessions/:id/share: shares the report with the workspace's
// interviewers and admins, or makes it private again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { practiceSessionSummarySchema } from '../../../../shared/practice.schema';
import { apiSend } from '../../../lib/api-client';
import { SHARED_REPORTS_KEY } from './list-shared-reports';
import { SESSIONS_KEY } from './practice-keys';

export function useShareSession(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (shared: boolean) => apiSend(shared ? 'PUT' : 'DELETE', `/api/v1/practice/sessions/${encodeURIComponent(id)}/share`, undefined, practiceSessionSummarySchema),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: SESSIONS_KEY }), client.invalidateQueries({ queryKey: SHARED_REPORTS_KEY })]),
  });
}
