// Your account: who you are signed in as, your workspaces (switch or create one) and the devices
// where you are signed in (revoke any of them).
import { useMe } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { SessionsSection } from './SessionsSection';
import { WorkspacesSection } from './WorkspacesSection';

export function AccountPage() {
  useDocumentTitle('Your account');
  const { data: me } = useMe();
  return (
    <main id="main" className="page narrow">
      <h1>Your account</h1>
      {me && (
        <p className="lead">
          Signed in as <strong>{me.user.name}</strong> ({me.user.email}).
        </p>
      )}
      {me && <WorkspacesSection me={me} />}
      <SessionsSection />
    </main>
  );
}
