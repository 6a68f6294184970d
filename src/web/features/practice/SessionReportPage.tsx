// A session's report: how it went per category and every attempt with its marked answer and missed
// points. Its owner decides whether the workspace's interviewers and admins may open it; for
// anyone else it exists only while shared.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PracticeReport } from '../../../shared/practice.schema';
import { Badge } from '../../components/Badge';
import { CopyField } from '../../components/CopyField';
import { ErrorState, Spinner } from '../../components/States';
import { Time } from '../../components/Time';
import { useDocumentTitle } from '../../lib/use-document-title';
import { HighlightedAnswer } from './HighlightedAnswer';
import { ScoreSummary } from './FeedbackView';
import { usePracticeSession } from './api/get-session';
import { useShareSession } from './api/share-session';
import { formatMean } from './score-labels';
import './practice.css';

export function SessionReportPage() {
  const { id = '' } = useParams();
  const session = usePracticeSession(id);
  useDocumentTitle('Session report');
  return (
    <main id="main" className="page narrow practice-report">
      {session.isPending ? <Spinner label="Loading the report" /> : session.isError ? <ErrorState error={session.error} onRetry={() => session.refetch()} /> : <Report report={session.data} />}
    </main>
  );
}

function Report({ report }: { report: PracticeReport }) {
  const titles = Object.fromEntries(report.questions.map((q) => [q.id, q.title]));
  return (
    <>
      <p className="breadcrumb">
        <Link to={report.isOwner ? '/practice' : '/practice/shared'}>{report.isOwner ? '← Practice' : '← Shared practice reports'}</Link>
      </p>
      <h1>{report.mode === 'mock' ? 'Mock interview' : 'Review'} report</h1>
      <p className="lead">
        {report.isOwner ? 'Your session' : `Shared by ${report.owner.name}`}, started <Time iso={report.startedAt} />
        {report.finishedAt ? (
          <>
            , finished <Time iso={report.finishedAt} />
          </>
        ) : (
          ' (not finished)'
        )}
        .
      </p>
      <dl className="report-grid">
        <div className="report-cell">
          <dt>Questions</dt>
          <dd>{report.questionCount}</dd>
        </div>
        <div className="report-cell">
          <dt>Answered</dt>
          <dd>{report.answeredQuestionIds.length}</dd>
        </div>
        <div className="report-cell">
          <dt>Attempts</dt>
          <dd>{report.attemptCount}</dd>
        </div>
        <div className="report-cell">
          <dt>Mean score</dt>
          <dd>{formatMean(report.meanScore)}</dd>
        </div>
      </dl>

      {report.isOwner && <ShareControl report={report} />}
      {report.isOwner && !report.finishedAt && (
        <p>
          <Link to={`/practice/sessions/${report.id}`} className="button">
            Continue the session
          </Link>
        </p>
      )}

      <section className="panel" aria-labelledby="by-category-h">
        <h2 id="by-category-h">By category</h2>
        {report.categories.length === 0 ? (
          <p className="muted">No answers yet.</p>
        ) : (
          <div className="table-wrap" role="region" aria-label="Scores by category, as a table" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Graded</th>
                  <th scope="col">Mean score</th>
                </tr>
              </thead>
              <tbody>
                {report.categories.map((c) => (
                  <tr key={c.category}>
                    <th scope="row">{c.category}</th>
                    <td>{c.attempts}</td>
                    <td>{c.graded}</td>
                    <td>{formatMean(c.meanScore)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <h2>Attempts</h2>
      {report.attempts.length === 0 && <p className="muted">Nothing was answered in this session.</p>}
      <ol className="attempt-list">
        {report.attempts.map((a, i) => (
          <AttemptItem key={a.id} attempt={a} title={titles[a.questionId] ?? a.questionTitle} n={i + 1} />
        ))}
      </ol>
    </>
  );
}

function AttemptItem({ attempt, title, n }: { attempt: PracticeReport['attempts'][number]; title: string; n: number }) {
  return (
    <li className="panel attempt-item">
      <h3>
        {n}. {title}
      </h3>
      <p className="muted small">
        <Time iso={attempt.createdAt} /> · {attempt.input === 'spoken' ? 'spoken' : 'typed'}
        {attempt.followUpOf ? ' · with the follow-up' : ''}
      </p>
      <ScoreSummary grade={attempt.grade} />
      <HighlightedAnswer
        text={attempt.answer}
        covered={attempt.grade.covered}
        followUp={attempt.followUpOffset !== null && attempt.followUpPrompt ? { offset: attempt.followUpOffset, prompt: attempt.followUpPrompt } : null}
        pointLabels={Object.fromEntries(attempt.grade.covered.map((c) => [c.id, c.text]))}
      />
      {attempt.grade.missed.length > 0 && (
        <>
          <h4>Missed</h4>
          <ul className="missed-list">
            {attempt.grade.missed.map((m) => (
              <li key={m.id}>{m.text}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function ShareControl({ report }: { report: PracticeReport }) {
  const share = useShareSession(report.id);
  // The switch follows the click at once, in the same render as the click (the mutation's own
  // pending state arrives a tick later, and a controlled checkbox would flick back meanwhile);
  // a failure puts it back.
  const [clicked, setClicked] = useState<boolean | null>(null);
  const shared = clicked ?? (share.data ? share.data.sharedAt !== null : report.sharedAt !== null);
  const link = `${window.location.origin}/practice/sessions/${report.id}/report`;
  return (
    <section className="panel share-panel" aria-labelledby="share-h">
      <h2 id="share-h">Sharing</h2>
      <p>
        {shared ? (
          <>
            <Badge tone="green">Shared</Badge> Interviewers, viewers and admins of this workspace can open this report from their list of shared reports, or by its link.
          </>
        ) : (
          <>
            <Badge>Private</Badge> Only you can see your answers. Share this report to let this workspace’s interviewers and admins read it.
          </>
        )}
      </p>
      <label className="switch">
        <input
          type="checkbox"
          checked={shared}
          disabled={share.isPending}
          onChange={(e) => {
            setClicked(e.target.checked);
            share.mutate(e.target.checked, { onSettled: () => setClicked(null) });
          }}
        />
        <span>Share this report</span>
      </label>
      {share.isError && (
        <p className="field-error" role="alert">
          {share.error.message}
        </p>
      )}
      {shared && <CopyField label="Link to the report" value={link} />}
    </section>
  );
}
