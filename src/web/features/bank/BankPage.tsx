// The question bank: search as you type, facet filters with counts, cursor paging, and keyboard
// use (`/` search, j/k move, Enter open). A role that may only practise searches the practice
// questions (prompts and hints, no answers) with the same page.
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuestionList, type BankMode } from './api/list-questions';
import { useBankFilters } from './use-bank-filters';
import { FacetPanel } from './FacetPanel';
import { ResultList } from './ResultList';
import { EmptyState, ErrorState, SkeletonList, Spinner } from '../../components/States';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useHotkeys } from '../../lib/use-hotkeys';
import { useCan } from '../../lib/session';

export function BankPage() {
  const can = useCan();
  const mode: BankMode | null = can('question.read') ? 'full' : can('question.practice') ? 'practice' : null;
  if (!mode) {
    return (
      <main id="main" className="page">
        <EmptyState title="No questions for your role">Your role in this workspace cannot read questions. An owner or admin can change it.</EmptyState>
      </main>
    );
  }
  return <Bank mode={mode} canImport={can('pack.import')} />;
}

function Bank({ mode, canImport }: { mode: BankMode; canImport: boolean }) {
  const { filters, setQuery, toggle, clear, activeCount } = useBankFilters();
  const [text, setText] = useState(filters.q);
  const debounced = useDebouncedValue(text, 200);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const [active, setActive] = useState(-1);
  // Filters start open beside the results on wide screens, folded away on phones.
  const [filtersOpen, setFiltersOpen] = useState(() => window.matchMedia('(min-width: 861px)').matches);
  const navigate = useNavigate();

  // The typed text reaches the URL only when it settles. The effect must not re-run when the
  // router hands out a new setter: a stale run would navigate back over a fresh filter change.
  const pushed = useRef(filters.q);
  const latest = useRef({ setQuery, q: filters.q });
  latest.current = { setQuery, q: filters.q };
  useEffect(() => {
    const q = debounced.trim();
    if (q === latest.current.q) return;
    pushed.current = q;
    latest.current.setQuery(q);
  }, [debounced]);
  // Back/forward changes q without typing: show it in the box. Our own pushes are not echoed back,
  // or letters typed while a push was in flight would be lost.
  useEffect(() => {
    if (filters.q !== pushed.current) {
      pushed.current = filters.q;
      setText(filters.q);
    }
  }, [filters.q]);

  const query = useQuestionList(filters, mode);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const first = query.data?.pages[0];
  useEffect(() => setActive(-1), [filters]);

  const move = (delta: number) => {
    if (!items.length) return;
    const next = Math.max(0, Math.min(items.length - 1, active + delta));
    setActive(next);
    listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.scrollIntoView({ block: 'nearest' });
  };
  useHotkeys({
    '/': (e) => {
      e.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    },
    j: () => move(1),
    k: () => move(-1),
    Enter: (e) => {
      const item = items[active];
      if (item) {
        e.preventDefault();
        navigate(`/questions/${item.slug}`);
      }
    },
    Escape: () => {
      if (document.activeElement === searchRef.current) searchRef.current?.blur();
    },
  });

  const chosen = { category: filters.category, difficulty: filters.difficulty, type: filters.type, tag: filters.tag };
  const facetPanel = <FacetPanel facets={first?.facets} chosen={chosen} onToggle={toggle} />;

  return (
    <main id="main" className="page bank">
      <div className="bank-head">
        <h1>{mode === 'practice' ? 'Practice questions' : 'Question bank'}</h1>
        <form role="search" className="search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="bank-search" className="visually-hidden">
            Search questions
          </label>
          <input
            id="bank-search"
            ref={searchRef}
            type="search"
            placeholder="Search questions (press / )"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Down from the search box moves into the results, where j/k and Enter work.
              if (e.key === 'ArrowDown' && items.length) {
                e.preventDefault();
                searchRef.current?.blur();
                move(active < 0 ? 1 : 0);
              }
            }}
            autoComplete="off"
            spellCheck={false}
          />
        </form>
        <p className="keys-hint muted small" aria-hidden="true">
          <kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> move · <kbd>Enter</kbd> open
        </p>
      </div>

      <div className="bank-body">
        <aside className="bank-filters" aria-label="Filters">
          <details className="filters-disclosure" open={filtersOpen} onToggle={(e) => setFiltersOpen(e.currentTarget.open)}>
            <summary>
              Filters{activeCount ? ` (${activeCount})` : ''}
            </summary>
            {facetPanel}
            {activeCount > 0 && (
              <button type="button" className="button button-quiet" onClick={clear}>
                Clear all filters
              </button>
            )}
          </details>
        </aside>

        <section className="bank-results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="results-count" aria-live="polite">
            {first ? `${first.total} question${first.total === 1 ? '' : 's'}` : 'Questions'}
            {query.isFetching && !query.isFetchingNextPage && first && <span className="muted small"> · updating</span>}
          </h2>
          {query.isPending ? (
            <SkeletonList />
          ) : query.isError && !first ? (
            <ErrorState error={query.error} onRetry={() => query.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState
              title="No questions match"
              action={
                activeCount || filters.q ? (
                  <button type="button" className="button" onClick={() => (setText(''), clear())}>
                    Clear search and filters
                  </button>
                ) : undefined
              }
            >
              {filters.q
                ? `Nothing matches “${filters.q}”. Try fewer or other words.`
                : canImport
                  ? 'The bank is empty. Import a pack to get started.'
                  : 'There are no questions here yet.'}
            </EmptyState>
          ) : (
            <>
              <ResultList ref={listRef} items={items} activeIndex={active} onHover={setActive} />
              {query.hasNextPage && (
                <div className="load-more">
                  {query.isFetchingNextPage ? (
                    <Spinner label="Loading more" />
                  ) : (
                    <button type="button" className="button" onClick={() => query.fetchNextPage()}>
                      Show more questions
                    </button>
                  )}
                </div>
              )}
              {query.isError && <ErrorState error={query.error} onRetry={() => query.fetchNextPage()} />}
            </>
          )}
        </section>
      </div>
    </main>
  );
}
