// Invite someone by email with a role. The link is shown once, with a copy button, because the
// server keeps only its hash; it also says whether the link went out by email.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createInvitationBodySchema, type Role } from '../../../../shared/auth.schema';
import { CopyField } from '../../../components/CopyField';
import { FormAlert, SelectField, TextField } from '../../../components/Field';
import { describeFormError, hasErrors, NO_ERRORS, validateFields, type FormErrors } from '../../../lib/form-errors';
import { useFocusOnErrors } from '../../../lib/use-focus-on-errors';
import { useCreateInvitation, type CreatedInvitation } from '../api/create-invitation';
import { ROLE_OPTIONS } from './role-labels';

const LABELS = { email: 'Email', role: 'Role' };

export function InviteForm() {
  const create = useCreateInvitation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('interviewer');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  useFocusOnErrors(formRef, errors);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateFields(createInvitationBodySchema, { email, role }, LABELS);
    setErrors(checked);
    if (hasErrors(checked)) return;
    create.mutate(
      { email, role },
      {
        onSuccess: () => setEmail(''),
        onError: (error) => setErrors(describeFormError(error, LABELS)),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="invite-h">
      <h2 id="invite-h">Invite someone</h2>
      {create.data ? (
        <InvitationCreated
          created={create.data}
          onAnother={() => {
            create.reset();
            requestAnimationFrame(() => emailRef.current?.focus());
          }}
        />
      ) : (
        <form ref={formRef} className="form" onSubmit={submit} noValidate>
          <FormAlert message={errors.message} />
          <div className="form-grid">
            <TextField ref={emailRef} label={LABELS.email} type="email" name="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields.email} />
            <SelectField label={LABELS.role} name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} error={errors.fields.role}>
              {ROLE_OPTIONS.map((o) => (
                <option key={o.role} value={o.role}>
                  {o.description}
                </option>
              ))}
            </SelectField>
          </div>
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Creating the invitation…' : 'Create invitation'}
          </button>
        </form>
      )}
    </section>
  );
}

function InvitationCreated({ created, onAnother }: { created: CreatedInvitation; onAnother: () => void }) {
  const linkRef = useRef<HTMLInputElement>(null);
  useEffect(() => linkRef.current?.focus(), []);
  const { invitation } = created;
  return (
    <div className="one-time">
      <p>
        <strong>Invitation created</strong> for {invitation.email} as {invitation.role}.{' '}
        {created.emailed ? 'We emailed them the link.' : 'Email is not set up, so send them this link yourself.'}
      </p>
      <CopyField ref={linkRef} label="Invitation link" value={created.link} hint="Shown only now: Candor keeps no copy. It works once." />
      <button type="button" className="button button-secondary" onClick={onAnother}>
        Invite someone else
      </button>
    </div>
  );
}
