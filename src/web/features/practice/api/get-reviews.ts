// GET /api/v1/practice/reviews: what is due now, today and this week, and the cards due soonest.
import { useQuery } from '@tanstack/react-query';
import { reviewsSchema } from '../../../../shared/practice.schema';
import { apiGet } from '../../../lib/api-client';
import { REVIEWS_KEY } from './practice-keys';

export function useReviews() {
  return useQuery({ queryKey: REVIEWS_KEY, queryFn: ({ signal }) => apiGet('/api/v1/practice/reviews', reviewsSchema, signal), staleTime: 0 });
}
