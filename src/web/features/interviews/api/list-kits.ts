// GET /api/v1/kits: the kits an interview can follow.
import { useQuery } from '@tanstack/react-query';
import { kitListSchema } from '../../../../shared/kit.schema';
import { apiGet } from '../../../lib/api-client';

export function useKits({ enabled = true } = {}) {
  return useQuery({ queryKey: ['kits', 'for-scheduling'], queryFn: ({ signal }) => apiGet('/api/v1/kits', kitListSchema, signal), enabled });
}
