// Amending a submitted scorecard: edits collect on the screen (not autosaved: a submitted scorecard
// is never patched) and are sent together with the reason as one new revision.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ScorecardPatch } from '../../../../shared/interview.schema';
import { amendMyScorecard } from '../api/scorecard-api';
import { INTERVIEWS_KEY } from '../api/list-interviews';
import { EMPTY_PATCH, isEmptyPatch, mergePatch, toWirePatch, type PendingPatch } from '../autosave/draft-store';
import type { ScorecardAutosave } from '../autosave/scorecard-autosave';

export function useAmendScorecard(interviewId: string, autosave: ScorecardAutosave | null) {
  const client = useQueryClient();
  const [changes, setChanges] = useState<PendingPatch | null>(null);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const begin = () => {
    setChanges(EMPTY_PATCH);
    setReason('');
    setError(null);
  };
  const discard = () => {
    setChanges(null);
    setError(null);
  };
  const edit = (change: ScorecardPatch) => setChanges((c) => mergePatch(c ?? EMPTY_PATCH, change));

  const save = async () => {
    if (!autosave || !changes) return;
    if (reason.trim().length < 3) {
      setError(new Error('Say why you amend the scorecard (3 characters or more).'));
      return;
    }
    if (isEmptyPatch(changes)) {
      setError(new Error('Nothing was changed yet: change a score, key point, note or the recommendation first.'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      autosave.adopt(await amendMyScorecard(interviewId, { ...toWirePatch(changes), reason: reason.trim() }));
      setChanges(null);
      await client.invalidateQueries({ queryKey: INTERVIEWS_KEY });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return { changes, amending: changes !== null, reason, setReason, begin, discard, edit, save, pending, error };
}
