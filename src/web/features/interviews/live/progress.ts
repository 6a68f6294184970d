// What a scorecard still lacks before it can be submitted: the server's rule (every question scored
// or marked not asked, and a recommendation), checked on the screen as the interviewer goes.
import type { InterviewQuestion, Scorecard } from '../../../../shared/interview.schema';

export type AnswerState = 'scored' | 'not-asked' | 'open';

export function answerState(scorecard: Scorecard | null, position: number): AnswerState {
  const item = scorecard?.items.find((i) => i.position === position);
  if (item?.notAsked) return 'not-asked';
  return item?.score != null ? 'scored' : 'open';
}

export interface Missing {
  questions: InterviewQuestion[];
  recommendation: boolean;
}

export function missingForSubmit(questions: InterviewQuestion[], scorecard: Scorecard | null): Missing {
  return {
    questions: questions.filter((q) => answerState(scorecard, q.position) === 'open'),
    recommendation: !scorecard?.recommendation,
  };
}

export const isComplete = (m: Missing) => m.questions.length === 0 && !m.recommendation;
