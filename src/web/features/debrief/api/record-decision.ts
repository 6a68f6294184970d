// POST /api/v1/candidates/:id/decision {decision, rationale} (decision.write): a new entry in the
// candidate's decision history.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { decisionInputSchema, decisionSchema } from '../../../../shared/interview.schema';
import { apiSend } from '../../../lib/api-client';
import { debriefKey } from './get-debrief';

export function useRecordDecision(candidateId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof decisionInputSchema>) => apiSend('POST', `/api/v1/candidates/${encodeURIComponent(candidateId)}/decision`, input, decisionSchema),
    // The candidate's status follows the decision (offer, rejected): their pages read it again.
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: debriefKey(candidateId) }), client.invalidateQueries({ queryKey: ['candidates'] })]),
  });
}
