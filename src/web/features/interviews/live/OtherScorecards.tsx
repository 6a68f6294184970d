// Other interviewers' scorecards for this interview, as far as the independence rule allows: their
// submitted ones once you submitted yours (or when the workspace relaxed the rule), otherwise a count.
import { Link } from 'react-router';
import { RECOMMENDATION_LABELS, type Interview } from '../../../../shared/interview.schema';
import { ErrorState, Spinner } from '../../../components/States';
import { useInterviewScorecards } from '../api/list-interview-scorecards';

export function OtherScorecards({ interview, userId }: { interview: Interview; userId: string }) {
  const query = useInterviewScorecards(interview.id);
  const others = (query.data?.items ?? []).filter((s) => s.interviewer.userId !== userId && s.status === 'submitted');
  const hidden = query.data?.hidden ?? 0;
  const title = (position: number) => interview.questions.find((q) => q.position === position)?.title ?? `Question ${position + 1}`;

  return (
    <section className="panel" aria-labelledby="others-h">
      <h2 id="others-h">Other interviewers</h2>
      {query.isPending ? (
        <Spinner label="Loading their scorecards" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <>
          {hidden > 0 && (
            <p className="notice notice-info">
              {hidden} scorecard{hidden === 1 ? '' : 's'} hidden until you submit yours. You rate independently first.
            </p>
          )}
          {others.length === 0 && hidden === 0 && <p className="muted">No other interviewer has submitted yet.</p>}
          {others.map((s) => (
            <div key={s.id} className="other-scorecard">
              <h3>
                {s.interviewer.name}: {s.recommendation ? RECOMMENDATION_LABELS[s.recommendation] : 'no recommendation'}
              </h3>
              {s.summary && <p className="prewrap">{s.summary}</p>}
              <ul className="small">
                {s.items.map((i) => (
                  <li key={i.position}>
                    {title(i.position)}: {i.notAsked ? 'not asked' : (i.score ?? '—')}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p>
            <Link to={`/candidates/${interview.candidate.id}/debrief`}>Open the debrief for {interview.candidate.name}</Link>
          </p>
        </>
      )}
    </section>
  );
}
