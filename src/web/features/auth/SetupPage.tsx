// First run: the link `npm start` prints leads here to create the first owner and workspace.
import { Link, useSearchParams } from 'react-router';
import { EmptyState, ErrorState, Spinner } from '../../components/States';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuthLayout } from './AuthLayout';
import { SetupForm } from './SetupForm';
import { useSetupStatus } from './api/get-setup-status';

export function SetupPage() {
  useDocumentTitle('Set up Candor');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const status = useSetupStatus(token);

  return (
    <AuthLayout title="Set up Candor">
      {status.isPending ? (
        <Spinner label="Checking the setup link" />
      ) : status.isError ? (
        <ErrorState error={status.error} onRetry={() => status.refetch()} />
      ) : !status.data.needed ? (
        <SetupDone />
      ) : !status.data.tokenValid ? (
        <InvalidSetupLink missing={!token} />
      ) : (
        <SetupForm token={token} onUnavailable={() => status.refetch()} />
      )}
    </AuthLayout>
  );
}

function SetupDone() {
  return (
    <EmptyState
      title="Candor is already set up"
      action={
        <Link to="/sign-in" className="button">
          Go to sign in
        </Link>
      }
    >
      An owner account exists. Sign in, or ask an owner or admin to invite you.
    </EmptyState>
  );
}

function InvalidSetupLink({ missing }: { missing: boolean }) {
  return (
    <section className="state state-error" role="alert">
      <h2>{missing ? 'This page needs a setup link' : 'This setup link is invalid or has expired'}</h2>
      <p>
        Restart the server with <code>npm start</code>: it prints a fresh setup link while no account exists. Open that link in
        this browser.
      </p>
      <p>Or create the first owner from a terminal in the Candor folder:</p>
      <pre className="command">npx candor user create --email you@example.com --role owner</pre>
    </section>
  );
}
