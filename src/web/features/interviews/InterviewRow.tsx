// One interview in the list: who, what, when, its state and the caller's scorecard, and what they can do.
import { Link } from 'react-router';
import type { InterviewSummary } from '../../../shared/interview.schema';
import { Badge } from '../../components/Badge';
import { ConfirmAction } from '../../components/ConfirmAction';
import { Time } from '../../components/Time';
import { useCan } from '../../lib/session';
import { useChangeInterviewStatus } from './api/change-interview-status';
import { names, STATUS_LABELS, STATUS_TONES } from './interview-labels';

export function InterviewRow({ interview: i, isMine }: { interview: InterviewSummary; isMine: boolean }) {
  const can = useCan();
  const change = useChangeInterviewStatus();
  const open = isMine && i.status !== 'cancelled' && can('interview.conduct');
  return (
    <li className="item interview-item">
      <div className="item-main">
        <p className="interview-title">
          {open ? <Link to={`/interviews/${i.id}/live`}>{i.candidate.name}</Link> : <strong>{i.candidate.name}</strong>}
          <span className="muted"> · {i.kitName}</span>
        </p>
        <p className="item-meta small">
          <Badge tone={STATUS_TONES[i.status]}>{STATUS_LABELS[i.status]}</Badge> <Time iso={i.scheduledAt} /> · {i.minutes} min · {i.questionCount} question{i.questionCount === 1 ? '' : 's'}
        </p>
        <p className="item-detail small muted">
          Interviewers: {names(i.interviewers)}
          {i.myScorecard && <> · your scorecard: {i.myScorecard === 'submitted' ? 'submitted' : 'draft'}</>}
        </p>
        {change.isError && (
          <p className="field-error" role="alert">
            {change.error.message}
          </p>
        )}
      </div>
      <div className="item-actions">
        {open && (
          <Link className="button button-small" to={`/interviews/${i.id}/live`} aria-label={`Open the interview with ${i.candidate.name}`}>
            {i.status === 'scheduled' ? 'Open' : i.myScorecard === 'submitted' ? 'Scorecard' : 'Continue'}
          </Link>
        )}
        {can('debrief.read') && (
          <Link className="button button-small button-secondary" to={`/candidates/${i.candidate.id}/debrief`} aria-label={`Debrief for ${i.candidate.name}`}>
            Debrief
          </Link>
        )}
        {can('interview.schedule') && (i.status === 'scheduled' || i.status === 'in_progress') && (
          <Link className="button button-small button-secondary" to={`/interviews/${i.id}/edit`} aria-label={`Reschedule or change the interviewers of the interview with ${i.candidate.name}`}>
            Edit
          </Link>
        )}
        {can('interview.schedule') && i.status === 'scheduled' && (
          <ConfirmAction
            label="Cancel"
            accessibleLabel={`Cancel the interview with ${i.candidate.name}`}
            question="Cancel this interview?"
            confirmLabel="Cancel interview"
            keepLabel="Keep it"
            pending={change.isPending}
            pendingLabel="Cancelling…"
            onConfirm={() => change.mutate({ id: i.id, action: 'cancel' })}
          />
        )}
      </div>
    </li>
  );
}
