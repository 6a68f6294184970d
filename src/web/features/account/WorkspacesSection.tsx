import { useRef, useState, type FormEvent } from 'react';
import { createWorkspaceBodySchema, type Me } from '../../../shared/auth.schema';
import { Badge } from '../../components/Badge';
import { FormAlert, TextField } from '../../components/Field';
import { describeFormError, hasErrors, NO_ERRORS, validateFields, type FormErrors } from '../../lib/form-errors';
import { useFocusOnErrors } from '../../lib/use-focus-on-errors';
import { useCreateWorkspace } from './api/create-workspace';
import { useSwitchWorkspace } from './api/switch-workspace';

export function WorkspacesSection({ me }: { me: Me }) {
  const switchWorkspace = useSwitchWorkspace();
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // The button pressed disappears (its workspace is now the current one): focus the outcome instead.
  const announce = (text: string) => {
    setNotice(text);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  return (
    <section className="panel" aria-labelledby="workspaces-h">
      <h2 id="workspaces-h">Your workspaces</h2>
      <p ref={noticeRef} className="notice" role="status" tabIndex={-1} hidden={!notice}>
        {notice}
      </p>
      {me.workspaces.length === 0 ? (
        <p>You are not in any workspace yet. Create one below, or ask an owner or admin to invite you.</p>
      ) : (
        <ul className="item-list">
          {me.workspaces.map((w) => {
            const current = w.id === me.workspace?.id;
            return (
              <li key={w.id} className="item">
                <div className="item-main">
                  <strong>{w.name}</strong> <Badge>{w.role}</Badge> {current && <Badge tone="green">Current</Badge>}
                </div>
                {!current && (
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    aria-label={`Switch to ${w.name}`}
                    disabled={switchWorkspace.isPending}
                    onClick={() => switchWorkspace.mutate(w.id, { onSuccess: (next) => announce(`You are now working in ${next.workspace?.name ?? w.name}.`) })}
                  >
                    {switchWorkspace.isPending && switchWorkspace.variables === w.id ? 'Switching…' : 'Switch'}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FormAlert message={switchWorkspace.isError ? switchWorkspace.error.message : undefined} />
      <CreateWorkspaceForm onCreated={(name) => announce(`Created ${name}. You are now working in it.`)} />
    </section>
  );
}

const LABELS = { name: 'New workspace name' };

function CreateWorkspaceForm({ onCreated }: { onCreated: (name: string) => void }) {
  const create = useCreateWorkspace();
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnErrors(formRef, errors);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateFields(createWorkspaceBodySchema, { name }, LABELS);
    setErrors(checked);
    if (hasErrors(checked)) return;
    create.mutate(name.trim(), {
      onSuccess: (me) => {
        setName('');
        onCreated(me.workspace?.name ?? name.trim());
      },
      onError: (error) => setErrors(describeFormError(error, LABELS)),
    });
  };

  return (
    <form ref={formRef} className="form form-inline" onSubmit={submit} noValidate aria-labelledby="create-ws-h">
      <h3 id="create-ws-h">Create a workspace</h3>
      <FormAlert message={errors.message} />
      <div className="inline-row">
        <TextField label={LABELS.name} name="name" value={name} onChange={(e) => setName(e.target.value)} error={errors.fields.name} maxLength={80} />
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create'}
        </button>
      </div>
      <p className="field-hint">You become its owner and switch to it.</p>
    </form>
  );
}
