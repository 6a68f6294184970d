// GET /api/v1/kits: the kits calibration can be narrowed to.
import { useQuery } from '@tanstack/react-query';
import { kitListSchema } from '../../../../shared/kit.schema';
import { apiGet } from '../../../lib/api-client';

export function useKitOptions() {
  return useQuery({ queryKey: ['kits', 'for-calibration'], queryFn: ({ signal }) => apiGet('/api/v1/kits', kitListSchema, signal) });
}
