// The hiring decision: the form (decision.write) and the history of decisions with their reasons.
import { useRef, useState, type FormEvent } from 'react';
import { DECISIONS, decisionInputSchema, type Debrief, type DecisionValue } from '../../../shared/interview.schema';
import { FormAlert } from '../../components/Field';
import { Time } from '../../components/Time';
import { describeFormError, hasErrors, NO_ERRORS, type FormErrors } from '../../lib/form-errors';
import { useCan } from '../../lib/session';
import { useFocusOnErrors } from '../../lib/use-focus-on-errors';
import { useRecordDecision } from './api/record-decision';
import { DECISION_LABELS } from './debrief-labels';

const LABELS = { decision: 'Decision', rationale: 'Rationale' };

export function DecisionPanel({ debrief }: { debrief: Debrief }) {
  const can = useCan();
  return (
    <>
      {debrief.decision ? (
        <p className={`decision-current decision-${debrief.decision.decision}`}>
          <strong>{DECISION_LABELS[debrief.decision.decision]}</strong>
          <span className="muted small">
            {' '}
            · {debrief.decision.decidedBy?.name ?? 'someone no longer here'}, <Time iso={debrief.decision.decidedAt} />
          </span>
        </p>
      ) : (
        <p className="muted">No decision yet.</p>
      )}
      {can('decision.write') && <DecisionForm candidateId={debrief.candidate.id} />}
      {debrief.decisionHistory.length > 0 && (
        <>
          <h3>History</h3>
          <ol className="decision-history">
            {debrief.decisionHistory.map((d) => (
              <li key={d.id}>
                <strong>{DECISION_LABELS[d.decision]}</strong>{' '}
                <span className="muted small">
                  {d.decidedBy?.name ?? 'someone no longer here'}, <Time iso={d.decidedAt} />
                </span>
                <p className="prewrap">{d.rationale}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function DecisionForm({ candidateId }: { candidateId: string }) {
  const record = useRecordDecision(candidateId);
  const [decision, setDecision] = useState<DecisionValue | ''>('');
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnErrors(formRef, errors);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The schema's own words ("give the reasons …") read as a sentence here without the label.
    const fields: Record<string, string> = {};
    if (!decision) fields.decision = 'Choose a decision.';
    if (!decisionInputSchema.shape.rationale.safeParse(rationale).success) fields.rationale = 'Give the reasons: 10 characters or more.';
    const checked: FormErrors = { fields };
    setErrors(checked);
    if (hasErrors(checked)) return;
    record.mutate(
      { decision: decision as DecisionValue, rationale },
      {
        onSuccess: () => {
          setRationale('');
          setDecision('');
        },
        onError: (error) => setErrors(describeFormError(error, LABELS)),
      },
    );
  };

  return (
    <form ref={formRef} className="form decision-form" onSubmit={submit} noValidate>
      <FormAlert message={errors.message} />
      <fieldset className="field">
        <legend className="field-label">Decision</legend>
        <div className="inline-row">
          {DECISIONS.map((d) => (
            <label key={d} className="radio-pill">
              <input
                type="radio"
                name="decision"
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
                aria-invalid={errors.fields.decision ? true : undefined}
                aria-describedby={errors.fields.decision ? 'decision-error' : undefined}
              />{' '}
              {DECISION_LABELS[d]}
            </label>
          ))}
        </div>
        {errors.fields.decision && (
          <p id="decision-error" className="field-error">
            {errors.fields.decision}
          </p>
        )}
      </fieldset>
      <div className={`field${errors.fields.rationale ? ' has-error' : ''}`}>
        <label className="field-label" htmlFor="decision-rationale">
          Rationale
        </label>
        <p id="rationale-hint" className="field-hint">
          The evidence the decision rests on, for the candidate’s record.
        </p>
        <textarea
          id="decision-rationale"
          className="input textarea"
          rows={4}
          maxLength={10_000}
          value={rationale}
          onChange={(e) => setRationale(e.target.value)}
          aria-invalid={errors.fields.rationale ? true : undefined}
          aria-describedby={errors.fields.rationale ? 'rationale-hint rationale-error' : 'rationale-hint'}
        />
        {errors.fields.rationale && (
          <p id="rationale-error" className="field-error">
            {errors.fields.rationale}
          </p>
        )}
      </div>
      <div>
        <button type="submit" className="button" disabled={record.isPending}>
          {record.isPending ? 'Recording…' : 'Record decision'}
        </button>
      </div>
    </form>
  );
}
