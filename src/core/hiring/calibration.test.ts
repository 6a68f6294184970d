import { describe, expect, it } from 'vitest';
import { agreement, interviewerStats, LEAK_MIN_TIMES, pearson, questionStats, type Rating } from './calibration';
import { debriefAggregate, debriefRows } from './debrief';

const rating = (interviewId: string, userId: string, score: number, extra: Partial<Rating> = {}): Rating => ({
  candidateId: `c-${interviewId}`,
  interviewId,
  kitName: 'Kit',
  position: 0,
  questionKey: 'q1',
  userId,
  score,
  ...extra,
});

describe('calibration arithmetic', () => {
  it("computes Pearson's r, and refuses it below three pairs or without variance", () => {
    // Anscombe's first quartet: r = 0.816.
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    expect(pearson(x, y)).toBeCloseTo(0.8164, 4);
    expect(pearson([1, 2], [1, 2])).toBeNull();
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
  });

  it('measures discrimination against the decision and flags questions asked too often', () => {
    const ratings = Array.from({ length: 10 }, (_, i) => rating(`i${i}`, 'u1', i < 5 ? 4 + (i % 2) : 1 + (i % 2)));
    const decisions = new Map(Array.from({ length: 10 }, (_, i) => [`c-i${i}`, i < 5 ? ('hire' as const) : ('no_hire' as const)]));
    const [q] = questionStats(ratings, decisions, 20);
    expect(q!.timesAsked).toBe(10);
    expect(q!.discrimination).toBeGreaterThan(0.9);
    expect(q!.leakRisk).toBe(true); // 10 ≥ 8 and 10/20 ≥ 30%
    expect(questionStats(ratings, decisions, 100)[0]!.leakRisk).toBe(false);
    expect(questionStats(ratings.slice(0, LEAK_MIN_TIMES - 1), decisions, 7)[0]!.leakRisk).toBe(false);
  });

  it('reports leniency as the distance from the team mean', () => {
    const stats = interviewerStats([rating('a', 'lenient', 5), rating('b', 'lenient', 5), rating('a', 'harsh', 1), rating('b', 'harsh', 3)], new Map([['lenient', 2], ['harsh', 2], ['idle', 1]]));
    expect(stats.teamMean).toBe(3.5);
    const by = Object.fromEntries(stats.interviewers.map((i) => [i.userId, i]));
    expect(by.lenient).toMatchObject({ mean: 5, leniency: 1.5, spread: 0 });
    expect(by.harsh).toMatchObject({ mean: 2, leniency: -1.5, spread: 1.414 });
    expect(by.idle).toMatchObject({ scorecards: 1, ratings: 0, mean: null, leniency: null });
  });

  it('counts only units scored by two or more interviewers, and agrees perfectly when they do', () => {
    const ratings = [1, 2, 3, 4, 5].flatMap((s, i) => [rating(`i${i}`, 'a', s), rating(`i${i}`, 'b', s)]).concat([rating('solo', 'a', 3)]);
    expect(agreement(ratings)).toMatchObject({ alpha: 1, icc: 1, units: 5, raters: 2 });
  });
});

describe('debrief arithmetic', () => {
  it('skips "not asked" in means and spreads', () => {
    const rows = debriefRows(
      [{ interviewId: 'i', position: 0, title: 'Q', category: 'C', keyPoints: [] }],
      [
        { userId: 'a', interviewId: 'i', recommendation: 'strong_yes', items: [{ position: 0, score: 5, notAsked: false, keyPoints: [], notes: '' }] },
        { userId: 'b', interviewId: 'i', recommendation: 'strong_no', items: [{ position: 0, score: null, notAsked: true, keyPoints: [], notes: '' }] },
      ],
    );
    expect(rows[0]).toMatchObject({ mean: 5, spread: null, disagreement: false });
    expect(debriefAggregate(rows, [])).toMatchObject({ meanScore: 5, scoredAnswers: 1, disagreements: 0, meanRecommendation: null });
  });
});
