// Interviews and scorecards shaped like the server's answers, for this feature's component tests.
import type { Interview, Scorecard } from '../../../shared/interview.schema';

const anchors = { 1: 'Cannot explain it.', 2: 'Names it, no detail.', 3: 'Correct but shallow.', 4: 'Trade-offs and context.', 5: 'Edge cases unprompted.' };

function question(position: number, sectionIndex: number, title: string) {
  return {
    position,
    sectionIndex,
    questionId: `00000000-0000-4000-8000-00000000010${position}`,
    questionVersion: 1,
    notes: position === 0 ? 'Listen for the storage of the first response.' : '',
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    title,
    type: 'technical',
    category: 'API Design',
    difficulty: 'medium',
    minutes: 10,
    prompt: `How would you approach **${title}**?`,
    approach: '',
    referenceAnswer: 'Store the key with the response in the same transaction.',
    keyPoints: [
      { id: `kp-${position}-a`, text: `First point of ${title}`, weight: 3 as const, evidence: ['one'], followUp: 'What happens on retry?' },
      { id: `kp-${position}-b`, text: `Second point of ${title}`, weight: 2 as const, evidence: ['two'], followUp: 'And under concurrency?' },
    ],
    anchors,
    followUps: [{ prompt: 'What if two requests arrive at once?', keyPoints: [] }],
    redFlags: [{ text: 'Returns 200 with an error body', evidence: [] }],
  };
}

export const ME = { userId: 'u1', name: 'Ann Owner', email: 'ann@example.com' };
export const BO = { userId: 'u2', name: 'Bo Interviewer', email: 'bo@example.com' };

export function interviewFixture(overrides: Partial<Interview> = {}): Interview {
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    candidate: { id: '00000000-0000-4000-8000-0000000000b1', name: 'Cy Candidate' },
    kitId: '00000000-0000-4000-8000-0000000000d1',
    kitName: 'Backend technical interview (60 min)',
    minutes: 30,
    scheduledAt: '2030-05-01T10:00:00.000Z',
    status: 'scheduled',
    interviewers: [ME, BO],
    questionCount: 3,
    myScorecard: 'draft',
    notes: '',
    startedAt: null,
    completedAt: null,
    cancelledAt: null,
    version: 1,
    sections: [
      { index: 0, title: 'API design', minutes: 20, positions: [0, 1] },
      { index: 1, title: 'Databases', minutes: 10, positions: [2] },
    ],
    questions: [question(0, 0, 'Idempotency keys'), question(1, 0, 'Rate limiting'), question(2, 1, 'Locking')],
    ...overrides,
  };
}

export function scorecardFixture(overrides: Partial<Scorecard> = {}): Scorecard {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    interviewId: '00000000-0000-4000-8000-0000000000a1',
    candidateId: '00000000-0000-4000-8000-0000000000b1',
    interviewer: ME,
    status: 'draft',
    items: [0, 1, 2].map((position) => ({ position, score: null, notAsked: false, keyPoints: [], notes: '' })),
    recommendation: null,
    summary: '',
    revision: 0,
    version: 1,
    submittedAt: null,
    updatedAt: '2030-05-01T09:00:00.000Z',
    revisions: [],
    ...overrides,
  };
}
