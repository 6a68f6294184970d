// Submitting: first every pending change must be on the server, then one POST with an
// Idempotency-Key made once per attempt and reused when the attempt is retried after a failure
// that may not have reached the server, so a lost answer can never submit twice. A refusal the
// server did answer (incomplete, already submitted) ends the attempt: the next one gets a new key.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { submitMyScorecard } from '../api/scorecard-api';
import { INTERVIEWS_KEY } from '../api/list-interviews';
import { isTransient, type ScorecardAutosave } from '../autosave/scorecard-autosave';

/** crypto.randomUUID needs a secure context; plain http on a LAN address has only getRandomValues. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function useSubmitScorecard(interviewId: string, autosave: ScorecardAutosave | null) {
  const client = useQueryClient();
  const key = useRef<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    if (!autosave || pending) return;
    setPending(true);
    setError(null);
    try {
      if (!(await autosave.flush()))
        throw new Error('Your latest changes have not reached the server yet. They are kept on this device; submit again once the status says Saved.');
      key.current ??= newIdempotencyKey();
      const scorecard = await submitMyScorecard(interviewId, key.current);
      key.current = null;
      autosave.adopt(scorecard);
      await client.invalidateQueries({ queryKey: INTERVIEWS_KEY });
    } catch (e) {
      if (!isTransient(e)) key.current = null;
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return { submit, pending, error };
}
