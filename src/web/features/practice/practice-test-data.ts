// Server-shaped practice answers for the component tests.
import type { AttemptResult, PracticeReport } from '../../../shared/practice.schema';

export const QUESTION = {
  id: '00000000-0000-4000-8000-000000000001',
  slug: 'idempotent-payments',
  title: 'Making a payment endpoint safe to retry',
  type: 'technical' as const,
  category: 'API Design',
  difficulty: 'medium' as const,
  tags: ['idempotency'],
  minutes: 10,
  prompt: 'How would you make **POST /payments** safe to retry?',
  whyAsked: 'Retries happen.',
  approach: 'Think about what the client knows.',
  version: 1,
};

export const SESSION_ID = '00000000-0000-4000-8000-0000000000aa';
export const ANSWER = 'The client sends an idempotency key and the server keeps a unique constraint on it.';
// "idempotency key" is [20, 35); "unique constraint" is [59, 76).

export function attemptResult(overrides: Partial<AttemptResult['attempt']> = {}, grade: Partial<AttemptResult['attempt']['grade']> = {}): AttemptResult {
  const answer = overrides.answer ?? ANSWER;
  return {
    attempt: {
      id: '00000000-0000-4000-8000-0000000000b1',
      sessionId: SESSION_ID,
      questionId: QUESTION.id,
      questionTitle: QUESTION.title,
      category: QUESTION.category,
      answer,
      input: 'typed',
      score: 3,
      selfRating: null,
      followUpOf: null,
      followUpOffset: null,
      followUpPrompt: null,
      createdAt: '2030-01-01T10:00:00.000Z',
      grade: {
        gradable: true,
        score: 3,
        reason: 'Makes 2 of 3 key points.',
        covered: [
          { id: 'client-key', text: 'The client sends a key', weight: 3, spans: [{ start: 20, end: 35 }] },
          { id: 'atomic-claim', text: 'The key is claimed under a unique constraint', weight: 3, spans: [{ start: 59, end: 76 }] },
        ],
        missed: [{ id: 'store-response', text: 'The response is stored and replayed', weight: 2 }],
        redFlags: [],
        followUp: 'What exactly does a retry get back?',
        confidence: 0.8,
        derivedKeyPoints: false,
        ...grade,
      },
      ...overrides,
    },
    reveal: {
      referenceAnswer: 'Store the **response** and replay it.',
      keyPoints: [
        { id: 'client-key', text: 'The client sends a key', weight: 3 },
        { id: 'atomic-claim', text: 'The key is claimed under a unique constraint', weight: 3 },
        { id: 'store-response', text: 'The response is stored and replayed', weight: 2 },
      ],
      anchor: { score: 3, text: 'Key, unique constraint, replay.' },
    },
    review: { questionId: QUESTION.id, due: '2030-01-01T10:10:00.000Z', state: 'learning', reps: 1, lapses: 0, scheduledDays: 0, lastReview: '2030-01-01T10:00:00.000Z', rating: 2 },
  };
}

export function report(overrides: Partial<PracticeReport> = {}): PracticeReport {
  return {
    id: SESSION_ID,
    mode: 'mock',
    settings: { pack: null, difficulties: [], categories: [], length: 1 },
    minutes: 10,
    questionCount: 1,
    attemptCount: 0,
    meanScore: null,
    startedAt: new Date().toISOString(),
    finishedAt: null,
    sharedAt: null,
    questions: [QUESTION],
    answeredQuestionIds: [],
    owner: { id: 'u1', name: 'Ann Owner' },
    isOwner: true,
    attempts: [],
    categories: [],
    ...overrides,
  };
}
