// Scorecards: one per interviewer per interview, a draft until submitted, then immutable; an
// amendment is a new revision with a reason. Others' scorecards are withheld by independence.ts.
import { AppError, type FieldError } from '../../../core/errors';
import { assertIfMatch, entityTag } from '../../../core/etag';
import type { Scorecard, ScorecardItem, ScorecardPatch } from '../../../shared/interview.schema';
import type { Db } from '../../db/client';
import type { ScorecardItemRow } from '../../db/hiring-schema';
import * as repo from './scorecard.repo';
import { visibleScorecards } from './independence';

export const scorecardEtag = (s: { id: string; version: number }) => entityTag(s.version, s.id.replaceAll('-', ''));

const noScorecard = () => new AppError('not_found', 'You are not an interviewer on this interview, so you have no scorecard in it.');

const blankItem = (position: number): ScorecardItemRow => ({ position, score: null, notAsked: false, keyPoints: [], notes: '' });

export async function createDraftScorecards(
  db: Db,
  input: { workspaceId: string; interviewId: string; candidateId: string; interviewerIds: string[]; positions: number[] },
) {
  await repo.insertScorecards(
    db,
    input.interviewerIds.map((interviewerId) => ({
      workspaceId: input.workspaceId,
      interviewId: input.interviewId,
      candidateId: input.candidateId,
      interviewerId,
      items: input.positions.map(blankItem),
    })),
  );
}

/** Drops the drafts of interviewers taken off an interview; one who already submitted cannot be removed. */
export async function removeDraftScorecards(db: Db, interviewId: string, userIds: string[]) {
  if ((await repo.countSubmitted(db, interviewId, userIds)) > 0)
    throw new AppError('invalid_state', 'An interviewer who has submitted a scorecard cannot be taken off the interview.');
  await repo.deleteDrafts(db, interviewId, userIds);
}

export async function presentScorecards(db: Db, rows: repo.ScorecardWithPerson[]): Promise<Scorecard[]> {
  const revisions = await repo.listRevisions(db, rows.map((r) => r.id));
  return rows.map((row) => ({
    id: row.id,
    interviewId: row.interviewId,
    candidateId: row.candidateId,
    interviewer: { userId: row.interviewerId, name: row.interviewerName, email: row.interviewerEmail },
    status: row.status as Scorecard['status'],
    items: row.items,
    recommendation: row.recommendation as Scorecard['recommendation'],
    summary: row.summary,
    revision: row.revision,
    version: row.version,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    revisions: revisions
      .filter((r) => r.scorecardId === row.id)
      .map((r) => ({ revision: r.revision, reason: r.reason, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy })),
  }));
}

async function present(db: Db, row: repo.ScorecardWithPerson): Promise<Scorecard> {
  return (await presentScorecards(db, [row]))[0]!;
}

export async function getOwnScorecard(db: Db, workspaceId: string, interviewId: string, userId: string): Promise<Scorecard> {
  const row = await repo.findOwn(db, workspaceId, interviewId, userId);
  if (!row) throw noScorecard();
  return present(db, row);
}

/** Applies a patch to items (merged by position), recommendation and summary; unknown positions are refused. */
function applyPatch(row: repo.ScorecardRow, patch: ScorecardPatch) {
  const items = row.items.map((item) => ({ ...item }));
  const errors: FieldError[] = [];
  patch.items?.forEach((change, i) => {
    const item = items.find((it) => it.position === change.position);
    if (!item) return errors.push({ in: 'body', name: `items.${i}.position`, message: `there is no question at position ${change.position}` });
    Object.assign(item, Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)));
    // A score and "not asked" exclude each other: the later intent wins.
    if (change.score != null) item.notAsked = false;
    if (change.notAsked) item.score = null;
  });
  if (errors.length) throw new AppError('validation_failed', 'The scorecard edit names questions this interview does not have.', { errors });
  return {
    items,
    recommendation: patch.recommendation === undefined ? row.recommendation : patch.recommendation,
    summary: patch.summary ?? row.summary,
  };
}

export async function patchOwnScorecard(
  db: Db,
  input: { workspaceId: string; interviewId: string; userId: string; ifMatch: string; patch: ScorecardPatch },
): Promise<Scorecard> {
  const row = await repo.findOwn(db, input.workspaceId, input.interviewId, input.userId, true);
  if (!row) throw noScorecard();
  assertIfMatch(input.ifMatch, scorecardEtag(row));
  if (row.status === 'submitted') throw new AppError('invalid_state', 'This scorecard is submitted and can no longer be edited; amend it instead, with a reason.');
  await repo.updateScorecard(db, row.id, applyPatch(row, input.patch));
  return getOwnScorecard(db, input.workspaceId, input.interviewId, input.userId);
}

