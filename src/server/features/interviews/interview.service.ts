// Interviews: scheduling snapshots the kit's questions, so later edits to the bank never change
// what was asked; the lifecycle is scheduled → in progress → completed, or cancelled.
import { AppError } from '../../../core/errors';
import { assertIfMatch, entityTag } from '../../../core/etag';
import { can } from '../../../core/auth/permissions';
import type { Role } from '../../../shared/auth.schema';
import type { Interview, InterviewQuestion, InterviewStatus, InterviewSummary, ScheduleInterviewInput } from '../../../shared/interview.schema';
import { scheduleInterviewSchema, updateInterviewSchema } from '../../../shared/interview.schema';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { getCandidate } from '../candidates/candidate.service';
import { createDraftScorecards, removeDraftScorecards } from '../scorecards/scorecard.service';
import * as repo from './interview.repo';

const notFound = () => new AppError('not_found', 'There is no such interview in this workspace.');

export const interviewEtag = (i: { id: string; version: number }) => entityTag(i.version, i.id.replaceAll('-', ''));

export async function scheduleInterview(db: Db, workspaceId: string, actorUserId: string, raw: ScheduleInterviewInput): Promise<Interview> {
  const input = scheduleInterviewSchema.parse(raw);
  const candidate = await getCandidate(db, workspaceId, input.candidateId);
  const kit = await repo.findKit(db, workspaceId, input.kitId);
  if (!kit) throw new AppError('not_found', 'There is no such kit in this workspace.');
  const interviewerIds = await checkInterviewers(db, workspaceId, input.interviewerIds);

  const questionIds = kit.sections.flatMap((s) => s.questions.map((q) => q.questionId));
  if (questionIds.length === 0) throw new AppError('validation_failed', `The kit "${kit.name}" has no questions.`, { errors: [{ in: 'body', name: 'kitId', message: 'names a kit with no questions' }] });
  const bank = new Map((await repo.findQuestions(db, workspaceId, questionIds)).map((q) => [q.id, q]));
  const gone = questionIds.filter((id) => !bank.has(id));
  if (gone.length)
    throw new AppError('validation_failed', `The kit "${kit.name}" names ${gone.length} question(s) that were deleted; edit the kit first.`, {
      errors: gone.map((id) => ({ in: 'body', name: 'kitId', message: `question ${id} no longer exists` })),
    });

  const interview = await repo.insertInterview(db, {
    workspaceId,
    candidateId: candidate.id,
    kitId: kit.id,
    kitName: kit.name,
    minutes: kit.minutes,
    notes: input.notes,
    scheduledAt: new Date(input.scheduledAt),
    createdBy: actorUserId,
  });
  let position = 0;
  const rows = kit.sections.flatMap((section, sectionIndex) =>
    section.questions.map((item) => {
      const q = bank.get(item.questionId)!;
      return {
        interviewId: interview.id,
        position: position++,
        sectionIndex,
        sectionTitle: section.title,
        sectionMinutes: section.minutes,
        questionId: q.id,
        questionVersion: q.version,
        notes: item.notes,
        content: {
          slug: q.slug,
          title: q.title,
          type: q.type,
          category: q.category,
          difficulty: q.difficulty,
          tags: q.tags,
          minutes: q.minutes,
          prompt: q.prompt,
          whyAsked: q.whyAsked,
          approach: q.approach,
          referenceAnswer: q.referenceAnswer,
          keyPoints: q.keyPoints,
          anchors: q.anchors,
          followUps: q.followUps,
          redFlags: q.redFlags,
        } as InterviewQuestionContent,
      };
    }),
  );
  await repo.insertInterviewQuestions(db, rows);
  await repo.replaceInterviewers(db, interview.id, interviewerIds);
  await createDraftScorecards(db, { workspaceId, interviewId: interview.id, candidateId: candidate.id, interviewerIds, positions: rows.map((r) => r.position) });
  return getInterview(db, workspaceId, interview.id, actorUserId);
}

type InterviewQuestionContent = repo.InterviewQuestionRow['content'];

/** Interviewers must be members whose role may conduct interviews. */
async function checkInterviewers(db: Db, workspaceId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = new Map((await repo.findMembers(db, workspaceId, unique)).map((m) => [m.userId, m]));
  const errors = unique.flatMap((id) => {
    const member = found.get(id);
    if (!member) return [{ in: 'body', name: 'interviewerIds', message: `${id} is not a member of this workspace` }];
    if (!can(member.role as Role, 'interview.conduct')) return [{ in: 'body', name: 'interviewerIds', message: `${member.name} is a ${member.role} and cannot interview` }];
    return [];
  });
  if (errors.length) throw new AppError('validation_failed', 'Every interviewer must be a member who may conduct interviews.', { errors });
  return unique;
}

export async function listInterviews(
  db: Db,
  workspaceId: string,
  actorUserId: string,
  query: { status?: InterviewStatus; candidateId?: string; mine?: 'true' | 'false' },
): Promise<InterviewSummary[]> {
  const rows = await repo.listInterviews(db, workspaceId, { status: query.status, candidateId: query.candidateId, interviewerId: query.mine === 'true' ? actorUserId : undefined });
  return summarise(db, rows, actorUserId);
}

