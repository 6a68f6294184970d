// The signed-in header: the workspace (a switcher when there are several), links to what the role
// may use, and the account menu.
import { Link, NavLink, useNavigate } from 'react-router';
import type { Me } from '../../shared/auth.schema';
import { Disclosure } from '../components/Disclosure';
import { useSignOut } from '../features/account/api/sign-out';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

export function SiteHeader({ me }: { me: Me }) {
  const can = (action: Me['permissions'][number]) => me.permissions.includes(action);
  const settings = can('member.manage') || can('token.manage') || can('audit.read') || can('settings.manage');
  const interviews = can('interview.conduct') || can('interview.schedule') || can('candidate.read');
  const questions = can('question.read') || can('question.practice');

  return (
    <header className="site-header">
      <Link to="/" className="brand" aria-label="Candor home">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">Candor</span>
      </Link>
      <WorkspaceSwitcher me={me} />
      <nav aria-label="Main" className="main-nav">
        {questions && (
          <NavLink to={can('question.read') ? '/' : '/questions'} end>
            {can('question.read') ? 'Question bank' : 'Questions'}
          </NavLink>
        )}
        {can('practice.answer') && <NavLink to="/practice">Practice</NavLink>}
        {can('kit.read') && <NavLink to="/kits">Kits</NavLink>}
        {can('candidate.read') && <NavLink to="/candidates">Candidates</NavLink>}
        {interviews && <NavLink to="/interviews">Interviews</NavLink>}
        {can('analytics.read') && <NavLink to="/calibration">Calibration</NavLink>}
        {can('pack.import') && <NavLink to="/import">Import</NavLink>}
        {settings && <NavLink to="/settings">Settings</NavLink>}
        <a href="/api/docs/">API</a>
      </nav>
      <UserMenu me={me} />
    </header>
  );
}

function UserMenu({ me }: { me: Me }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const initial = me.user.name.trim().charAt(0).toUpperCase() || '?';
  return (
    <Disclosure
      className="user-menu"
      accessibleLabel={`Account menu for ${me.user.name}`}
      label={
        <span className="avatar" aria-hidden="true">
          {initial}
        </span>
      }
    >
      {(close) => (
        <div className="menu-panel">
          <p className="menu-who">
            <strong>{me.user.name}</strong>
            <span className="muted small">{me.user.email}</span>
          </p>
          <Link to="/account" className="menu-item" onClick={close}>
            Your account
          </Link>
          <button
            type="button"
            className="menu-item"
            disabled={signOut.isPending}
            // The sign-in page forgets everything cached when it opens.
            onClick={() => signOut.mutate(undefined, { onSuccess: () => navigate('/sign-in', { replace: true }) })}
          >
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </button>
          {signOut.isError && (
            <p className="field-error" role="alert">
              {signOut.error.message}
            </p>
          )}
        </div>
      )}
    </Disclosure>
  );
}
