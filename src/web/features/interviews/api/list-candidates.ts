// GET /api/v1/candidates (active ones) and GET /api/v1/candidates/:id: whom an interview can be for.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { candidateSummarySchema } from '../../../../shared/candidate.schema';
import { apiGet } from '../../../lib/api-client';

const optionSchema = candidateSummarySchema.pick({ id: true, name: true, roleApplied: true, status: true });
export type CandidateOption = z.output<typeof optionSchema>;

export function useCandidateOptions() {
  return useQuery({
    queryKey: ['candidates', 'for-scheduling'],
    queryFn: ({ signal }) => apiGet('/api/v1/candidates?status=active&limit=100', z.object({ items: z.array(optionSchema) }), signal),
  });
}

/** The candidate named in the address, who may not be among the first hundred. */
export function useCandidateOption(id: string | null) {
  return useQuery({
    queryKey: ['candidates', 'for-scheduling', id],
    queryFn: ({ signal }) => apiGet(`/api/v1/candidates/${encodeURIComponent(id ?? '')}`, optionSchema, signal),
    enabled: Boolean(id),
  });
}