async function summarise(db: Db, rows: repo.InterviewListRow[], actorUserId: string): Promise<InterviewSummary[]> {
  const ids = rows.map((r) => r.id);
  const [people, counts] = await Promise.all([repo.listInterviewers(db, ids), repo.countQuestions(db, ids)]);
  const countOf = new Map(counts.map((c) => [c.interviewId, Number(c.count)]));
  return rows.map((row) => {
    const mine = people.filter((p) => p.interviewId === row.id);
    const own = mine.find((p) => p.userId === actorUserId);
    return {
      id: row.id,
      candidate: { id: row.candidateId, name: row.candidateName },
      kitId: row.kitId,
      kitName: row.kitName,
      minutes: row.minutes,
      scheduledAt: row.scheduledAt.toISOString(),
      status: row.status as InterviewStatus,
      interviewers: mine.map(({ userId, name, email }) => ({ userId, name, email })),
      questionCount: countOf.get(row.id) ?? 0,
      myScorecard: (own?.scorecardStatus as 'draft' | 'submitted' | null | undefined) ?? null,
    };
  });
}

export async function getInterview(db: Db, workspaceId: string, id: string, actorUserId: string): Promise<Interview> {
  const row = await repo.findInterview(db, workspaceId, id);
  if (!row) throw notFound();
  const [summary] = await summarise(db, [row], actorUserId);
  const questionRows = await repo.listInterviewQuestions(db, [id]);
  const questions: InterviewQuestion[] = questionRows.map((q) => ({
    position: q.position,
    sectionIndex: q.sectionIndex,
    questionId: q.questionId,
    questionVersion: q.questionVersion,
    notes: q.notes,
    slug: q.content.slug,
    title: q.content.title,
    type: q.content.type,
    category: q.content.category,
    difficulty: q.content.difficulty,
    minutes: q.content.minutes,
    prompt: q.content.prompt,
    approach: q.content.approach,
    referenceAnswer: q.content.referenceAnswer,
    keyPoints: q.content.keyPoints,
    anchors: q.content.anchors,
    followUps: q.content.followUps,
    redFlags: q.content.redFlags,
  }));
  const sections = [...new Map(questionRows.map((q) => [q.sectionIndex, { index: q.sectionIndex, title: q.sectionTitle, minutes: q.sectionMinutes, positions: [] as number[] }])).values()];
  for (const q of questionRows) sections.find((s) => s.index === q.sectionIndex)!.positions.push(q.position);
  return {
    ...summary!,
    notes: row.notes,
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    version: row.version,
    sections,
    questions,
  };
}

export async function updateInterview(
  db: Db,
  workspaceId: string,
  id: string,
  actorUserId: string,
  ifMatch: string,
  patch: z.infer<typeof updateInterviewSchema>,
): Promise<Interview> {
  const row = await repo.findInterview(db, workspaceId, id, true);
  if (!row) throw notFound();
  assertIfMatch(ifMatch, interviewEtag(row));
  if (row.status === 'completed' || row.status === 'cancelled') throw new AppError('invalid_state', `The interview is ${row.status}; it can no longer be changed.`);
  if (patch.interviewerIds) {
    const ids = await checkInterviewers(db, workspaceId, patch.interviewerIds);
    const current = (await repo.listInterviewers(db, [id])).map((p) => p.userId);
    const removed = current.filter((u) => !ids.includes(u));
    await removeDraftScorecards(db, id, removed);
    await repo.replaceInterviewers(db, id, ids);
    const positions = (await repo.listInterviewQuestions(db, [id])).map((q) => q.position);
    await createDraftScorecards(db, { workspaceId, interviewId: id, candidateId: row.candidateId, interviewerIds: ids.filter((u) => !current.includes(u)), positions });
  }
  await repo.updateInterview(db, id, {
    ...(patch.scheduledAt ? { scheduledAt: new Date(patch.scheduledAt) } : {}),
    ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
  });
  return getInterview(db, workspaceId, id, actorUserId);
}

const TRANSITIONS: Record<'start' | 'complete' | 'cancel', { from: InterviewStatus[]; to: InterviewStatus }> = {
  start: { from: ['scheduled'], to: 'in_progress' },
  complete: { from: ['in_progress'], to: 'completed' },
  cancel: { from: ['scheduled', 'in_progress'], to: 'cancelled' },
};

/**
 * Moves an interview along its lifecycle. Starting it again while it runs answers the interview as
 * it is, so a reloaded screen can press Start twice without an error.
 */
export async function transitionInterview(
  db: Db,
  input: { workspaceId: string; id: string; actorUserId: string; mayManage: boolean; action: keyof typeof TRANSITIONS },
): Promise<{ interview: Interview; changed: boolean }> {
  const row = await repo.findInterview(db, input.workspaceId, input.id, true);
  if (!row) throw notFound();
  const interviewers = (await repo.listInterviewers(db, [row.id])).map((p) => p.userId);
  if (!input.mayManage && !interviewers.includes(input.actorUserId)) throw new AppError('forbidden', 'Only the interviewers of this interview, or someone who schedules interviews, may do this.');
  const { from, to } = TRANSITIONS[input.action];
  if (row.status === to) return { interview: await getInterview(db, input.workspaceId, row.id, input.actorUserId), changed: false };
  if (!from.includes(row.status as InterviewStatus)) throw new AppError('invalid_state', `The interview is ${row.status.replace('_', ' ')}; it cannot ${input.action === 'start' ? 'start' : input.action === 'complete' ? 'be completed' : 'be cancelled'}.`);
  const now = new Date();
  await repo.updateInterview(db, row.id, {
    status: to,
    ...(to === 'in_progress' ? { startedAt: now } : to === 'completed' ? { completedAt: now } : { cancelledAt: now }),
  });
  return { interview: await getInterview(db, input.workspaceId, row.id, input.actorUserId), changed: true };
}

/** The question snapshots of these interviews, for debriefs and calibration. */
export const listQuestionSnapshots = (db: Db, interviewIds: string[]) => repo.listInterviewQuestions(db, interviewIds);

/** Interviewers of these interviews with their scorecard's status. */
export const listInterviewersOf = (db: Db, interviewIds: string[]) => repo.listInterviewers(db, interviewIds);
