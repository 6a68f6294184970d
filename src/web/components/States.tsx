// Loading, empty and error states: every page shows one of these rather than a blank area.
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api-client';

export function Spinner({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="spinner-row" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}…</span>
    </div>
  );
}

export function SkeletonList({ rows = 5 }: { rows?: number }) {
  return (
    <ul className="skeleton-list" aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <li key={i} className="skeleton-card">
          <span className="skeleton-line wide" />
          <span className="skeleton-line" />
        </li>
      ))}
    </ul>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <section className="state state-empty">
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </section>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const apiError = error instanceof ApiError ? error : undefined;
  return (
    <section className="state state-error" role="alert">
      <h2>{apiError?.status === 404 ? 'Not found' : apiError?.status === 403 ? 'Your role does not allow this' : 'Something went wrong'}</h2>
      <p>{error instanceof Error ? error.message : 'An unexpected error occurred.'}</p>
      {apiError?.problem?.requestId && (
        <p className="muted small">
          Request id <code>{apiError.problem.requestId}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}

/** A whole page still loading: the page frame with a spinner, for routes that load before they render. */
export function PageLoading({ label }: { label: string }) {
  return (
    <main id="main" className="page">
      <Spinner label={label} />
    </main>
  );
}

/** A whole page that failed to load: the page frame with the error and a retry. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <main id="main" className="page">
      <ErrorState error={error} onRetry={onRetry} />
    </main>
  );
}
