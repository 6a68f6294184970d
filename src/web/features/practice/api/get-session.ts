// GET /api/v1/practice/sessions/:id: a session with its questions, attempts and per-category summary
// (yours, or one shared with you).
import { useQuery } from '@tanstack/react-query';
import { practiceReportSchema } from '../../../../shared/practice.schema';
import { apiGet } from '../../../lib/api-client';
import { sessionKey } from './practice-keys';

export type { PracticeReport } from '../../../../shared/practice.schema';

export function usePracticeSession(id: string) {
  return useQuery({
    queryKey: sessionKey(id),
    queryFn: ({ signal }) => apiGet(`/api/v1/practice/sessions/${encodeURIComponent(id)}`, practiceReportSchema, signal),
    // Answers change the report: always ask again rather than show a stale one.
    staleTime: 0,
  });
}
