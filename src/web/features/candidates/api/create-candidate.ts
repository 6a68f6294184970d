// POST /api/v1/candidates.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCandidateInput } from '../../../../shared/candidate.schema';
import { apiFetch } from '../../../lib/api-client';
import { candidateKey, readVersioned } from './get-candidate';
import { CANDIDATES_KEY } from './list-candidates';

export function useCreateCandidate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateCandidateInput) =>
      readVersioned(await apiFetch('/api/v1/candidates', { method: 'POST', body: JSON.stringify(input), headers: { 'content-type': 'application/json' } })),
    onSuccess: (created) => {
      client.setQueryData(candidateKey(created.candidate.id), created);
      void client.invalidateQueries({ queryKey: CANDIDATES_KEY });
    },
  });
}
