// Shown while amending a submitted scorecard: the reason (required) and the two ways out.
import { problemLines } from './problem-text';

interface Props {
  reason: string;
  onReason: (reason: string) => void;
  onSave: () => void;
  onDiscard: () => void;
  pending: boolean;
  error: unknown;
}

export function AmendBar({ reason, onReason, onSave, onDiscard, pending, error }: Props) {
  const lines = problemLines(error);
  return (
    <section className="panel amend-bar" aria-labelledby="amend-h">
      <h2 id="amend-h">Amending your scorecard</h2>
      <p className="field-hint">Change scores, key points, notes or the recommendation; they are saved together as a new revision. The earlier one stays on record.</p>
      <div className="field">
        <label className="field-label" htmlFor="amend-reason">
          Reason for the amendment
        </label>
        <textarea id="amend-reason" className="input textarea" rows={2} maxLength={2000} value={reason} onChange={(e) => onReason(e.target.value)} />
      </div>
      {lines.length > 0 && (
        <div className="form-alert" role="alert">
          {lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      )}
      <div className="inline-row">
        <button type="button" className="button" disabled={pending} onClick={onSave}>
          {pending ? 'Saving…' : 'Save amendment'}
        </button>
        <button type="button" className="button button-secondary" disabled={pending} onClick={onDiscard}>
          Discard changes
        </button>
      </div>
    </section>
  );
}
