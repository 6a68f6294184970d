// GET /api/v1/tokens: API tokens of the workspace, revoked ones included.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiTokenSchema } from '../../../../shared/auth.schema';
import { apiGet } from '../../../lib/api-client';

export const TOKENS_KEY = ['tokens'] as const;

export function useTokens() {
  return useQuery({ queryKey: TOKENS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/tokens', z.array(apiTokenSchema), signal) });
}
