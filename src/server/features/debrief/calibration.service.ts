// Calibration over the workspace's submitted scorecards: leniency per interviewer, statistics per
// question, and inter-rater agreement overall and per kit. Candidates whose scorecards the caller
// may not see yet (independence) are left out entirely, so no statistic can reveal them.
import { agreement, interviewerStats, questionStats, type Rating } from '../../../core/hiring/calibration';
import type { Calibration } from '../../../shared/interview.schema';
import type { Db } from '../../db/client';
import { listQuestionSnapshots } from '../interviews/interview.service';
import { listCandidateScorecards } from '../scorecards/scorecard.service';
import * as repo from './debrief.repo';

export async function getCalibration(db: Db, input: { workspaceId: string; userId: string; kitId?: string }): Promise<Calibration> {
  const interviews = await repo.countedInterviews(db, input.workspaceId, input.kitId);
  const candidateIds = [...new Set(interviews.map((i) => i.candidateId))];
  const { submitted, withheld } = await listCandidateScorecards(db, { workspaceId: input.workspaceId, candidateIds, userId: input.userId });
  const counted = interviews.filter((i) => !withheld.has(i.candidateId));
  const interviewById = new Map(counted.map((i) => [i.id, i]));
  const cards = submitted.filter((s) => interviewById.has(s.interviewId));
  const snapshots = await listQuestionSnapshots(db, counted.map((i) => i.id));
  const questionAt = new Map(snapshots.map((q) => [`${q.interviewId}#${q.position}`, q]));

  const ratings: Rating[] = cards.flatMap((card) =>
    card.items.flatMap((item) => {
      const q = questionAt.get(`${card.interviewId}#${item.position}`);
      if (item.score === null || !q) return [];
      return [{
        candidateId: card.candidateId,
        interviewId: card.interviewId,
        kitName: interviewById.get(card.interviewId)!.kitName,
        position: item.position,
        questionKey: q.questionId ?? `slug:${q.content.slug}`,
        userId: card.interviewerId,
        score: item.score,
      }];
    }),
  );

  const names = new Map(cards.map((c) => [c.interviewerId, c.interviewerName]));
  const scorecardsByUser = new Map<string, number>();
  for (const c of cards) scorecardsByUser.set(c.interviewerId, (scorecardsByUser.get(c.interviewerId) ?? 0) + 1);
  const { teamMean, interviewers } = interviewerStats(ratings, scorecardsByUser);

  const decisions = new Map(
    (await repo.latestDecisions(db, input.workspaceId)).filter((d) => d.decision === 'hire' || d.decision === 'no_hire').map((d) => [d.candidateId, d.decision as 'hire' | 'no_hire']),
  );
  const titleOf = new Map(snapshots.map((q) => [q.questionId ?? `slug:${q.content.slug}`, q.content]));
  const questions = questionStats(ratings, decisions, counted.length)
    .map((q) => ({
      questionId: q.questionKey.startsWith('slug:') ? null : q.questionKey,
      slug: titleOf.get(q.questionKey)!.slug,
      title: titleOf.get(q.questionKey)!.title,
      timesAsked: q.timesAsked,
      mean: q.mean,
      variance: q.variance,
      discrimination: q.discrimination,
      leakRisk: q.leakRisk,
    }))
    .sort((a, b) => b.timesAsked - a.timesAsked || a.title.localeCompare(b.title));

  const kits = [...new Set(ratings.map((r) => r.kitName))].sort();
  return {
    teamMean,
    interviewers: interviewers.map((i) => ({ ...i, name: names.get(i.userId) ?? '' })).sort((a, b) => a.name.localeCompare(b.name)),
    questions,
    agreement: { ...agreement(ratings), perKit: kits.map((kitName) => ({ kitName, ...agreement(ratings.filter((r) => r.kitName === kitName)) })) },
    withheldCandidates: candidateIds.filter((id) => withheld.has(id)).length,
  };
}
