// The debrief: every submitted scorecard for a candidate the caller may read, side by side, with the
// disagreements, the aggregate and the decision. The independence rule decides what is shown.
import { stringify } from 'csv-stringify/sync';
import { debriefAggregate, debriefRows, scorecardMean, type DebriefScorecard, type RecommendationValue } from '../../../core/hiring/debrief';
import type { Debrief, DecisionValue } from '../../../shared/interview.schema';
import { RECOMMENDATION_LABELS } from '../../../shared/interview.schema';
import type { CandidateStatus } from '../../../shared/candidate.schema';
import type { Db } from '../../db/client';
import { candidateEtag, getCandidate, updateCandidate } from '../candidates/candidate.service';
import { listInterviews, listInterviewersOf, listQuestionSnapshots } from '../interviews/interview.service';
import { listCandidateScorecards } from '../scorecards/scorecard.service';
import * as repo from './debrief.repo';

const WITHHELD_REASON = 'You have not submitted your own scorecard for this candidate yet. Submit it to see the others: independent scores are what make a debrief worth having.';

/** Decision → the candidate's status; "hold" leaves the status as it is. */
const STATUS_AFTER: Record<DecisionValue, CandidateStatus | null> = { hire: 'offer', no_hire: 'rejected', hold: null };

const presentDecision = (d: repo.DecisionRow) => ({
  id: d.id,
  decision: d.decision as DecisionValue,
  rationale: d.rationale,
  decidedBy: d.decidedBy ? { userId: d.decidedBy, name: d.decidedByName ?? '', email: d.decidedByEmail ?? '' } : null,
  decidedAt: d.decidedAt.toISOString(),
});

export async function getDebrief(db: Db, workspaceId: string, candidateId: string, userId: string): Promise<Debrief> {
  const { id, name, roleApplied, status } = await getCandidate(db, workspaceId, candidateId);
  const candidate = { id, name, roleApplied, status };
  const interviews = (await listInterviews(db, workspaceId, userId, { candidateId })).filter((i) => i.status !== 'cancelled');
  const interviewIds = interviews.map((i) => i.id);
  const [snapshots, people, scorecards] = await Promise.all([
    listQuestionSnapshots(db, interviewIds),
    listInterviewersOf(db, interviewIds),
    listCandidateScorecards(db, { workspaceId, candidateIds: [candidateId], userId }),
  ]);
  const withheld = scorecards.withheld.has(candidateId);
  const cards: (DebriefScorecard & { row: (typeof scorecards.submitted)[number] })[] = scorecards.submitted.map((s) => ({
    userId: s.interviewerId,
    interviewId: s.interviewId,
    recommendation: s.recommendation as RecommendationValue | null,
    items: s.items,
    row: s,
  }));
  const rows = debriefRows(
    snapshots.map((q) => ({ interviewId: q.interviewId, position: q.position, title: q.content.title, category: q.content.category, keyPoints: q.content.keyPoints.map(({ id, text }) => ({ id, text })) })),
    cards,
  );
  const decisions = withheld ? [] : await repo.listDecisions(db, workspaceId, candidateId);
  return {
    candidate,
    interviews: interviews.map((i) => ({ id: i.id, kitName: i.kitName, scheduledAt: i.scheduledAt, status: i.status })),
    scorecards: cards.map((c) => ({
      userId: c.userId,
      name: c.row.interviewerName,
      interviewId: c.interviewId,
      recommendation: c.recommendation,
      summary: c.row.summary,
      revision: c.row.revision,
      submittedAt: c.row.submittedAt?.toISOString() ?? null,
      meanScore: scorecardMean(c),
    })),
    rows,
    aggregate: debriefAggregate(rows, cards),
    hidden: { count: scorecards.hidden, reason: withheld ? WITHHELD_REASON : null },
    pending: people.filter((p) => p.scorecardStatus !== 'submitted').map(({ userId, name, email }) => ({ userId, name, email })),
    decision: decisions[0] ? presentDecision(decisions[0]) : null,
    decisionHistory: decisions.map(presentDecision),
  };
}

export async function recordDecision(db: Db, input: { workspaceId: string; candidateId: string; userId: string; decision: DecisionValue; rationale: string }) {
  const candidate = await getCandidate(db, input.workspaceId, input.candidateId);
  const id = await repo.insertDecision(db, { workspaceId: input.workspaceId, candidateId: candidate.id, decision: input.decision, rationale: input.rationale, decidedBy: input.userId });
  const status = STATUS_AFTER[input.decision];
  // The status moves through the candidates feature, so its version (the candidate's ETag) moves too.
  const statusChange = status ? (await updateCandidate(db, input.workspaceId, candidate.id, candidateEtag(candidate), { status })).status : undefined;
  const decision = (await repo.listDecisions(db, input.workspaceId, candidate.id)).find((d) => d.id === id)!;
  return { decision: presentDecision(decision), statusChange };
}

/** A spreadsheet may run a cell that starts like a formula: prefix those with an apostrophe. */
const safeCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The candidate's scorecards the caller may read, one row per question and interviewer. */
export async function scorecardsCsv(db: Db, workspaceId: string, candidateId: string, userId: string): Promise<{ filename: string; csv: string }> {
  const debrief = await getDebrief(db, workspaceId, candidateId, userId);
  const byCard = new Map(debrief.scorecards.map((s) => [`${s.interviewId}#${s.userId}`, s]));
  const kitOf = new Map(debrief.interviews.map((i) => [i.id, i]));
  const records = debrief.rows.flatMap((row) =>
    row.cells.map((cell) => {
      const card = byCard.get(`${row.interviewId}#${cell.userId}`)!;
      const interview = kitOf.get(row.interviewId)!;
      const points = row.keyPoints.filter((k) => cell.keyPoints.includes(k.id)).map((k) => k.text);
      return [
        debrief.candidate.name,
        interview.kitName,
        interview.scheduledAt,
        card.name,
        String(row.position + 1),
        row.title,
        row.category,
        cell.score === null ? '' : String(cell.score),
        cell.notAsked ? 'yes' : 'no',
        points.join('; '),
        cell.notes,
        card.recommendation ? RECOMMENDATION_LABELS[card.recommendation] : '',
        card.summary,
        card.submittedAt ?? '',
        String(card.revision),
      ].map(safeCell);
    }),
  );
  const header = ['candidate', 'interview', 'scheduled_at', 'interviewer', 'question_number', 'question', 'category', 'score', 'not_asked', 'key_points_made', 'notes', 'recommendation', 'summary', 'submitted_at', 'revision'];
  const slug = debrief.candidate.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'candidate';
  return { filename: `scorecards-${slug}.csv`, csv: stringify([header, ...records]) };
}
