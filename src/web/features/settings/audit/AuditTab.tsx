// The audit log: who did what, newest first, filtered by the start of the action name and read a
// page at a time.
import { useId, useState } from 'react';
import { EmptyState, ErrorState, SkeletonList, Spinner } from '../../../components/States';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useAuditEvents } from '../api/list-audit-events';
import { AuditTable } from './AuditTable';

const PREFIXES = ['auth.', 'setup.', 'member.', 'invitation.', 'token.', 'workspace.', 'question.', 'pack.'];

export function AuditTab() {
  const [action, setAction] = useState('');
  const filter = useDebouncedValue(action, 300);
  const events = useAuditEvents(filter);
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  const inputId = useId();

  return (
    <section className="panel" aria-labelledby="audit-h">
      <h2 id="audit-h">Audit log</h2>
      <form className="form audit-filter" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={inputId} className="field-label">
          Action starts with
        </label>
        <p id={`${inputId}-hint`} className="field-hint">
          For example <code>member.</code> or <code>auth.sign_in</code>. Empty shows everything.
        </p>
        <input
          id={inputId}
          className="input"
          type="search"
          list={`${inputId}-prefixes`}
          value={action}
          maxLength={60}
          onChange={(e) => setAction(e.target.value)}
          aria-describedby={`${inputId}-hint`}
          autoComplete="off"
          spellCheck={false}
        />
        <datalist id={`${inputId}-prefixes`}>
          {PREFIXES.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </form>

      {events.isPending ? (
        <SkeletonList rows={3} />
      ) : events.isError && !items.length ? (
        <ErrorState error={events.error} onRetry={() => events.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title="No events">{filter.trim() ? `Nothing recorded with an action starting “${filter.trim()}”.` : 'Nothing has been recorded yet.'}</EmptyState>
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            Showing {items.length} event{items.length === 1 ? '' : 's'}
            {events.hasNextPage ? ', more available' : ''}
            {events.isFetching && !events.isFetchingNextPage ? ' · updating' : ''}
          </p>
          <AuditTable events={items} />
          {events.hasNextPage && (
            <div className="load-more">
              {events.isFetchingNextPage ? (
                <Spinner label="Loading more" />
              ) : (
                <button type="button" className="button" onClick={() => events.fetchNextPage()}>
                  Load more
                </button>
              )}
            </div>
          )}
          {events.isError && <ErrorState error={events.error} onRetry={() => events.fetchNextPage()} />}
        </>
      )}
    </section>
  );
}
