import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { setupBodySchema } from '../../../shared/auth.schema';
import { FormAlert, TextField } from '../../components/Field';
import { ApiError } from '../../lib/api-client';
import { describeFormError, hasErrors, NO_ERRORS, validateFields, type FormErrors } from '../../lib/form-errors';
import { useFocusOnErrors } from '../../lib/use-focus-on-errors';
import { useCompleteSetup } from './api/complete-setup';

const LABELS = { name: 'Your name', email: 'Email', password: 'Password', workspaceName: 'Workspace name' };

export function SetupForm({ token, onUnavailable }: { token: string; onUnavailable: () => void }) {
  const navigate = useNavigate();
  const setup = useCompleteSetup();
  const [values, setValues] = useState({ name: '', email: '', password: '', workspaceName: '' });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnErrors(formRef, errors);
  const bind = (name: keyof typeof values) => ({
    name,
    value: values[name],
    error: errors.fields[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { token, ...values };
    const checked = validateFields(setupBodySchema, body, LABELS);
    setErrors(checked);
    if (hasErrors(checked)) return;
    setup.mutate(body, {
      onSuccess: () => navigate('/', { replace: true }),
      onError: (error) => {
        // Someone finished setup first, or the link expired meanwhile: the page explains which.
        setErrors(describeFormError(error, LABELS));
        if (error instanceof ApiError && error.code === 'setup_unavailable') onUnavailable();
      },
    });
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <p className="muted">Create the owner account and the first workspace. You can invite your team afterwards.</p>
      <FormAlert message={errors.message} />
      <TextField label={LABELS.name} autoComplete="name" {...bind('name')} autoFocus />
      <TextField label={LABELS.email} type="email" autoComplete="username" {...bind('email')} />
      <TextField label={LABELS.password} type="password" autoComplete="new-password" hint="At least 10 characters." {...bind('password')} />
      <TextField label={LABELS.workspaceName} hint="Your team or company, e.g. “Acme engineering”." autoComplete="organization" {...bind('workspaceName')} />
      <button type="submit" className="button button-block" disabled={setup.isPending}>
        {setup.isPending ? 'Setting up…' : 'Create account and workspace'}
      </button>
    </form>
  );
}
