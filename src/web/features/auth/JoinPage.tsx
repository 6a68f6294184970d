// Accept an invitation: see which workspace and role it is for, then join with a new account or,
// when the email already has one, with that account's password.
import { Link, useParams } from 'react-router';
import { Badge } from '../../components/Badge';
import { ErrorState, Spinner } from '../../components/States';
import { Time } from '../../components/Time';
import { ApiError } from '../../lib/api-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuthLayout } from './AuthLayout';
import { JoinForm } from './JoinForm';
import { useInvitationPreview } from './api/get-invitation';

export function JoinPage() {
  useDocumentTitle('Join a workspace');
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);

  if (preview.isPending) {
    return (
      <AuthLayout title="Join a workspace">
        <Spinner label="Opening the invitation" />
      </AuthLayout>
    );
  }
  if (preview.isError) {
    return (
      <AuthLayout title="Join a workspace">
        <InvitationUnavailable error={preview.error} onRetry={() => preview.refetch()} />
      </AuthLayout>
    );
  }
  const invitation = preview.data;
  return (
    <AuthLayout title={`Join ${invitation.workspaceName}`}>
      <dl className="facts">
        <div>
          <dt>Workspace</dt>
          <dd>{invitation.workspaceName}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>
            <Badge tone="blue">{invitation.role}</Badge>
          </dd>
        </div>
        <div>
          <dt>Link expires</dt>
          <dd>
            <Time iso={invitation.expiresAt} relative />
          </dd>
        </div>
      </dl>
      <JoinForm token={token} invitation={invitation} />
    </AuthLayout>
  );
}

function InvitationUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const code = error instanceof ApiError ? error.code : undefined;
  if (code !== 'not_found' && code !== 'invitation_expired') return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <section className="state state-error" role="alert">
      <h2>{code === 'not_found' ? 'This invitation link is not valid' : 'This invitation can no longer be used'}</h2>
      <p>
        {code === 'not_found'
          ? 'Check that the whole link was copied.'
          : 'It has expired, was already used, or was canceled.'}{' '}
        Ask whoever invited you to send a new invitation.
      </p>
      <p>
        Already a member? <Link to="/sign-in">Sign in</Link>
      </p>
    </section>
  );
}
