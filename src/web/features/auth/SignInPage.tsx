// Sign in with email and password, then go back to where the visitor was headed (`?next=`, only
// ever a path on this site).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { signInBodySchema } from '../../../shared/auth.schema';
import { FormAlert, TextField } from '../../components/Field';
import { describeFormError, hasErrors, NO_ERRORS, validateFields, type FormErrors } from '../../lib/form-errors';
import { safeNextPath } from '../../lib/next-path';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFocusOnErrors } from '../../lib/use-focus-on-errors';
import { AuthLayout } from './AuthLayout';
import { useSignIn } from './api/sign-in';

const LABELS = { email: 'Email', password: 'Password' };
const BY_CODE = { invalid_credentials: 'That email and password do not match. Check both and try again.' };

export function SignInPage() {
  useDocumentTitle('Sign in');
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const client = useQueryClient();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnErrors(formRef, errors);

  // Whatever is cached belongs to a session that has ended (signed out or expired): forget it.
  useEffect(() => client.clear(), [client]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateFields(signInBodySchema, { email, password }, LABELS);
    setErrors(checked);
    if (hasErrors(checked)) return;
    signIn.mutate(
      { email, password },
      {
        onSuccess: () => navigate(next, { replace: true }),
        onError: (error) => setErrors(describeFormError(error, LABELS, BY_CODE)),
      },
    );
  };

  return (
    <AuthLayout title="Sign in">
      {params.has('next') && <p className="muted">Sign in to continue.</p>}
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={errors.message} />
        <TextField label="Email" type="email" name="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.fields.email} autoFocus />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.fields.password}
        />
        <button type="submit" className="button button-block" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="muted small">No account? Ask a workspace owner or admin to invite you.</p>
    </AuthLayout>
  );
}
