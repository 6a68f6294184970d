import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Action } from '../../shared/auth.schema';
import { EmptyState } from '../components/States';
import { useCan } from '../lib/session';

/** A page only some roles may open: anyone else reads why instead of a failing request. */
export function RequirePermission({ anyOf, children }: { anyOf: Action[]; children: ReactNode }) {
  const can = useCan();
  if (anyOf.some(can)) return children;
  return (
    <main id="main" className="page">
      <EmptyState title="Your role cannot open this page" action={<Link to="/">Go to the questions</Link>}>
        An owner or admin of this workspace can change your role.
      </EmptyState>
    </main>
  );
}
