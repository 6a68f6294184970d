// GET /api/v1/setup?token=: whether first-run setup is still open and this link is valid.
import { useQuery } from '@tanstack/react-query';
import { setupStatusSchema } from '../../../../shared/auth.schema';
import { apiGet } from '../../../lib/api-client';

export function useSetupStatus(token: string) {
  return useQuery({
    queryKey: ['setup', token],
    queryFn: ({ signal }) => apiGet(`/api/v1/setup${token ? `?token=${encodeURIComponent(token)}` : ''}`, setupStatusSchema, signal),
    staleTime: 0,
  });
}
