import type { ApiToken } from '../../../../shared/auth.schema';
import { Badge } from '../../../components/Badge';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { EmptyState, ErrorState, SkeletonList } from '../../../components/States';
import { Time } from '../../../components/Time';
import { useTokens } from '../api/list-tokens';
import { useRevokeToken } from '../api/revoke-token';

export function TokenList() {
  const tokens = useTokens();
  const items = tokens.data ?? [];
  return (
    <section className="panel" aria-labelledby="tokens-h">
      <h2 id="tokens-h">Tokens</h2>
      {tokens.isPending ? (
        <SkeletonList rows={2} />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title="No API tokens yet">Create one above to use the API from scripts.</EmptyState>
      ) : (
        <div className="table-wrap" role="region" aria-label="Tokens table" tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Starts with</th>
                <th scope="col">Access</th>
                <th scope="col">Acts as</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Status and actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((t) => (
                <TokenRow key={t.id} token={t} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function TokenRow({ token: t }: { token: ApiToken }) {
  const revoke = useRevokeToken();
  return (
    <tr className={t.revokedAt ? 'is-revoked' : undefined}>
      <th scope="row">{t.name}</th>
      <td>
        <code>{t.prefix}…</code>
      </td>
      <td>
        <Badge tone={t.scope === 'write' ? 'amber' : 'neutral'}>{t.scope === 'write' ? 'read and write' : 'read only'}</Badge>
      </td>
      <td>{t.user.name}</td>
      <td>
        <Time iso={t.createdAt} />
      </td>
      <td>{t.lastUsedAt ? <Time iso={t.lastUsedAt} relative /> : <span className="muted">Never</span>}</td>
      <td>
        {t.revokedAt ? (
          <Badge tone="red">
            revoked <Time iso={t.revokedAt} relative />
          </Badge>
        ) : (
          <ConfirmAction
            label="Revoke"
            accessibleLabel={`Revoke ${t.name}`}
            question="Revoke? Requests with it fail from now on."
            confirmLabel="Revoke"
            pending={revoke.isPending}
            pendingLabel="Revoking…"
            onConfirm={() => revoke.mutate(t.id)}
          />
        )}
        {revoke.isError && (
          <p className="field-error" role="alert">
            {revoke.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}
