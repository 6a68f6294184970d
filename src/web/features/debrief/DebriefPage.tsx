// /candidates/:id/debrief: every readable scorecard side by side, the evidence, the aggregate and
// the decision; links to the printable version and the CSV export.
import { Link, useParams } from 'react-router';
import { Badge } from '../../components/Badge';
import { ErrorState, Spinner } from '../../components/States';
import { useDocumentTitle } from '../../lib/use-document-title';
import { scorecardsCsvPath, useDebrief } from './api/get-debrief';
import { AggregatePanel, WhoIsMissing } from './AggregatePanel';
import { interviewerColumns, statusLabel } from './debrief-labels';
import { DecisionPanel } from './DecisionPanel';
import { EvidenceByQuestion, InterviewerSummaries } from './InterviewerEvidence';
import { ScoreMatrix } from './ScoreMatrix';

export function DebriefPage() {
  const { id = '' } = useParams();
  const query = useDebrief(id);
  useDocumentTitle(query.data ? `Debrief: ${query.data.candidate.name}` : 'Debrief');

  return (
    <main id="main" className="page debrief-page">
      <p className="breadcrumb">
        <Link to={`/candidates/${id}`}>← Candidate</Link>
      </p>
      {query.isPending ? (
        <Spinner label="Loading the debrief" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <Debrief debrief={query.data} />
      )}
    </main>
  );
}

function Debrief({ debrief }: { debrief: NonNullable<ReturnType<typeof useDebrief>['data']> }) {
  const names = new Map(interviewerColumns(debrief).map((c) => [c.userId, c.name]));
  const { candidate } = debrief;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Debrief: {candidate.name}</h1>
          <p className="muted">
            {candidate.roleApplied || 'No role given'} <Badge>{statusLabel(candidate.status)}</Badge>
          </p>
        </div>
        <div className="page-actions">
          <Link className="button button-secondary" to={`/candidates/${candidate.id}/debrief/print`}>
            Print
          </Link>
          <a className="button button-secondary" href={scorecardsCsvPath(candidate.id)} download>
            Download scorecards (CSV)
          </a>
        </div>
      </div>
      <WhoIsMissing debrief={debrief} />
      {debrief.interviews.length === 0 ? (
        <p className="notice notice-info">
          {candidate.name} has no interviews yet. <Link to={`/interviews/new?candidate=${candidate.id}`}>Schedule one</Link>.
        </p>
      ) : null}

      <section className="panel" aria-labelledby="matrix-h">
        <h2 id="matrix-h">Scores</h2>
        <ScoreMatrix debrief={debrief} />
      </section>

      <section className="panel" aria-labelledby="aggregate-h">
        <h2 id="aggregate-h">Aggregate</h2>
        <AggregatePanel aggregate={debrief.aggregate} />
      </section>

      {debrief.scorecards.length > 0 && (
        <section className="panel" aria-labelledby="interviewers-h">
          <h2 id="interviewers-h">Interviewers</h2>
          <InterviewerSummaries debrief={debrief} />
        </section>
      )}

      {debrief.rows.some((r) => r.cells.length > 0) && (
        <section className="panel" aria-labelledby="evidence-h">
          <h2 id="evidence-h">Evidence by question</h2>
          <EvidenceByQuestion debrief={debrief} names={names} />
        </section>
      )}

      <section className="panel" aria-labelledby="decision-h">
        <h2 id="decision-h">Decision</h2>
        <DecisionPanel debrief={debrief} />
      </section>
    </>
  );
}
