// Workspace settings: one tab per thing the current role may manage. Tabs are links (each has its
// own address, so the back button and bookmarks work), marked with aria-current.
import type { ReactElement } from 'react';
import { Navigate, NavLink, Route, Routes } from 'react-router';
import type { Action } from '../../../shared/auth.schema';
import { EmptyState } from '../../components/States';
import { useCan, useMe } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuditTab } from './audit/AuditTab';
import { MembersTab } from './members/MembersTab';
import { ScorecardsTab } from './scorecards/ScorecardsTab';
import { TokensTab } from './tokens/TokensTab';

const TABS: { path: string; label: string; action: Action; element: ReactElement }[] = [
  { path: 'members', label: 'Members', action: 'member.manage', element: <MembersTab /> },
  { path: 'tokens', label: 'API tokens', action: 'token.manage', element: <TokensTab /> },
  { path: 'audit', label: 'Audit log', action: 'audit.read', element: <AuditTab /> },
  { path: 'scorecards', label: 'Scorecards', action: 'settings.manage', element: <ScorecardsTab /> },
];

export function SettingsPage() {
  useDocumentTitle('Settings');
  const can = useCan();
  const { data: me } = useMe();
  const tabs = TABS.filter((t) => can(t.action));
  const first = tabs[0];

  return (
    <main id="main" className="page">
      <h1>Settings{me?.workspace ? <span className="muted"> · {me.workspace.name}</span> : null}</h1>
      {!first ? (
        <NoAccess />
      ) : (
        <>
          <nav className="tabs" aria-label="Settings sections">
            {tabs.map((t) => (
              <NavLink key={t.path} to={`/settings/${t.path}`} className="tab">
                {t.label}
              </NavLink>
            ))}
          </nav>
          <Routes>
            <Route index element={<Navigate to={`/settings/${first.path}`} replace />} />
            {TABS.map((t) => (
              <Route key={t.path} path={t.path} element={can(t.action) ? t.element : <NoAccess />} />
            ))}
            <Route path="*" element={<Navigate to={`/settings/${first.path}`} replace />} />
          </Routes>
        </>
      )}
    </main>
  );
}

function NoAccess() {
  return <EmptyState title="You cannot change settings here">Your role in this workspace does not include this. An owner or admin can change your role.</EmptyState>;
}
