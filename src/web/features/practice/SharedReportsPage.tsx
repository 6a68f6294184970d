// /practice/shared: the practice reports people chose to share with the hiring team, newest share
// first. Only shared reports are listed (the server decides); each opens the read-only report.
import { Link } from 'react-router';
import { EmptyState, ErrorState, SkeletonList } from '../../components/States';
import { Time } from '../../components/Time';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSharedReports } from './api/list-shared-reports';
import { formatMean } from './score-labels';

export function SharedReportsPage() {
  useDocumentTitle('Shared practice reports');
  const reports = useSharedReports();
  return (
    <main id="main" className="page narrow">
      <p className="breadcrumb">
        <Link to="/candidates">← Candidates</Link>
      </p>
      <h1>Shared practice reports</h1>
      <p className="muted">Practice stays private to the person who practised until they share a session&rsquo;s report. These are the ones shared with your team.</p>
      {reports.isPending ? (
        <SkeletonList rows={3} />
      ) : reports.isError ? (
        <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.data.items.length === 0 ? (
        <EmptyState title="No shared reports yet">When someone shares the report of a practice session, it appears here.</EmptyState>
      ) : (
        <ul className="item-list">
          {reports.data.items.map((r) => (
            <li key={r.id} className="item">
              <div className="item-main">
                <Link to={`/practice/sessions/${r.id}/report`} aria-label={`${r.owner.name}: ${r.mode === 'mock' ? 'mock interview' : 'review'} report`}>
                  {r.owner.name}
                </Link>{' '}
                <span className="muted small">{r.owner.email}</span>
                <p className="item-meta muted small">
                  {r.mode === 'mock' ? 'Mock interview' : 'Review'} · {r.attemptCount} answer{r.attemptCount === 1 ? '' : 's'} · mean {formatMean(r.meanScore)} · shared{' '}
                  {r.sharedAt && <Time iso={r.sharedAt} relative />}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
