// Calibration: is each interviewer lenient or harsh against the team, which questions separate the
// candidates who were hired from those who were not, which are asked so often they may have leaked,
// and how well interviewers agree (Krippendorff's alpha and ICC(2,1) from ../statistics).
import { intraclassCorrelation } from '../statistics/icc';
import { krippendorffAlpha } from '../statistics/krippendorff-alpha';

/** One score given by one interviewer to one question of one interview. */
export interface Rating {
  candidateId: string;
  interviewId: string;
  kitName: string;
  position: number;
  questionKey: string;
  userId: string;
  score: number;
}

/** A question is flagged as possibly leaked when asked at least this often… */
export const LEAK_MIN_TIMES = 8;
/** …and in at least this share of all interviews. */
export const LEAK_MIN_SHARE = 0.3;

/** Map.groupBy, which Node 20 lacks: keys in first-seen order. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => (xs.length ? sum(xs) / xs.length : null);
/** Sample variance (n − 1), or null below two values. */
function variance(xs: number[]): number | null {
  if (xs.length < 2) return null;
  const m = sum(xs) / xs.length;
  return sum(xs.map((x) => (x - m) ** 2)) / (xs.length - 1);
}
const round = (x: number | null | undefined, digits = 3) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** Pearson's r, or null when fewer than three pairs or either side has no variance. */
export function pearson(xs: number[], ys: number[]): number | null {
  if (xs.length < 3 || xs.length !== ys.length) return null;
  const mx = sum(xs) / xs.length;
  const my = sum(ys) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

export function interviewerStats(ratings: Rating[], scorecardsByUser: Map<string, number>) {
  const teamMean = mean(ratings.map((r) => r.score));
  const users = [...new Set([...scorecardsByUser.keys(), ...ratings.map((r) => r.userId)])];
  return {
    teamMean: round(teamMean),
    interviewers: users.map((userId) => {
      const scores = ratings.filter((r) => r.userId === userId).map((r) => r.score);
      const m = mean(scores);
      const v = variance(scores);
      return {
        userId,
        scorecards: scorecardsByUser.get(userId) ?? 0,
        ratings: scores.length,
        mean: round(m),
        leniency: m === null || teamMean === null ? null : round(m - teamMean),
        spread: v === null ? null : round(Math.sqrt(v)),
      };
    }),
  };
}

/**
 * Per question: how often it was asked, its mean and variance, and its discrimination — the
 * correlation between the interview's mean score on it and the candidate's final decision
 * (hire = 1, no hire = 0; candidates on hold or undecided are left out).
 */
export function questionStats(ratings: Rating[], decisions: Map<string, 'hire' | 'no_hire'>, totalInterviews: number) {
  const byQuestion = groupBy(ratings, (r) => r.questionKey);
  return [...byQuestion.entries()].map(([questionKey, rs]) => {
    const scores = rs.map((r) => r.score);
    const perInterview = [...groupBy(rs, (r) => r.interviewId).values()];
    const pairs = perInterview.flatMap((group) => {
      const decision = decisions.get(group[0]!.candidateId);
      return decision ? [[mean(group.map((r) => r.score))!, decision === 'hire' ? 1 : 0] as const] : [];
    });
    const timesAsked = perInterview.length;
    return {
      questionKey,
      timesAsked,
      mean: round(mean(scores)),
      variance: round(variance(scores)),
      discrimination: round(pearson(pairs.map((p) => p[0]), pairs.map((p) => p[1]))),
      leakRisk: timesAsked >= LEAK_MIN_TIMES && totalInterviews > 0 && timesAsked / totalInterviews >= LEAK_MIN_SHARE,
    };
  });
}

/**
 * Agreement over the units (a question in an interview) scored by two or more interviewers. Alpha
 * takes every rating, missing ones allowed. ICC(2,1) needs the same number of raters per unit: when
 * panels differ, each unit's first two raters (by id) fill two interchangeable rater slots.
 */
export function agreement(ratings: Rating[]) {
  const units = [...groupBy(ratings, (r) => `${r.interviewId}#${r.position}`).values()].filter((u) => new Set(u.map((r) => r.userId)).size >= 2);
  const raters = [...new Set(units.flat().map((r) => r.userId))].sort();
  const matrix = raters.map((userId) => units.map((u) => u.find((r) => r.userId === userId)?.score ?? null));
  const alpha = krippendorffAlpha(matrix, 'ordinal');
  const slots = units.map((u) => [...u].sort((a, b) => a.userId.localeCompare(b.userId)).slice(0, 2).map((r) => r.score));
  const icc = intraclassCorrelation(slots);
  return {
    alpha: round(alpha?.alpha),
    icc: round(icc?.icc21),
    iccInterval: icc ? ([round(icc.icc21Interval[0])!, round(icc.icc21Interval[1])!] as [number, number]) : null,
    units: units.length,
    raters: raters.length,
  };
}
