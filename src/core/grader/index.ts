// The practice grader: pure and deterministic (no clock, no randomness, no I/O). It reads a
// question and an answer and says what the answer shows, pointing at the candidate's own words.
// See docs/grader.md for the method and its measured agreement with people.
import type { CoveredPoint, GradeResult, GraderQuestion, MissedPoint } from './grader-types';
import { listShape, refusalOf } from './honesty';
import { followUpFor, reasonFor } from './explain';
import { indexAnswer, matchPoints, spansOf } from './match-points';
import { prepareQuestion } from './question-model';
import { findRedFlags } from './red-flags';
import { confidenceOf, scoreOf } from './score';
import { analyse } from './text-analysis';

export type * from './grader-types';

const FRAGMENT_LIST_CAP = 2;

/** Grades one answer to one question; the same input always gives the same result. */
export function gradeAnswer(question: GraderQuestion, answer: string): GradeResult {
  const prepared = prepareQuestion(question);
  const analysis = analyse(answer);
  const index = indexAnswer(analysis);
  const matches = matchPoints(index, prepared.points, prepared.derived);
  const shape = listShape(analysis.tokens);
  const refusal = refusalOf(analysis, prepared, matches, shape);
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
  const fragments = shape === 'fragments';
  // A list of fragments names things without explaining any of them: at most a 2.
  const scored = scoreOf(matches, prepared.derived, flags.length);
  const exact = Math.min(scored.exact, fragments ? FRAGMENT_LIST_CAP : 5);
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
  // The whole score is the rounded one-decimal score, so the two never disagree (3.46 → 3.5 → 4).
  const exactScore = Math.round(exact * 10) / 10;
  return {
    gradable: true,
    score: Math.round(exactScore),
    exactScore,
    reason: reasonFor(coveredMatches, missedMatches, prepared.derived, scored.coverage, flags.map((f) => f.text)) + (fragments ? ' It is a list of fragments without sentences, so it shows at most a 2.' : ''),
    covered,
    missed,
    redFlags: flags.map((f) => ({ text: f.text, spans: spansOf(analysis.tokens, f.tokens) })),
    followUp: followUpFor(missedMatches, prepared),
    confidence: confidenceOf(exact, prepared.derived, words),
    derivedKeyPoints: prepared.derived,
  };
}