/** What keeps a scorecard from being submitted: every question scored or marked not asked, and a recommendation. */
function incompleteErrors(s: { items: ScorecardItem[]; recommendation: string | null }): FieldError[] {
  const errors: FieldError[] = s.items
    .filter((it) => it.score === null && !it.notAsked)
    .map((it) => ({ in: 'body', name: `items.${it.position}`, message: `question ${it.position + 1} has no score and is not marked "not asked"` }));
  if (!s.recommendation) errors.push({ in: 'body', name: 'recommendation', message: 'choose an overall recommendation' });
  return errors;
}

export async function submitOwnScorecard(db: Db, input: { workspaceId: string; interviewId: string; userId: string }): Promise<Scorecard> {
  const row = await repo.findOwn(db, input.workspaceId, input.interviewId, input.userId, true);
  if (!row) throw noScorecard();
  if (row.status === 'submitted') throw new AppError('invalid_state', 'This scorecard was already submitted; amend it instead, with a reason.');
  const errors = incompleteErrors(row);
  if (errors.length) throw new AppError('validation_failed', 'The scorecard is not complete yet.', { errors });
  const submittedAt = new Date();
  await repo.updateScorecard(db, row.id, { status: 'submitted', submittedAt });
  await repo.insertRevision(db, { scorecardId: row.id, revision: 1, items: row.items, recommendation: row.recommendation!, summary: row.summary, reason: '', createdBy: input.userId, createdAt: submittedAt });
  return getOwnScorecard(db, input.workspaceId, input.interviewId, input.userId);
}

export async function amendOwnScorecard(
  db: Db,
  input: { workspaceId: string; interviewId: string; userId: string; patch: ScorecardPatch; reason: string },
): Promise<Scorecard> {
  const row = await repo.findOwn(db, input.workspaceId, input.interviewId, input.userId, true);
  if (!row) throw noScorecard();
  if (row.status !== 'submitted') throw new AppError('invalid_state', 'Only a submitted scorecard is amended; this one is still a draft, so edit it.');
  const next = applyPatch(row, input.patch);
  const errors = incompleteErrors(next);
  if (errors.length) throw new AppError('validation_failed', 'The amended scorecard would not be complete.', { errors });
  const revision = row.revision + 1;
  await repo.updateScorecard(db, row.id, { ...next, revision });
  await repo.insertRevision(db, { scorecardId: row.id, revision, ...next, recommendation: next.recommendation!, reason: input.reason, createdBy: input.userId });
  return getOwnScorecard(db, input.workspaceId, input.interviewId, input.userId);
}

/** The scorecards of an interview the caller may read, and how many submitted ones are withheld. */
export async function listInterviewScorecards(db: Db, input: { workspaceId: string; interviewId: string; candidateId: string; userId: string }) {
  const all = (await repo.listForCandidates(db, input.workspaceId, [input.candidateId])).filter((s) => s.interviewId === input.interviewId);
  const { visible, hidden } = await visibleScorecards(db, input.workspaceId, input.userId, all);
  return { items: await presentScorecards(db, visible), hidden };
}

export async function getWorkspaceSettings(db: Db, workspaceId: string) {
  return { showScorecardsBeforeSubmit: (await repo.findSettings(db, workspaceId))?.showScorecardsBeforeSubmit ?? false };
}

export async function setWorkspaceSettings(db: Db, workspaceId: string, settings: { showScorecardsBeforeSubmit: boolean }) {
  await repo.upsertSettings(db, workspaceId, settings.showScorecardsBeforeSubmit);
  return getWorkspaceSettings(db, workspaceId);
}

/** Submitted scorecards of these candidates the caller may read (their own too), and what is withheld. */
export async function listCandidateScorecards(db: Db, input: { workspaceId: string; candidateIds: string[]; userId: string }) {
  const all = await repo.listForCandidates(db, input.workspaceId, input.candidateIds);
  const { visible, hidden, withheld } = await visibleScorecards(db, input.workspaceId, input.userId, all);
  return { submitted: visible.filter((s) => s.status === 'submitted'), hidden, withheld };
}
