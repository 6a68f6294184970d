// Where the scorecard's changes are: on their way, on the server, or only on this device.
import type { AutosaveState } from '../autosave/scorecard-autosave';

const TEXT: Record<AutosaveState['status'], string> = {
  loading: 'Loading…',
  'load-failed': 'Not loaded',
  idle: 'Up to date',
  saving: 'Saving…',
  saved: 'Saved',
  offline: 'Offline — kept on this device',
  error: 'Not saved',
};

export function SaveStatus({ state, onRetry }: { state: AutosaveState; onRetry: () => void }) {
  const problem = state.status === 'offline' || state.status === 'error';
  return (
    <div className={`save-status is-${state.status}`}>
      {/* Polite and atomic: "Saved" is announced once per change, not per keystroke. */}
      <span role="status" aria-live="polite" aria-atomic="true">
        <span className="save-dot" aria-hidden="true" />
        {TEXT[state.status]}
        {state.status === 'error' && state.error instanceof Error ? `: ${state.error.message}` : ''}
      </span>
      {problem && (
        <button type="button" className="button button-small button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
      {state.storageFailed && <span className="small field-error">This browser does not let Candor keep changes on the device; they are saved only when the server answers.</span>}
    </div>
  );
}
