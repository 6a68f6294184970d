// Binds one autosave engine to the live screen for as long as it shows this interview to this
// person, and retries at once when the browser says it is back online.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ScorecardAutosave, type AutosaveState } from './scorecard-autosave';

const LOADING: AutosaveState = { status: 'loading', scorecard: null, hasPending: false, error: null, notice: null, storageFailed: false };

export function useScorecardAutosave(interviewId: string, userId: string | undefined, { enabled = true } = {}) {
  const [autosave, setAutosave] = useState<ScorecardAutosave | null>(null);

  useEffect(() => {
    if (!enabled || !userId) return;
    const engine = new ScorecardAutosave({ interviewId, userId });
    setAutosave(engine);
    void engine.start();
    const online = () => engine.retryNow();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      engine.dispose();
    };
  }, [interviewId, userId, enabled]);

  const state = useSyncExternalStore(
    (listener) => autosave?.subscribe(listener) ?? (() => {}),
    () => autosave?.getState() ?? LOADING,
  );
  return { autosave, state };
}
