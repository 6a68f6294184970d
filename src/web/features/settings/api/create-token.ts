// POST /api/v1/tokens {name, scope, userId?} → 201 {token, secret}. The secret is shown once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { createdTokenSchema, type createTokenBodySchema } from '../../../../shared/auth.schema';
import { apiSend } from '../../../lib/api-client';
import { TOKENS_KEY } from './list-tokens';

export type CreateTokenBody = z.input<typeof createTokenBodySchema>;
export type CreatedToken = z.output<typeof createdTokenSchema>;

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenBody) => apiSend('POST', '/api/v1/tokens', body, createdTokenSchema),
    onSuccess: () => client.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
