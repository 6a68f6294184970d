// The interview's clock against its planned length and the current section's time box. The
// numbers tick silently; crossing a limit is announced once, in words, not by colour alone.
import type { Interview } from '../../../../shared/interview.schema';
import { formatClock, readTimers } from './timers';
import { useNow } from './use-now';

export function InterviewTimers({ interview, sectionIndex }: { interview: Interview; sectionIndex: number | null }) {
  const running = interview.status === 'in_progress';
  const now = useNow(running);
  const t = readTimers(interview, sectionIndex, now);
  const started = interview.startedAt !== null;
  const s = t.section;
  const sectionOver = started && s !== null && !s.ahead && s.left < 0;

  return (
    <div className="live-timers">
      <p className={`timer${t.over > 0 ? ' is-over' : ''}`}>
        <span className="timer-label">Interview</span>
        <span className="timer-value">
          {formatClock(t.elapsed)} <span className="muted">/ {interview.minutes}:00</span>
        </span>
        {t.over > 0 && <span className="timer-warning">⚠ Over by {formatClock(t.over)}</span>}
      </p>
      {s && (
        <p className={`timer${sectionOver ? ' is-over' : ''}`}>
          <span className="timer-label">Section: {s.title}</span>
          <span className="timer-value">
            {!started ? `${formatClock(s.slotEnd - s.slotStart)} planned` : s.ahead ? `${formatClock(s.slotStart - t.elapsed)} ahead of plan` : s.left >= 0 ? `${formatClock(s.left)} left` : `Over by ${formatClock(s.left)}`}
          </span>
          {sectionOver && <span className="timer-warning">⚠ Section over time</span>}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {t.over > 0 ? 'The interview is over its planned time.' : sectionOver ? `The section ${s?.title} is over its time box.` : ''}
      </p>
    </div>
  );
}
