// GET /api/v1/practice/options: the packs, categories and difficulties there are to practise.
import { useQuery } from '@tanstack/react-query';
import { practiceOptionsSchema } from '../../../../shared/practice.schema';
import { apiGet } from '../../../lib/api-client';
import { OPTIONS_KEY } from './practice-keys';

export function usePracticeOptions() {
  return useQuery({ queryKey: OPTIONS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/practice/options', practiceOptionsSchema, signal) });
}
