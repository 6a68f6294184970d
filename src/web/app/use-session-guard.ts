// Reacts to what API errors say about the session while the app is open:
// - 401: it ended (expired, revoked elsewhere, signed out in another tab). Go to the sign-in page
//   and come back here afterwards. The public pages expect 401s and are left alone; the server
//   redirects full page loads itself.
// - 403: the role may have changed since /me was read. Read it again, so the header and pages
//   stop offering what is no longer allowed.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ApiError, isUnauthenticated } from '../lib/api-client';
import { isPublicPath, signInPath } from '../lib/next-path';
import { ME_KEY } from '../lib/session';

export function useSessionGuard() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef(location);
  here.current = location;

  useEffect(() => {
    const onError = (error: unknown) => {
      if (error instanceof ApiError && error.status === 403) {
        void client.invalidateQueries({ queryKey: ME_KEY });
        return;
      }
      if (!isUnauthenticated(error)) return;
      const { pathname, search, hash } = here.current;
      // The address bar is checked too: right after a navigation to a public page it is ahead of
      // the router's last render (e.g. a request failing just after "Sign out" was pressed).
      if (isPublicPath(pathname) || isPublicPath(window.location.pathname)) return;
      navigate(signInPath(pathname + search + hash), { replace: true });
    };
    const unsubscribeQueries = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    const unsubscribeMutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [client, navigate]);
}
