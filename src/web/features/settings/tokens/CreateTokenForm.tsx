import { useRef, useState, type FormEvent } from 'react';
import { createTokenBodySchema, type TokenScope } from '../../../../shared/auth.schema';
import { FormAlert, SelectField, TextField } from '../../../components/Field';
import { describeFormError, hasErrors, NO_ERRORS, validateFields, type FormErrors } from '../../../lib/form-errors';
import { useCan, useMe } from '../../../lib/session';
import { useFocusOnErrors } from '../../../lib/use-focus-on-errors';
import { useCreateToken, type CreatedToken } from '../api/create-token';
import { useMembers } from '../api/list-members';

const LABELS = { name: 'Name', scope: 'Access', userId: 'Acts as' };

export function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedToken) => void }) {
  const { data: me } = useMe();
  const can = useCan();
  const members = useMembers({ enabled: can('member.read') });
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [userId, setUserId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnErrors(formRef, errors);
  const others = (members.data ?? []).filter((m) => m.userId !== me?.user.id);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // An empty choice means "me": the server's default when userId is left out.
    const body = { name, scope, ...(userId ? { userId } : {}) };
    const checked = validateFields(createTokenBodySchema, body, LABELS);
    setErrors(checked);
    if (hasErrors(checked)) return;
    create.mutate(body, {
      onSuccess: (created) => {
        setName('');
        onCreated(created);
      },
      onError: (error) => setErrors(describeFormError(error, LABELS)),
    });
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert message={errors.message} />
      <div className="form-grid">
        <TextField label={LABELS.name} name="name" hint="What uses it, e.g. “CI export”." value={name} maxLength={80} onChange={(e) => setName(e.target.value)} error={errors.fields.name} />
        <SelectField label={LABELS.scope} name="scope" value={scope} onChange={(e) => setScope(e.target.value as TokenScope)} error={errors.fields.scope}>
          <option value="read">Read only</option>
          <option value="write">Read and write</option>
        </SelectField>
        <SelectField
          label={LABELS.userId}
          name="userId"
          hint={members.isError ? 'The member list could not be loaded; the token acts as you.' : 'It can do no more than this member’s role allows.'}
          value={userId}
          onChange={(e) => setUserId(e.target.value)}
          error={errors.fields.userId}
          disabled={members.isPending && members.fetchStatus !== 'idle'}
        >
          <option value="">You ({me?.user.name ?? 'yourself'})</option>
          {others.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name} ({m.role})
            </option>
          ))}
        </SelectField>
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create token'}
      </button>
    </form>
  );
}
