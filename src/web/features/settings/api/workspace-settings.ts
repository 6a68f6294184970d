// GET/PUT /api/v1/settings/workspace: switches that apply to the whole workspace (PUT needs
// settings.manage), such as letting interviewers see others' scorecards before submitting.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { workspaceSettingsSchema } from '../../../../shared/interview.schema';
import { apiGet, apiSend } from '../../../lib/api-client';

export const WORKSPACE_SETTINGS_KEY = ['workspace-settings'] as const;
export type WorkspaceSettings = z.output<typeof workspaceSettingsSchema>;

export function useWorkspaceSettings() {
  return useQuery({ queryKey: WORKSPACE_SETTINGS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/settings/workspace', workspaceSettingsSchema, signal) });
}

export function useUpdateWorkspaceSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: WorkspaceSettings) => apiSend('PUT', '/api/v1/settings/workspace', settings, workspaceSettingsSchema),
    onSuccess: (settings) => {
      client.setQueryData(WORKSPACE_SETTINGS_KEY, settings);
      // What each page may show of others' scorecards changes with it.
      return Promise.all(['debrief', 'interviews', 'calibration'].map((key) => client.invalidateQueries({ queryKey: [key] })));
    },
  });
}
