import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { acceptInvitationBodySchema, type invitationPreviewSchema } from '../../../shared/auth.schema';
import { FormAlert, TextField } from '../../components/Field';
import { describeFormError, hasErrors, NO_ERRORS, validateFields, type FormErrors } from '../../lib/form-errors';
import { useFocusOnErrors } from '../../lib/use-focus-on-errors';
import { useAcceptInvitation } from './api/accept-invitation';

type Preview = z.output<typeof invitationPreviewSchema>;

const LABELS = { name: 'Your name', password: 'Password', confirm: 'Confirm password' };
const BY_CODE = {
  invalid_credentials: 'That is not the password of this account. Use the password you sign in with.',
  invitation_expired: 'This invitation expired or was used meanwhile. Ask for a new one.',
};

export function JoinForm({ token, invitation }: { token: string; invitation: Preview }) {
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnErrors(formRef, errors);
  const existing = invitation.hasAccount;

  const check = (): FormErrors => {
    // An existing account's password is checked by the server only: it may predate today's rules.
    if (existing) return { fields: password ? {} : { password: `${LABELS.password} is required` } };
    const checked = validateFields(acceptInvitationBodySchema.required({ name: true }), { name, password }, LABELS);
    if (!checked.fields.password && !checked.fields.confirm && confirm !== password) checked.fields.confirm = 'The two passwords are not the same.';
    return checked;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = check();
    setErrors(checked);
    if (hasErrors(checked)) return;
    accept.mutate(existing ? { password } : { name, password }, {
      onSuccess: () => navigate('/', { replace: true }),
      onError: (error) => setErrors(describeFormError(error, LABELS, BY_CODE)),
    });
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      {existing ? (
        <p>
          You already have a Candor account as <strong>{invitation.email}</strong>. Enter its password to join.
        </p>
      ) : (
        <p>Create your account to join.</p>
      )}
      <FormAlert message={errors.message} />
      <input type="email" name="email" value={invitation.email} autoComplete="username" readOnly hidden />
      {!existing && <TextField label={LABELS.name} name="name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.fields.name} autoFocus />}
      <TextField
        label={LABELS.password}
        type="password"
        name="password"
        autoComplete={existing ? 'current-password' : 'new-password'}
        hint={existing ? undefined : 'At least 10 characters.'}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.fields.password}
        autoFocus={existing}
      />
      {!existing && (
        <TextField label={LABELS.confirm} type="password" name="confirm" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={errors.fields.confirm} />
      )}
      <button type="submit" className="button button-block" disabled={accept.isPending}>
        {accept.isPending ? 'Joining…' : `Join ${invitation.workspaceName}`}
      </button>
    </form>
  );
}
