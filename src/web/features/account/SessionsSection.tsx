import { useNavigate } from 'react-router';
import type { SessionItem } from '../../../shared/auth.schema';
import { Badge } from '../../components/Badge';
import { ConfirmAction } from '../../components/ConfirmAction';
import { FormAlert } from '../../components/Field';
import { EmptyState, ErrorState, SkeletonList } from '../../components/States';
import { Time } from '../../components/Time';
import { useSessions } from './api/list-sessions';
import { useRevokeOtherSessions, useRevokeSession } from './api/revoke-session';
import { describeUserAgent } from './describe-user-agent';

export function SessionsSection() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const navigate = useNavigate();
  const items = sessions.data ?? [];
  const others = items.filter((s) => !s.current);

  const onRevoke = (session: SessionItem) =>
    revoke.mutate(session.id, {
      // This browser's session is gone: the sign-in page forgets the cached data.
      onSuccess: () => session.current && navigate('/sign-in', { replace: true }),
    });

  return (
    <section className="panel" aria-labelledby="sessions-h">
      <h2 id="sessions-h">Where you are signed in</h2>
      {sessions.isPending ? (
        <SkeletonList rows={2} />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title="No sessions">Signed-in devices appear here.</EmptyState>
      ) : (
        <ul className="item-list">
          {items.map((s) => (
            <li key={s.id} className="item">
              <div className="item-main">
                <strong>{describeUserAgent(s.userAgent)}</strong> {s.current && <Badge tone="green">This browser</Badge>}
                <p className="item-meta muted small">
                  {s.ipAddress ?? 'Unknown address'} · signed in <Time iso={s.createdAt} /> · last active <Time iso={s.lastActiveAt} relative />
                </p>
                {s.userAgent && <p className="item-detail muted small">{s.userAgent}</p>}
              </div>
              <ConfirmAction
                label={s.current ? 'Sign out' : 'Revoke'}
                accessibleLabel={s.current ? 'Sign out of this browser' : `Revoke ${describeUserAgent(s.userAgent)} session`}
                question={s.current ? 'Sign out of this browser?' : 'Sign this device out?'}
                confirmLabel={s.current ? 'Sign out' : 'Revoke'}
                pending={revoke.isPending && revoke.variables === s.id}
                pendingLabel="Revoking…"
                onConfirm={() => onRevoke(s)}
              />
            </li>
          ))}
        </ul>
      )}
      <FormAlert message={revoke.isError ? revoke.error.message : revokeOthers.isError ? revokeOthers.error.message : undefined} />
      {others.length > 0 && (
        <div className="section-actions">
          <ConfirmAction
            label="Sign out everywhere else"
            question={`Sign out ${others.length} other session${others.length === 1 ? '' : 's'}?`}
            confirmLabel="Sign them out"
            pending={revokeOthers.isPending}
            pendingLabel="Signing out…"
            onConfirm={() => revokeOthers.mutate(items)}
          />
        </div>
      )}
    </section>
  );
}
