// The debrief's arithmetic: a question × interviewer matrix from submitted scorecards, the spread of
// each row (a spread of 2 or more is a disagreement worth discussing) and a mechanical aggregate.
// Pure: the server gathers what the caller may see, this only counts.

export const RECOMMENDATION_SCALE = { strong_no: 1, no: 2, maybe: 3, yes: 4, strong_yes: 5 } as const;
export type RecommendationValue = keyof typeof RECOMMENDATION_SCALE;

/** A spread (highest minus lowest score) at which interviewers disagree enough to talk it through. */
export const DISAGREEMENT_SPREAD = 2;

export interface DebriefQuestion {
  interviewId: string;
  position: number;
  title: string;
  category: string;
  keyPoints: { id: string; text: string }[];
}

export interface DebriefScorecard {
  userId: string;
  interviewId: string;
  recommendation: RecommendationValue | null;
  items: { position: number; score: number | null; notAsked: boolean; keyPoints: string[]; notes: string }[];
}

export interface DebriefRow extends DebriefQuestion {
  cells: { userId: string; score: number | null; notAsked: boolean; keyPoints: string[]; notes: string }[];
  mean: number | null;
  spread: number | null;
  disagreement: boolean;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const round = (x: number | null, digits = 2) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

export function debriefRows(questions: DebriefQuestion[], scorecards: DebriefScorecard[]): DebriefRow[] {
  return questions.map((q) => {
    const cells = scorecards
      .filter((s) => s.interviewId === q.interviewId)
      .map((s) => {
        const item = s.items.find((it) => it.position === q.position);
        return { userId: s.userId, score: item?.score ?? null, notAsked: item?.notAsked ?? false, keyPoints: item?.keyPoints ?? [], notes: item?.notes ?? '' };
      });
    const scores = cells.map((c) => c.score).filter((x): x is number => x !== null);
    const spread = scores.length >= 2 ? Math.max(...scores) - Math.min(...scores) : null;
    return { ...q, cells, mean: round(mean(scores)), spread, disagreement: spread !== null && spread >= DISAGREEMENT_SPREAD };
  });
}

export function debriefAggregate(rows: DebriefRow[], scorecards: DebriefScorecard[]) {
  const scores = rows.flatMap((r) => r.cells.map((c) => c.score).filter((x): x is number => x !== null));
  const recommendations: Record<string, number> = {};
  const scale: number[] = [];
  for (const s of scorecards) {
    if (!s.recommendation) continue;
    recommendations[s.recommendation] = (recommendations[s.recommendation] ?? 0) + 1;
    scale.push(RECOMMENDATION_SCALE[s.recommendation]);
  }
  return {
    meanScore: round(mean(scores)),
    scoredAnswers: scores.length,
    recommendations,
    meanRecommendation: round(mean(scale)),
    disagreements: rows.filter((r) => r.disagreement).length,
  };
}

/** One interviewer's mean score over the questions they scored. */
export function scorecardMean(s: DebriefScorecard): number | null {
  return round(mean(s.items.map((i) => i.score).filter((x): x is number => x !== null)));
}
