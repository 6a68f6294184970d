// GET /api/v1/audit?cursor&limit&action: newest first, one page at a time; `action` is a prefix
// ("member." matches member.invite, member.role_change, …).
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { auditListSchema } from '../../../../shared/auth.schema';
import { apiGet } from '../../../lib/api-client';

export function auditUrl(action: string, cursor: string | null, limit = 50): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (action.trim()) params.set('action', action.trim());
  if (cursor) params.set('cursor', cursor);
  return `/api/v1/audit?${params}`;
}

export function useAuditEvents(action: string) {
  return useInfiniteQuery({
    queryKey: ['audit', action.trim()],
    queryFn: ({ pageParam, signal }) => apiGet(auditUrl(action, pageParam), auditListSchema, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}
