// The candidate's own fields, for adding one and for editing: checked with the API's schema before
// sending, and the server's field errors shown beside their fields.
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { createCandidateSchema } from '../../../shared/candidate.schema';
import { FormAlert, TextField } from '../../components/Field';
import { hasErrors, validateFields, type FormErrors } from '../../lib/form-errors';
import { useFocusOnErrors } from '../../lib/use-focus-on-errors';

export interface CandidateFormValues {
  name: string;
  email: string;
  roleApplied: string;
  notes: string;
}

export const CANDIDATE_LABELS = { name: 'Name', email: 'Email', roleApplied: 'Role applied for', notes: 'Notes' };

interface Props {
  initial: CandidateFormValues;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Errors from the last attempt to save (the server's, or a conflict). */
  errors: FormErrors;
  /** Shown above the fields when saving failed for a reason of its own (a conflict, with a way out). */
  alert?: ReactNode;
  onSubmit: (values: CandidateFormValues) => void;
  onCancel?: () => void;
}

export function CandidateForm({ initial, submitLabel, pendingLabel, pending, errors: serverErrors, alert, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState<FormErrors>({ fields: {} });
  const formRef = useRef<HTMLFormElement>(null);
  const errors: FormErrors = { fields: { ...serverErrors.fields, ...checked.fields }, message: serverErrors.message };
  useFocusOnErrors(formRef, checked);
  useFocusOnErrors(formRef, serverErrors);
  const set = (field: keyof CandidateFormValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { fields } = validateFields(createCandidateSchema, { ...values }, CANDIDATE_LABELS);
    // validateFields calls every empty labelled field required; only the name is: the rest may be unknown yet.
    const problems = Object.fromEntries(Object.entries(fields).filter(([name]) => name === 'name' || values[name as keyof CandidateFormValues].trim() !== ''));
    setChecked({ fields: problems });
    if (!hasErrors({ fields: problems })) onSubmit(values);
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      {alert ?? <FormAlert message={errors.message} />}
      <div className="form-grid">
        <TextField label={CANDIDATE_LABELS.name} name="name" autoComplete="off" value={values.name} maxLength={200} onChange={set('name')} error={errors.fields.name} />
        <TextField label={CANDIDATE_LABELS.email} name="email" type="email" autoComplete="off" value={values.email} maxLength={320} onChange={set('email')} error={errors.fields.email} />
        <TextField label={CANDIDATE_LABELS.roleApplied} name="roleApplied" value={values.roleApplied} maxLength={200} onChange={set('roleApplied')} error={errors.fields.roleApplied} />
      </div>
      <div className={`field${errors.fields.notes ? ' has-error' : ''}`}>
        <label htmlFor="candidate-notes" className="field-label">
          {CANDIDATE_LABELS.notes}
        </label>
        <p id="candidate-notes-hint" className="field-hint">
          For the hiring team: where they came from, what to ask about. Plain text.
        </p>
        <textarea
          id="candidate-notes"
          name="notes"
          className="input"
          rows={5}
          maxLength={20_000}
          value={values.notes}
          onChange={set('notes')}
          aria-invalid={errors.fields.notes ? true : undefined}
          aria-describedby={`candidate-notes-hint${errors.fields.notes ? ' candidate-notes-error' : ''}`}
        />
        {errors.fields.notes && (
          <p id="candidate-notes-error" className="field-error">
            {errors.fields.notes}
          </p>
        )}
      </div>
      <div className="page-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
