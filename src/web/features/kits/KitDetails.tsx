// The kit-wide fields (name, duration, description, notes for interviewers) and the running total
// of planned minutes against the duration, with what overruns.
import { useId } from 'react';
import { TextField } from '../../components/Field';
import { draftTotals, type KitDraft } from './kit-draft';

type KitFields = Pick<KitDraft, 'name' | 'minutes' | 'description' | 'notes'>;

export function KitDetails({ draft, errors, onChange }: { draft: KitDraft; errors: Record<string, string>; onChange: (patch: Partial<KitFields>) => void }) {
  const id = useId();
  return (
    <section className="panel" aria-label="Kit details">
      <div className="kit-details-grid">
        <TextField label="Name" value={draft.name} maxLength={120} error={errors.name} onChange={(e) => onChange({ name: e.target.value })} data-field="name" />
        <TextField
          label="Duration (min)"
          type="number"
          inputMode="numeric"
          min={5}
          max={600}
          value={Number.isFinite(draft.minutes) ? draft.minutes : ''}
          error={errors.minutes}
          onChange={(e) => onChange({ minutes: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
          data-field="minutes"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`} className="field-label">
          Description <span className="muted small">(optional)</span>
        </label>
        <textarea id={`${id}-description`} className="input" rows={2} maxLength={2000} value={draft.description} onChange={(e) => onChange({ description: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`} className="field-label">
          Notes for interviewers <span className="muted small">(optional)</span>
        </label>
        <textarea id={`${id}-notes`} className="input" rows={3} maxLength={5000} value={draft.notes} onChange={(e) => onChange({ notes: e.target.value })} />
      </div>
    </section>
  );
}

/** Planned against the duration, always visible; the overruns as warnings, never as errors. */
export function KitTotals({ draft }: { draft: KitDraft }) {
  const t = draftTotals(draft);
  const minutes = Number.isFinite(draft.minutes) ? draft.minutes : 0;
  const deleted = draft.sections.flatMap((s) => s.questions).filter((q) => !q.question || q.question.deleted);
  const warnings = [
    ...(t.overrun > 0 ? [`The questions plan ${t.planned} minutes in a ${minutes}-minute interview: ${t.overrun} over.`] : []),
    ...(t.boxed > minutes ? [`The time boxes add up to ${t.boxed} minutes in ${minutes}.`] : []),
    ...t.overrunSections.map((title) => `“${title}” plans more than its time box.`),
    ...(deleted.length ? [`${deleted.length} question${deleted.length === 1 ? ' was' : 's were'} deleted from the bank: replace or remove ${deleted.length === 1 ? 'it' : 'them'}.`] : []),
  ];
  return (
    <section className={`kit-totals${warnings.length ? ' has-warnings' : ''}`} aria-label="Planned time">
      <p className="kit-totals-line">
        <strong className={t.overrun > 0 ? 'text-warning' : undefined}>
          {t.planned} of {minutes} min planned
        </strong>
        <span className="muted">
          {t.questionCount} question{t.questionCount === 1 ? '' : 's'} · time boxes {t.boxed} min
        </span>
      </p>
      <div className="kit-meter" aria-hidden="true">
        <span style={{ width: `${Math.min(100, minutes ? (t.planned / minutes) * 100 : 0)}%` }} className={t.overrun > 0 ? 'is-over' : undefined} />
      </div>
      {warnings.length > 0 && (
        <ul className="kit-warnings small">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
