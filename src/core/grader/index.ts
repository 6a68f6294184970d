// The practice grader: pure and deterministic (no clock, no randomness, no I/O). It reads a
// question and an answer and says what the answer shows, pointing at the candidate's own words.
// See docs/grader.md for the method and its measured agreement with people.
import type { CoveredPoint, GradeResult, GraderQuestion, MissedPoint } from './grader-types';
import { refusalOf } from './honesty';
import { indexAnswer, matchPoints, spansOf, type PointMatch } from './match-points';
import { prepareQuestion, type PreparedQuestion } from './question-model';
import { findRedFlags } from './red-flags';
import { confidenceOf, scoreOf } from './score';
import { analyse } from './text-analysis';

export type * from './grader-types';

function followUpFor(missed: PointMatch[], question: PreparedQuestion): string | null {
  // The heaviest missed point; among equals, the one the answer came closest to, then the first.
  const target = [...missed].sort((a, b) => b.point.weight - a.point.weight || b.strength - a.strength)[0];
  if (!target) return null;
  if (target.point.followUp) return target.point.followUp;
  const text = target.point.text.replace(/[.;:,]+$/, '');
  return question.derived ? `Your answer left this out: "${text}". Can you explain it?` : `What can you say about this: ${text}?`;
}

const label = (m: PointMatch, derived: boolean) => (derived ? `"${m.point.text.split(/\s+/).slice(0, 8).join(' ')}${m.point.text.split(/\s+/).length > 8 ? '…' : ''}"` : m.point.id);

function reasonFor(covered: PointMatch[], missed: PointMatch[], derived: boolean, flags: string[]): string {
  const total = covered.length + missed.length;
  const what = derived ? 'ideas of the reference answer' : 'key points';
  const made = covered.length ? `Makes ${covered.length} of ${total} ${what}: ${covered.map((m) => label(m, derived)).join(', ')}.` : `Makes none of the ${total} ${what}.`;
  const heaviest = [...missed].sort((a, b) => b.point.weight - a.point.weight).slice(0, 3);
  const gaps = heaviest.length ? ` Missing${missed.length > 3 ? ', among others' : ''}: ${heaviest.map((m) => label(m, derived)).join(', ')}.` : '';
  const red = flags.length ? ` Red flag${flags.length > 1 ? 's' : ''}: ${flags.join('; ')}.` : '';
  return made + gaps + red;
}

/** Grades one answer to one question; the same input always gives the same result. */
export function gradeAnswer(question: GraderQuestion, answer: string): GradeResult {
  const prepared = prepareQuestion(question);
  const analysis = analyse(answer);
  const index = indexAnswer(analysis);
  const matches = matchPoints(index, prepared.points, prepared.derived);
  const refusal = refusalOf(analysis, prepared, matches);
  if (refusal) {
    return {
      gradable: false,
      score: null,
      exactScore: null,
      reason: refusal.message,
      notGradable: refusal.reason,
      covered: [],
      missed: [],
      redFlags: [],
      followUp: null,
      confidence: 1,
      derivedKeyPoints: prepared.derived,
    };
  }

  const flags = findRedFlags(index, prepared);
  const { exact } = scoreOf(matches, prepared.derived, flags.length);
  const coveredMatches = matches.filter((m) => m.covered);
  const missedMatches = matches.filter((m) => !m.covered);
  const covered: CoveredPoint[] = coveredMatches.map((m) => ({
    id: m.point.id,
    text: m.point.text,
    weight: m.point.weight,
    spans: spansOf(analysis.tokens, m.tokens),
  }));
  const missed: MissedPoint[] = missedMatches.map((m) => ({ id: m.point.id, text: m.point.text, weight: m.point.weight }));
  const words = analysis.tokens.filter((t) => t.word).length;
  return {
    gradable: true,
    score: Math.round(exact),
    exactScore: Math.round(exact * 10) / 10,
    reason: reasonFor(coveredMatches, missedMatches, prepared.derived, flags.map((f) => f.text)),
    covered,
    missed,
    redFlags: flags.map((f) => ({ text: f.text, spans: spansOf(analysis.tokens, f.tokens) })),
    followUp: followUpFor(missedMatches, prepared),
    confidence: confidenceOf(exact, prepared.derived, words),
    derivedKeyPoints: prepared.derived,
  };
}
