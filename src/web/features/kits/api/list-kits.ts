// GET /api/v1/kits: every kit of the workspace with its planned minutes, counts and warnings.
import { useQuery } from '@tanstack/react-query';
import { kitListSchema } from '../../../../shared/kit.schema';
import { apiGet } from '../../../lib/api-client';

export const KITS_KEY = ['kits'] as const;

export function useKits() {
  return useQuery({ queryKey: KITS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/kits', kitListSchema, signal) });
}
