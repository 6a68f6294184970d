// Agreement between the grader and people: Pearson's r and the root-mean-square error over the
// answers both scored. Answers the grader refused are counted apart, never scored as anything.
import type { GradeResult, GraderQuestion } from './grader-types';
import { gradeAnswer } from './index';

export interface LabelledAnswer {
  question: GraderQuestion;
  answer: string;
  /** The people's score; null for an answer that should not be graded at all. */
  human: number | null;
}

export interface Agreement {
  /** Answers with a human score that the grader scored too. */
  scored: number;
  pearson: number;
  rmse: number;
  /** The same with the whole-number score (what the practice screens show). */
  pearsonWhole: number;
  rmseWhole: number;
  /** Answers with a human score that the grader refused. */
  refusedScored: number;
  /** Answers marked as not gradable: how many were refused or scored at most 2. */
  honesty: { total: number; held: number };
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export function rmse(xs: readonly number[], ys: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += (xs[i]! - ys[i]!) ** 2;
  return Math.sqrt(sum / xs.length);
}

/** An honest result for an answer with nothing in it: refused, or at most 2. */
export const holdsHonesty = (r: GradeResult) => !r.gradable || (r.score !== null && r.score <= 2);

export function evaluate(set: readonly LabelledAnswer[]): Agreement {
  const humans: number[] = [];
  const exact: number[] = [];
  const whole: number[] = [];
  let refusedScored = 0;
  const honesty = { total: 0, held: 0 };
  for (const item of set) {
    const result = gradeAnswer(item.question, item.answer);
    if (item.human === null) {
      honesty.total++;
      if (holdsHonesty(result)) honesty.held++;
      continue;
    }
    if (!result.gradable) {
      refusedScored++;
      continue;
    }
    humans.push(item.human);
    exact.push(result.exactScore ?? result.score!);
    whole.push(result.score!);
  }
  return {
    scored: humans.length,
    pearson: pearson(exact, humans),
    rmse: rmse(exact, humans),
    pearsonWhole: pearson(whole, humans),
    rmseWhole: rmse(whole, humans),
    refusedScored,
    honesty,
  };
}
