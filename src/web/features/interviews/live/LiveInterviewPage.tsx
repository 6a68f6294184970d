// /interviews/:id/live: loads the interview and hands it to the live screen when the caller is one
// of its interviewers; anyone else reads why not and where to go instead.
import { Link, useParams } from 'react-router';
import type { Interview } from '../../../../shared/interview.schema';
import { EmptyState, PageError, PageLoading } from '../../../components/States';
import { useCan, useMe } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useInterview } from '../api/get-interview';
import { LiveInterview } from './LiveInterview';

/** Questions in interview order and each section's positions in that order, whatever the wire order. */
export function inOrder(interview: Interview): Interview {
  const questions = [...interview.questions].sort((a, b) => a.position - b.position);
  const sections = [...interview.sections].sort((a, b) => a.index - b.index).map((s) => ({ ...s, positions: [...s.positions].sort((a, b) => a - b) }));
  return { ...interview, questions, sections };
}

export function LiveInterviewPage() {
  const { id = '' } = useParams();
  const query = useInterview(id);
  const { data: me } = useMe();
  const can = useCan();
  useDocumentTitle(query.data ? `Interview with ${query.data.candidate.name}` : 'Interview');

  if (query.isPending || !me)
    return <PageLoading label="Loading the interview" />;
  if (query.isError)
    return <PageError error={query.error} onRetry={() => query.refetch()} />;
  const interview = query.data;
  const assigned = interview.interviewers.some((p) => p.userId === me.user.id);
  if (!assigned || !can('interview.conduct'))
    return (
      <main id="main" className="page">
        <EmptyState
          title="You are not an interviewer on this interview"
          action={
            can('debrief.read') ? (
              <Link className="button" to={`/candidates/${interview.candidate.id}/debrief`}>
                Open the debrief for {interview.candidate.name}
              </Link>
            ) : (
              <Link to="/interviews">Back to interviews</Link>
            )
          }
        >
          Only its interviewers run it and keep a scorecard. {interview.interviewers.map((p) => p.name).join(', ')} {interview.interviewers.length === 1 ? 'is' : 'are'} on it.
        </EmptyState>
      </main>
    );
  return <LiveInterview interview={inOrder(interview)} userId={me.user.id} />;
}
