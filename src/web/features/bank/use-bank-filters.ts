// The bank's search and filters live in the URL, so a search can be bookmarked, shared and undone
// with the back button. Typing updates the URL with replace (no history entry per keystroke).
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { BankFilters } from './api/list-questions';

export type FacetKey = 'category' | 'difficulty' | 'type' | 'tag';

export function useBankFilters() {
  const [params, setParams] = useSearchParams();
  const filters: BankFilters = useMemo(
    () => ({
      q: params.get('q') ?? '',
      category: params.getAll('category'),
      difficulty: params.getAll('difficulty'),
      type: params.getAll('type'),
      tag: params.getAll('tag'),
    }),
    [params],
  );

  const setQuery = useCallback(
    (q: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (q) next.set('q', q);
          else next.delete('q');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const toggle = useCallback(
    (key: FacetKey, value: string) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        const values = next.getAll(key);
        next.delete(key);
        for (const v of values.includes(value) ? values.filter((x) => x !== value) : [...values, value]) next.append(key, v);
        return next;
      }),
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  const activeCount = filters.category.length + filters.difficulty.length + filters.type.length + filters.tag.length;
  return { filters, setQuery, toggle, clear, activeCount };
}
