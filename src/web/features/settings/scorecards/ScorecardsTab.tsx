// Settings → Scorecards: the independence rule. By default nobody sees another interviewer's
// scorecard for a candidate before submitting their own; a workspace may relax that.
import { ErrorState, Spinner } from '../../../components/States';
import { useUpdateWorkspaceSettings, useWorkspaceSettings } from '../api/workspace-settings';

export function ScorecardsTab() {
  const settings = useWorkspaceSettings();
  const update = useUpdateWorkspaceSettings();
  const on = settings.data?.showScorecardsBeforeSubmit ?? false;

  return (
    <section className="panel" aria-labelledby="scorecards-h">
      <h2 id="scorecards-h">Scorecards</h2>
      {settings.isPending ? (
        <Spinner label="Loading the workspace settings" />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
      ) : (
        <>
          <div className="switch-row">
            <input
              id="show-before-submit"
              type="checkbox"
              role="switch"
              className="switch"
              checked={on}
              disabled={update.isPending}
              aria-describedby="show-before-submit-hint"
              onChange={(e) => update.mutate({ showScorecardsBeforeSubmit: e.target.checked })}
            />
            <label htmlFor="show-before-submit" className="field-label">
              Show other interviewers’ scorecards before submitting one’s own
            </label>
          </div>
          <p id="show-before-submit-hint" className="field-hint">
            Off (recommended): each interviewer scores independently and sees colleagues’ scores, notes and recommendations for a candidate only after submitting their
            own. Seeing them first anchors people to the first opinion they read and makes the panel less accurate than its members.
          </p>
          <p className="small" role="status">
            {update.isPending ? 'Saving…' : update.isSuccess ? (on ? 'Saved: scorecards are visible before submitting.' : 'Saved: interviewers rate independently.') : ''}
          </p>
          {update.isError && (
            <p className="field-error" role="alert">
              {update.error.message}
            </p>
          )}
        </>
      )}
    </section>
  );
}
