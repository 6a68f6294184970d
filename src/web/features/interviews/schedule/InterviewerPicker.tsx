// Interviewers as a group of checkboxes: members whose role may run an interview.
import type { Member } from '../../../../shared/auth.schema';

const CAN_CONDUCT = new Set(['owner', 'admin', 'interviewer']);

export function InterviewerPicker({ members, selected, onChange, error, meId }: { members: Member[]; selected: string[]; onChange: (ids: string[]) => void; error?: string | undefined; meId?: string | undefined }) {
  const eligible = members.filter((m) => CAN_CONDUCT.has(m.role));
  const toggle = (userId: string, on: boolean) => onChange(on ? [...selected, userId] : selected.filter((id) => id !== userId));
  return (
    <fieldset className={`field checkbox-group${error ? ' has-error' : ''}`} aria-describedby="interviewers-hint">
      <legend className="field-label">Interviewers</legend>
      <p id="interviewers-hint" className="field-hint">
        Each gets their own scorecard. Members with the viewer or candidate role cannot run interviews.
      </p>
      {eligible.length === 0 ? (
        <p className="muted">No member can run interviews yet: invite an interviewer in Settings.</p>
      ) : (
        <ul className="checkbox-list">
          {eligible.map((m) => (
            <li key={m.userId}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(m.userId)}
                  onChange={(e) => toggle(m.userId, e.target.checked)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? 'interviewers-error' : undefined}
                />
                <span>
                  {m.name}
                  {m.userId === meId ? ' (you)' : ''} <span className="muted small">{m.email}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id="interviewers-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
