// /candidates/:id: who they are, their status (changed in place), details, CV and interviews. Every
// write sends the ETag it read as If-Match, so two recruiters cannot silently overwrite each other.
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { CANDIDATE_STATUS_LABELS, CANDIDATE_STATUSES, type CandidateStatus } from '../../../shared/candidate.schema';
import { ConfirmAction } from '../../components/ConfirmAction';
import { EmptyState, ErrorState, PageLoading } from '../../components/States';
import { ApiError } from '../../lib/api-client';
import { useCan } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useDeleteCandidate } from './api/delete-candidate';
import { useCandidate, type VersionedCandidate } from './api/get-candidate';
import { useUpdateCandidate } from './api/update-candidate';
import { StatusBadge } from './candidate-labels';
import { CandidateDetails } from './CandidateDetails';
import { ConflictAlert, isConflict } from './ConflictAlert';
import { CvPanel } from './CvPanel';

export function CandidatePage() {
  const { id = '' } = useParams();
  const query = useCandidate(id);
  useDocumentTitle(query.data?.candidate.name ?? 'Candidate');

  if (query.isPending)
    return <PageLoading label="Loading the candidate" />;
  if (query.isError)
    return (
      <main id="main" className="page">
        {query.error instanceof ApiError && query.error.status === 404 ? (
          <EmptyState title="No such candidate" action={<Link to="/candidates">Go to the candidates</Link>}>
            They may have been deleted, or the address is mistyped.
          </EmptyState>
        ) : (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        )}
      </main>
    );
  return <CandidateView data={query.data} onReload={() => void query.refetch()} reloading={query.isFetching} />;
}

interface ViewProps {
  data: VersionedCandidate;
  onReload: () => void;
  reloading: boolean;
}

function CandidateView({ data: { candidate, etag }, onReload, reloading }: ViewProps) {
  const can = useCan();
  const canWrite = can('candidate.write');
  const navigate = useNavigate();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const status = useUpdateCandidate(candidate.id);
  const remove = useDeleteCandidate(candidate.id);
  const [statusSaved, setStatusSaved] = useState(false);

  const changeStatus = (next: CandidateStatus) => {
    setStatusSaved(false);
    status.mutate({ etag, patch: { status: next } }, { onSuccess: () => setStatusSaved(true) });
  };

  return (
    <main id="main" className="page candidate-page">
      <p className="breadcrumb">
        <Link to="/candidates">← Candidates</Link>
      </p>
      {created && (
        <p className="notice" role="status">
          {candidate.name} was added. Attach their CV below.
        </p>
      )}
      <div className="page-head">
        <div>
          <h1>{candidate.name}</h1>
          <p className="candidate-meta">
            <StatusBadge status={candidate.status} />
            {candidate.roleApplied && <span>{candidate.roleApplied}</span>}
            {candidate.email && <span className="muted cell-wrap">{candidate.email}</span>}
          </p>
        </div>
        {canWrite && (
          <div className="status-control">
            <div className="field filter-field">
              <label className="field-label" htmlFor="candidate-status">
                Status
              </label>
              <select
                id="candidate-status"
                className="input input-compact"
                value={candidate.status}
                disabled={status.isPending}
                onChange={(e) => changeStatus(e.target.value as CandidateStatus)}
              >
                {CANDIDATE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {CANDIDATE_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            <p className="small muted status-note" aria-live="polite">
              {status.isPending ? 'Saving…' : statusSaved ? 'Status saved.' : ''}
            </p>
          </div>
        )}
      </div>
      {status.isError &&
        (isConflict(status.error) ? (
          <ConflictAlert onReload={() => (status.reset(), onReload())} reloading={reloading} />
        ) : (
          <p className="form-alert" role="alert">
            {status.error.message}
          </p>
        ))}

      <div className="candidate-layout">
        <CandidateDetails candidate={candidate} etag={etag} canWrite={canWrite} onReload={onReload} reloading={reloading} />
        <div className="candidate-side">
          <CvPanel candidate={candidate} etag={etag} canWrite={canWrite} onReload={onReload} reloading={reloading} />
          <section className="panel" aria-labelledby="interviews-heading">
            <h2 id="interviews-heading">Interviews</h2>
            <p className="muted">Ask {candidate.name} the same calibrated questions as everyone else: schedule an interview from a kit.</p>
            {can('interview.schedule') && (
              <Link className="button button-secondary" to={`/interviews/new?candidate=${encodeURIComponent(candidate.id)}`}>
                Schedule an interview
              </Link>
            )}
          </section>
        </div>
      </div>

      {canWrite && (
        <section className="panel panel-warning" aria-labelledby="delete-heading">
          <h2 id="delete-heading">Delete this candidate</h2>
          <p className="muted">
            They disappear from lists and search. Their past interviews and scorecards are kept for calibration. A candidate with an interview still
            scheduled cannot be deleted: cancel it first.
          </p>
          <ConfirmAction
            label="Delete candidate"
            question={`Delete ${candidate.name}?`}
            confirmLabel="Delete"
            pending={remove.isPending}
            pendingLabel="Deleting…"
            onConfirm={() => remove.mutate(etag, { onSuccess: () => navigate('/candidates', { replace: true, state: { deleted: candidate.name } }) })}
          />
          {remove.isError &&
            (isConflict(remove.error) ? (
              <ConflictAlert onReload={() => (remove.reset(), onReload())} reloading={reloading} />
            ) : (
              <p className="form-alert" role="alert">
                {remove.error.message}
              </p>
            ))}
        </section>
      )}
    </main>
  );
}
