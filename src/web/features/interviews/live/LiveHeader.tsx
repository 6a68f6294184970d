// The live screen's header: who and what, the clocks, where the changes are, and starting or
// ending the interview.
import { Link } from 'react-router';
import type { Interview } from '../../../../shared/interview.schema';
import { Badge } from '../../../components/Badge';
import { useCan } from '../../../lib/session';
import { useChangeInterviewStatus } from '../api/change-interview-status';
import type { AutosaveState } from '../autosave/scorecard-autosave';
import { STATUS_LABELS, STATUS_TONES } from '../interview-labels';
import { InterviewTimers } from './InterviewTimers';
import { SaveStatus } from './SaveStatus';

interface Props {
  interview: Interview;
  state: AutosaveState;
  sectionIndex: number | null;
  onRetrySave: () => void;
  onHelp: () => void;
}

export function LiveHeader({ interview, state, sectionIndex, onRetrySave, onHelp }: Props) {
  const can = useCan();
  const change = useChangeInterviewStatus();
  return (
    <header className="live-header">
      <div className="live-header-title">
        <p className="breadcrumb small">
          <Link to="/interviews">← Interviews</Link>
        </p>
        <h1>
          Interview with {interview.candidate.name}
        </h1>
        <p className="muted small">
          {interview.kitName} · {interview.minutes} min <Badge tone={STATUS_TONES[interview.status]}>{STATUS_LABELS[interview.status]}</Badge>
        </p>
      </div>
      <InterviewTimers interview={interview} sectionIndex={sectionIndex} />
      <div className="live-header-actions">
        <SaveStatus state={state} onRetry={onRetrySave} />
        <div className="inline-row">
          {interview.status === 'scheduled' && can('interview.conduct') && (
            <button type="button" className="button" disabled={change.isPending} onClick={() => change.mutate({ id: interview.id, action: 'start' })}>
              {change.isPending ? 'Starting…' : 'Start interview'}
            </button>
          )}
          {interview.status === 'in_progress' && can('interview.conduct') && (
            <button type="button" className="button button-secondary" disabled={change.isPending} onClick={() => change.mutate({ id: interview.id, action: 'complete' })}>
              {change.isPending ? 'Ending…' : 'End interview'}
            </button>
          )}
          <button type="button" className="button button-secondary button-small" onClick={onHelp} aria-keyshortcuts="?">
            Keys <kbd aria-hidden="true">?</kbd>
          </button>
        </div>
        {change.isError && (
          <p className="field-error" role="alert">
            {change.error.message}
          </p>
        )}
      </div>
    </header>
  );
}
