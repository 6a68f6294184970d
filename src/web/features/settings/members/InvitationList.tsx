import type { Invitation } from '../../../../shared/auth.schema';
import { Badge } from '../../../components/Badge';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState, ErrorState, SkeletonList } from '../../../components/States';
import { Time } from '../../../components/Time';
import { useCancelInvitation } from '../api/cancel-invitation';
import { useInvitations } from '../api/list-invitations';

const STATUS_TONE = { pending: 'amber', accepted: 'green', canceled: 'neutral', expired: 'neutral' } as const;

export function InvitationList() {
  const invitations = useInvitations();
  const items = invitations.data ?? [];
  return (
    <section className="panel" aria-labelledby="invitations-h">
      <h2 id="invitations-h">Invitations</h2>
      {invitations.isPending ? (
        <SkeletonList rows={2} />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => invitations.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title="No invitations">Invitations you create appear here until they are used or expire.</EmptyState>
      ) : (
        <ul className="item-list">
          {items.map((inv) => (
            <InvitationItem key={inv.id} invitation={inv} />
          ))}
        </ul>
      )}
    </section>
  );
}

function InvitationItem({ invitation: inv }: { invitation: Invitation }) {
  const cancel = useCancelInvitation();
  return (
    <li className="item">
      <div className="item-main">
        <strong className="cell-wrap">{inv.email}</strong> <Badge tone="blue">{inv.role}</Badge> <Badge tone={STATUS_TONE[inv.status]}>{inv.status}</Badge>
        <p className="item-meta muted small">
          Invited by {inv.invitedBy} <Time iso={inv.createdAt} relative />
          {inv.status === 'pending' && (
            <>
              {' '}
              · expires <Time iso={inv.expiresAt} relative />
            </>
          )}
        </p>
        {cancel.isError && (
          <p className="field-error" role="alert">
            {cancel.error.message}
          </p>
        )}
      </div>
      {inv.status === 'pending' && (
        <ConfirmAction
          label="Cancel"
          accessibleLabel={`Cancel the invitation for ${inv.email}`}
          question="Cancel this invitation? Its link stops working."
          confirmLabel="Cancel invitation"
          keepLabel="Keep it"
          pending={cancel.isPending}
          pendingLabel="Canceling…"
          onConfirm={() => cancel.mutate(inv.id)}
        />
      )}
    </li>
  );
}
