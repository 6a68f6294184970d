// One member: their role can be changed (chosen, then saved: a select that saved on every change
// would send a request per arrow key) and they can be removed after confirming.
import { useEffect, useId, useState } from 'react';
import type { Member, Role } from '../../../../shared/auth.schema';
import { Badge } from '../../../components/Badge';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { Time } from '../../../components/Time';
import { useRemoveMember } from '../api/remove-member';
import { useUpdateMemberRole } from '../api/update-member-role';
import { ROLE_OPTIONS } from './role-labels';

export function MemberRow({ member, isYou }: { member: Member; isYou: boolean }) {
  const update = useUpdateMemberRole();
  const remove = useRemoveMember();
  const [role, setRole] = useState<Role>(member.role);
  const selectId = useId();
  useEffect(() => setRole(member.role), [member.role]);
  const dirty = role !== member.role;
  const error = update.error ?? remove.error;

  const save = () => {
    remove.reset();
    update.mutate({ id: member.id, role });
  };

  return (
    <tr>
      <th scope="row">
        {member.name} {isYou && <Badge tone="blue">you</Badge>}
      </th>
      <td>{member.email}</td>
      <td>
        <label htmlFor={selectId} className="visually-hidden">
          Role of {member.name}
        </label>
        <div className="role-cell">
          <select
            id={selectId}
            className="input input-compact"
            value={role}
            disabled={update.isPending}
            onChange={(e) => {
              update.reset();
              setRole(e.target.value as Role);
            }}
          >
            {ROLE_OPTIONS.map((o) => (
              <option key={o.role} value={o.role} title={o.description}>
                {o.role}
              </option>
            ))}
          </select>
          {dirty && (
            <>
              <button type="button" className="button button-small" disabled={update.isPending} onClick={save}>
                {update.isPending ? 'Saving…' : 'Save'}
              </button>
              <button type="button" className="button button-small button-secondary" disabled={update.isPending} onClick={() => (update.reset(), setRole(member.role))}>
                Cancel
              </button>
            </>
          )}
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )}
      </td>
      <td>
        <Time iso={member.createdAt} />
      </td>
      <td>
        <ConfirmAction
          label="Remove"
          accessibleLabel={`Remove ${member.name}`}
          question={isYou ? 'Remove yourself? You lose access to this workspace.' : `Remove ${member.name}?`}
          confirmLabel="Remove"
          pending={remove.isPending}
          pendingLabel="Removing…"
          onConfirm={() => {
            update.reset();
            remove.mutate(member.id);
          }}
        />
      </td>
    </tr>
  );
}
