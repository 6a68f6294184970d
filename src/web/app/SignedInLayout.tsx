// Every page behind sign-in: /me loads first (who, which workspace, what they may do), then the
// header and the page. A 401 here is handled by useSessionGuard.
import { Link, Outlet, useLocation } from 'react-router';
import { EmptyState, PageError, PageLoading } from '../components/States';
import { isUnauthenticated } from '../lib/api-client';
import { useMe } from '../lib/session';
import { SiteHeader } from './SiteHeader';

export function SignedInLayout() {
  const me = useMe();
  const { pathname } = useLocation();

  if (me.isPending || (me.isError && isUnauthenticated(me.error))) {
    return <PageLoading label={me.isError ? 'Your session has ended. Opening the sign-in page' : 'Loading'} />;
  }
  if (me.isError) {
    return <PageError error={me.error} onRetry={() => me.refetch()} />;
  }
  // Without a workspace nothing but the account page (where one is created) can work.
  const homeless = !me.data.workspace && pathname !== '/account';
  return (
    <>
      <SiteHeader me={me.data} />
      {homeless ? (
        <main id="main" className="page">
          <EmptyState
            title="You are not in a workspace"
            action={
              <Link to="/account" className="button">
                Create a workspace
              </Link>
            }
          >
            Create your own, or ask an owner or admin of an existing one to invite you.
          </EmptyState>
        </main>
      ) : (
        <Outlet />
      )}
    </>
  );
}
