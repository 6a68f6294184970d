// DELETE /api/v1/candidates/:id with If-Match. Refused (409) while an interview is scheduled.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { candidateKey } from './get-candidate';
import { CANDIDATES_KEY, isCandidateList } from './list-candidates';

export function useDeleteCandidate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (etag: string) => {
      await apiFetch(`/api/v1/candidates/${encodeURIComponent(id)}`, { method: 'DELETE', headers: { 'if-match': etag } });
    },
    onSuccess: () => {
      client.removeQueries({ queryKey: candidateKey(id) });
      void client.invalidateQueries({ queryKey: CANDIDATES_KEY, predicate: isCandidateList });
    },
  });
}
