// The grader's agreement with people, held where it was measured (npm run grader:eval prints the
// numbers): a change that makes grading worse fails here. Thresholds sit just under the measured
// values, so ordinary refinements pass and a regression does not.
import { describe, expect, it } from 'vitest';
import { loadDevSet, loadProxySet } from '../../../bench/grader-sets';
import { evaluate } from './evaluation';
import { gradeAnswer } from './index';

describe('agreement with people', () => {
  it('development set: bank questions scored 1–5 by their anchors (measured r 0.922, RMSE 0.599)', () => {
    const set = loadDevSet();
    expect(set.length).toBeGreaterThanOrEqual(150);
    const a = evaluate(set);
    expect(a.pearson).toBeGreaterThanOrEqual(0.9);
    expect(a.rmse).toBeLessThanOrEqual(0.65);
    expect(a.refusedScored).toBe(0);
    expect(a.honesty.held).toBe(a.honesty.total);
  });

  it('proxy set: CS short answers scored 0–5, graded against a reference answer only (measured r 0.791, RMSE 0.860)', () => {
    const set = loadProxySet();
    expect(set.length).toBeGreaterThanOrEqual(120);
    const a = evaluate(set);
    expect(a.pearson).toBeGreaterThanOrEqual(0.77);
    expect(a.rmse).toBeLessThanOrEqual(0.88);
    expect(a.refusedScored).toBeLessThanOrEqual(2);
  });

  it('never gives full marks with feedback that says no point was made, on either set', () => {
    const contradictions = [...loadDevSet(), ...loadProxySet()]
      .map((item) => ({ answer: item.answer.slice(0, 60), result: gradeAnswer(item.question, item.answer) }))
      .filter(({ result }) => result.gradable && result.score !== null && result.score === 5 && result.covered.length === 0)
      .map(({ answer, result }) => `${result.reason}: ${answer}`);
    expect(contradictions).toEqual([]);
  });
});
