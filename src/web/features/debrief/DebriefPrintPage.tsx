// /candidates/:id/debrief/print: the debrief on paper. The print stylesheet drops the navigation
// and colours and starts each section on a new page; the screen shows a Print button and the way back.
import { Link, useParams } from 'react-router';
import { PageError, PageLoading } from '../../components/States';
import { formatDateTime } from '../../lib/format-date';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useDebrief } from './api/get-debrief';
import { AggregatePanel, WhoIsMissing } from './AggregatePanel';
import { DECISION_LABELS, interviewerColumns, statusLabel } from './debrief-labels';
import { EvidenceByQuestion, InterviewerSummaries } from './InterviewerEvidence';
import { ScoreMatrix } from './ScoreMatrix';

export function DebriefPrintPage() {
  const { id = '' } = useParams();
  const query = useDebrief(id);
  useDocumentTitle(query.data ? `Debrief: ${query.data.candidate.name} (print)` : 'Debrief');

  if (query.isPending)
    return <PageLoading label="Loading the debrief" />;
  if (query.isError)
    return <PageError error={query.error} onRetry={() => query.refetch()} />;
  const debrief = query.data;
  const names = new Map(interviewerColumns(debrief).map((c) => [c.userId, c.name]));
  return (
    <main id="main" className="page print-page">
      <div className="no-print inline-row print-actions">
        <Link to={`/candidates/${id}/debrief`}>← Back to the debrief</Link>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <header className="print-section">
        <h1>Debrief: {debrief.candidate.name}</h1>
        <p>
          {debrief.candidate.roleApplied || 'No role given'} · status {statusLabel(debrief.candidate.status)} · printed {formatDateTime(new Date().toISOString())}
        </p>
        <p>Interviews: {debrief.interviews.map((i) => `${i.kitName} (${formatDateTime(i.scheduledAt)}, ${i.status.replace('_', ' ')})`).join('; ') || 'none'}</p>
        <WhoIsMissing debrief={debrief} />
        <h2>Scores</h2>
        <ScoreMatrix debrief={debrief} />
        <h2>Aggregate</h2>
        <AggregatePanel aggregate={debrief.aggregate} />
        <h2>Decision</h2>
        {debrief.decision ? (
          <p>
            <strong>{DECISION_LABELS[debrief.decision.decision]}</strong> — {debrief.decision.decidedBy?.name ?? 'unknown'}, {formatDateTime(debrief.decision.decidedAt)}
            <br />
            {debrief.decision.rationale}
          </p>
        ) : (
          <p>No decision yet.</p>
        )}
      </header>
      <section className="print-section" aria-labelledby="p-interviewers-h">
        <h2 id="p-interviewers-h">Interviewers</h2>
        <InterviewerSummaries debrief={debrief} />
      </section>
      <section className="print-section" aria-labelledby="p-evidence-h">
        <h2 id="p-evidence-h">Evidence by question</h2>
        <EvidenceByQuestion debrief={debrief} names={names} />
      </section>
    </main>
  );
}
