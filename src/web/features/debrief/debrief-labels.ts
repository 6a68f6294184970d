// Words for the debrief: decisions, scores in a cell, and the recommendation scale's mean.
import { CANDIDATE_STATUS_LABELS, candidateStatusSchema } from '../../../shared/candidate.schema';
import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type Debrief, type DecisionValue } from '../../../shared/interview.schema';

export const DECISION_LABELS: Record<DecisionValue, string> = { hire: 'Hire', no_hire: 'No hire', hold: 'Hold' };

export type Cell = Debrief['rows'][number]['cells'][number];

/** What a matrix cell says: the score, "n/a" for not asked, a dash for nothing. */
export function cellText(cell: Cell | undefined): { short: string; long: string } {
  if (!cell) return { short: '—', long: 'not on this interview' };
  if (cell.notAsked) return { short: 'n/a', long: 'not asked' };
  if (cell.score === null) return { short: '—', long: 'no score' };
  return { short: String(cell.score), long: `score ${cell.score}` };
}

/** 3.6 → "Yes (3.6)": the nearest label on the Strong No … Strong Yes scale, with the number. */
export function recommendationMean(mean: number | null): string {
  if (mean === null) return '—';
  const label = RECOMMENDATION_LABELS[RECOMMENDATIONS[Math.min(4, Math.max(0, Math.round(mean) - 1))]!];
  return `${label} (${mean.toFixed(1)})`;
}

export const formatMean = (n: number | null) => (n === null ? '—' : n.toFixed(1));

/** The interviewers in the order they appear in the scorecards, once each. */
export function interviewerColumns(debrief: Debrief): { userId: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const s of debrief.scorecards) if (!seen.has(s.userId)) seen.set(s.userId, s.name);
  return [...seen].map(([userId, name]) => ({ userId, name }));
}

/** The candidate's status in words ("Offer made"); the debrief sends it as a plain string. */
export function statusLabel(status: string): string {
  const known = candidateStatusSchema.safeParse(status);
  return known.success ? CANDIDATE_STATUS_LABELS[known.data] : status;
}
