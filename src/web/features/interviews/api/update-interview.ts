// Rescheduling and panel changes: GET /api/v1/interviews/:id keeps its ETag, and PATCH sends it as
// If-Match, so a change made meanwhile by someone else is a 412 the page explains, not overwritten.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { interviewSchema, type Interview } from '../../../../shared/interview.schema';
import { apiFetch } from '../../../lib/api-client';
import { INTERVIEWS_KEY } from './list-interviews';

export interface EditableInterview {
  interview: Interview;
  etag: string;
}

export interface InterviewPatch {
  interviewerIds?: string[];
  scheduledAt?: string;
  notes?: string;
}

const path = (id: string) => `/api/v1/interviews/${encodeURIComponent(id)}`;
export const editableInterviewKey = (id: string) => [...INTERVIEWS_KEY, 'editable', id] as const;

async function read(response: Response): Promise<EditableInterview> {
  return { interview: interviewSchema.parse(await response.json()), etag: response.headers.get('etag') ?? '' };
}

export function useEditableInterview(id: string) {
  return useQuery({
    queryKey: editableInterviewKey(id),
    queryFn: async ({ signal }) => read(await apiFetch(path(id), { signal })),
    // The form holds its own working copy: refetching behind it would only confuse.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

export function useUpdateInterview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, etag, patch }: { id: string; etag: string; patch: InterviewPatch }) =>
      read(await apiFetch(path(id), { method: 'PATCH', body: JSON.stringify(patch), headers: { 'content-type': 'application/json', 'if-match': etag } })),
    onSuccess: (saved) => {
      client.setQueryData(editableInterviewKey(saved.interview.id), saved);
      void client.invalidateQueries({ queryKey: INTERVIEWS_KEY });
    },
  });
}
