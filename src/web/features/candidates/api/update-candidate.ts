// PATCH /api/v1/candidates/:id with If-Match: edits and status changes. A 412 means someone else
// changed the candidate first; the page says so rather than overwriting their change.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CandidatePatch } from '../../../../shared/candidate.schema';
import { apiFetch } from '../../../lib/api-client';
import { candidateKey, readVersioned, type VersionedCandidate } from './get-candidate';
import { CANDIDATES_KEY, isCandidateList } from './list-candidates';

export function useUpdateCandidate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ etag, patch }: { etag: string; patch: CandidatePatch }) =>
      readVersioned(
        await apiFetch(`/api/v1/candidates/${encodeURIComponent(id)}`, {
          method: 'PATCH',
          body: JSON.stringify(patch),
          headers: { 'content-type': 'application/json', 'if-match': etag },
        }),
      ),
    onSuccess: (updated: VersionedCandidate) => {
      client.setQueryData(candidateKey(id), updated);
      void client.invalidateQueries({ queryKey: CANDIDATES_KEY, predicate: isCandidateList });
    },
  });
}
