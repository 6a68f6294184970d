// The current workspace; with several, a menu to switch. Switching resets every cached query, so no
// page shows the previous workspace's data.
import type { Me } from '../../shared/auth.schema';
import { Disclosure } from '../components/Disclosure';
import { useSwitchWorkspace } from '../features/account/api/switch-workspace';
import { Link } from 'react-router';

export function WorkspaceSwitcher({ me }: { me: Me }) {
  const switchWorkspace = useSwitchWorkspace();
  const current = me.workspace;
  if (!current) {
    return (
      <Link to="/account" className="workspace-name muted">
        No workspace
      </Link>
    );
  }
  if (me.workspaces.length < 2) return <span className="workspace-name">{current.name}</span>;
  return (
    <Disclosure
      className="workspace-switcher"
      accessibleLabel={`Workspace: ${current.name}. Switch workspace`}
      label={<span className="workspace-name">{current.name}</span>}
    >
      {(close) => (
        <div className="menu-panel">
          <p className="menu-heading muted small">Switch workspace</p>
          <ul className="menu-list">
            {me.workspaces.map((w) => (
              <li key={w.id}>
                <button
                  type="button"
                  className="menu-item"
                  aria-current={w.id === current.id ? 'true' : undefined}
                  disabled={switchWorkspace.isPending}
                  onClick={() => {
                    if (w.id === current.id) return close();
                    switchWorkspace.mutate(w.id, { onSuccess: close });
                  }}
                >
                  <span>{w.name}</span>
                  <span className="muted small">{w.id === current.id ? `${w.role} · current` : w.role}</span>
                </button>
              </li>
            ))}
          </ul>
          {switchWorkspace.isError && (
            <p className="field-error" role="alert">
              {switchWorkspace.error.message}
            </p>
          )}
          <Link to="/account" className="menu-item" onClick={close}>
            Manage workspaces
          </Link>
        </div>
      )}
    </Disclosure>
  );
}
