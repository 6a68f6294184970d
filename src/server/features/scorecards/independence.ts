// The independence rule, in one place: until an interviewer has submitted their own scorecard for a
// candidate, nothing gives them another interviewer's scores, notes or recommendation for that
// candidate. Every route that reads scorecards (the interview's list, the debrief, the CSV export,
// calibration) filters through here. Others' drafts are never shown to anyone.
import type { Db } from '../../db/client';
import * as repo from './scorecard.repo';

/** Candidates whose other scorecards `userId` may not see yet (empty when the workspace relaxed the rule). */
export async function withheldCandidates(db: Db, workspaceId: string, userId: string): Promise<Set<string>> {
  const settings = await repo.findSettings(db, workspaceId);
  if (settings?.showScorecardsBeforeSubmit) return new Set();
  return repo.candidatesPendingFor(db, workspaceId, userId);
}

export async function visibleScorecards<T extends { interviewerId: string; candidateId: string; status: string }>(
  db: Db,
  workspaceId: string,
  userId: string,
  rows: T[],
): Promise<{ visible: T[]; hidden: number; withheld: Set<string> }> {
  const withheld = await withheldCandidates(db, workspaceId, userId);
  const visible: T[] = [];
  let hidden = 0;
  for (const row of rows) {
    if (row.interviewerId === userId) visible.push(row);
    else if (row.status !== 'submitted') continue;
    else if (withheld.has(row.candidateId)) hidden++;
    else visible.push(row);
  }
  return { visible, hidden, withheld };
}
