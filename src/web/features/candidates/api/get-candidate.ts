// GET /api/v1/candidates/:id: the candidate and the ETag every write must send back as If-Match.
import { useQuery } from '@tanstack/react-query';
import { candidateSchema, type Candidate } from '../../../../shared/candidate.schema';
import { apiFetch } from '../../../lib/api-client';
import { CANDIDATES_KEY } from './list-candidates';

export interface VersionedCandidate {
  candidate: Candidate;
  etag: string;
}

export const candidateKey = (id: string) => [...CANDIDATES_KEY, 'one', id] as const;

/** A response carrying a candidate: the body and its ETag header. */
export async function readVersioned(response: Response): Promise<VersionedCandidate> {
  return { candidate: candidateSchema.parse(await response.json()), etag: response.headers.get('etag') ?? '' };
}

export function useCandidate(id: string) {
  return useQuery({
    queryKey: candidateKey(id),
    queryFn: async ({ signal }) => readVersioned(await apiFetch(`/api/v1/candidates/${encodeURIComponent(id)}`, { signal })),
  });
}
