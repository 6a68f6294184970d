// From matched points to a number on the 1–5 scale. With written key points the anchors describe
// levels by which points an answer makes (3: the core points, 4: most, 5: all and the subtle
// ones), so the score follows the weighted share of points made. With a reference answer only,
// the score follows how much of the reference's weighted wording the answer expresses.
import { DERIVED_COVERAGE_TO_COVER, REFERENCE_CURVE, type PointMatch } from './match-points';

/** A point not made but partly worded earns this fraction of its partial share. */
const PARTIAL_CREDIT = 0.5;
/** Partial wording below this share is chance overlap, not a half-made point. */
const PARTIAL_FLOOR = 0.3;
const RED_FLAG_PENALTY = 1;
const MAX_RED_FLAG_PENALTY = 2;

/**
 * Reference-only mode: a reference answer states more than full marks need, and people grading
 * short answers give full marks once the core is there. So expressing REFERENCE_FULL of its
 * weighted wording counts as complete, and the curve rises fastest over the first half.
 */
const REFERENCE_FULL = DERIVED_COVERAGE_TO_COVER;

export interface ScoreParts {
  /** 1–5 with the decimals kept. */
  exact: number;
  /** 0–1: the weighted share of the points made. */
  coverage: number;
}

/** The weighted share of the points made, with partial credit for half-made points. */
export function coverageOf(matches: PointMatch[], derived: boolean): number {
  let total = 0;
  let got = 0;
  for (const m of matches) {
    const weight = derived ? m.point.termTotal : m.point.weight;
    total += weight;
    if (derived) got += weight * m.strength;
    else if (m.covered) got += weight;
    else if (m.strength >= PARTIAL_FLOOR) got += weight * m.strength * PARTIAL_CREDIT;
  }
  return total ? got / total : 0;
}

export function scoreOf(matches: PointMatch[], derived: boolean, redFlags: number): ScoreParts {
  const coverage = coverageOf(matches, derived);
  const level = derived ? Math.min(1, coverage / REFERENCE_FULL) ** REFERENCE_CURVE : coverage;
  const penalty = Math.min(MAX_RED_FLAG_PENALTY, RED_FLAG_PENALTY * redFlags);
  const exact = Math.min(5, Math.max(1, 1 + 4 * level - penalty));
  return { exact, coverage };
}

/**
 * How sure the score is: lower with derived points, with short answers (little to go on), and
 * when the exact score sits near the boundary between two whole scores.
 */
export function confidenceOf(exact: number, derived: boolean, words: number): number {
  const base = derived ? 0.6 : 0.85;
  const length = Math.min(1, (words / 40) ** 0.3);
  const margin = Math.abs(exact - Math.floor(exact) - 0.5) * 2; // 1 at a whole score, 0 midway
  return Math.round(base * length * (0.75 + 0.25 * margin) * 100) / 100;
}
