// /candidates: search as you type over names, emails, roles, notes and CV text, a status filter
// (both kept in the address, so a search survives reloads and the back button), and keyset paging.
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { CANDIDATE_STATUS_LABELS, CANDIDATE_STATUSES, candidateStatusSchema } from '../../../shared/candidate.schema';
import { EmptyState, ErrorState, SkeletonList, Spinner } from '../../components/States';
import { useCan } from '../../lib/session';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCandidateList } from './api/list-candidates';
import { CandidateResults } from './CandidateResults';

export function CandidatesPage() {
  useDocumentTitle('Candidates');
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const q = params.get('q') ?? '';
  const parsed = candidateStatusSchema.safeParse(params.get('status'));
  const status = parsed.success ? parsed.data : '';
  const [text, setText] = useState(q);
  const debounced = useDebouncedValue(text, 250);

  const update = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  // The typed text reaches the address once it settles; back and forward bring other text into the box.
  const pushed = useRef(q);
  const latest = useRef({ update, q });
  latest.current = { update, q };
  useEffect(() => {
    const next = debounced.trim();
    if (next === latest.current.q) return;
    pushed.current = next;
    latest.current.update({ q: next });
  }, [debounced]);
  useEffect(() => {
    if (q !== pushed.current) {
      pushed.current = q;
      setText(q);
    }
  }, [q]);

  const query = useCandidateList({ q, status });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const first = query.data?.pages[0];
  const allCount = first ? Object.values(first.statusCounts).reduce((a, b) => a + b, 0) : undefined;
  const filtered = Boolean(q || status);

  return (
    <main id="main" className="page candidates-page">
      <div className="page-head">
        <h1>Candidates</h1>
        <div className="page-actions">
          <Link className="button button-secondary" to="/practice/shared">
            Shared practice reports
          </Link>
          {can('candidate.write') && (
            <Link className="button" to="/candidates/new">
              Add a candidate
            </Link>
          )}
        </div>
      </div>

      {deleted && (
        <p className="notice" role="status">
          {deleted} was deleted.
        </p>
      )}
      <div className="candidate-filters">
        <form role="search" className="search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="candidate-search" className="visually-hidden">
            Search candidates
          </label>
          <input
            id="candidate-search"
            type="search"
            placeholder="Search names, emails, roles, notes and CVs"
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </form>
        <div className="field filter-field">
          <label className="field-label" htmlFor="candidate-status">
            Status
          </label>
          <select id="candidate-status" className="input input-compact" value={status} onChange={(e) => update({ status: e.target.value })}>
            <option value="">All{allCount === undefined ? '' : ` (${allCount})`}</option>
            {CANDIDATE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CANDIDATE_STATUS_LABELS[s]}
                {first ? ` (${first.statusCounts[s]})` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>

      <section aria-labelledby="candidates-count">
        <h2 id="candidates-count" className="results-count" aria-live="polite">
          {first ? `${first.total} candidate${first.total === 1 ? '' : 's'}` : 'Candidates'}
          {query.isFetching && !query.isFetchingNextPage && first && <span className="muted small"> · updating</span>}
        </h2>
        {query.isPending ? (
          <SkeletonList rows={4} />
        ) : query.isError && !first ? (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        ) : items.length === 0 ? (
          filtered ? (
            <EmptyState
              title="No candidates match"
              action={
                <button type="button" className="button" onClick={() => (setText(''), update({ q: '', status: '' }))}>
                  Clear search and filter
                </button>
              }
            >
              {q ? `Nothing matches “${q}”${status ? ` among ${CANDIDATE_STATUS_LABELS[status].toLowerCase()} candidates` : ''}. Try fewer or other words.` : 'No candidate has this status.'}
            </EmptyState>
          ) : (
            <EmptyState
              title="No candidates yet"
              action={
                can('candidate.write') ? (
                  <Link className="button" to="/candidates/new">
                    Add the first candidate
                  </Link>
                ) : undefined
              }
            >
              {can('candidate.write') ? 'Add the people you interview, with their CVs, to find them and schedule interviews.' : 'An owner or admin adds candidates.'}
            </EmptyState>
          )
        ) : (
          <>
            <CandidateResults items={items} />
            {query.hasNextPage && (
              <div className="load-more">
                {query.isFetchingNextPage ? (
                  <Spinner label="Loading more" />
                ) : (
                  <button type="button" className="button button-secondary" onClick={() => query.fetchNextPage()}>
                    Load more
                  </button>
                )}
              </div>
            )}
            {query.isError && <ErrorState error={query.error} onRetry={() => query.fetchNextPage()} />}
          </>
        )}
      </section>
    </main>
  );
}
