// Test data for the practice suites: a question with several weighted key points, and answers that
// make few or all of them, written the way candidates talk.
import { sampleQuestion, type TestApp, type TestUser } from '../../test/test-app';
import type { QuestionContentInput } from '../../../shared/question.schema';

export const RETRY_KEY_POINTS: QuestionContentInput['keyPoints'] = [
  { id: 'client-key', text: 'The client sends a key it generated once per payment', weight: 3, evidence: ['idempotency key', 'unique request id'], followUp: 'Who creates the key, and when does it change?' },
  { id: 'atomic-claim', text: 'The key is claimed atomically with a unique constraint', weight: 3, evidence: ['unique constraint', 'on conflict do nothing'], followUp: 'Two retries arrive in the same millisecond: what stops both from charging?' },
  { id: 'store-response', text: 'The first response is stored and replayed to retries', weight: 2, evidence: ['store the response', 'replay the response'], followUp: 'What exactly does a retry get back?' },
  { id: 'fingerprint', text: 'A hash of the body catches a key reused for another payment', weight: 1, evidence: ['hash of the body', 'different body'], followUp: 'The same key arrives with another amount: what happens?' },
];

export const POOR_ANSWER =
  'I would make the client send an idempotency key with every payment request. The server should look at it before charging the card again, so the customer is not billed twice when the app retries.';

export const GOOD_ANSWER =
  'The client generates an idempotency key once per payment and sends it on every retry of that payment. ' +
  'The server inserts the key under a unique constraint, with insert on conflict do nothing, so two concurrent retries cannot both pass the check. ' +
  'When the charge finishes we store the response, status code and body, and replay the response to any later retry, even a decline. ' +
  'We also keep a hash of the body with the key and answer 422 when the same key arrives with a different body.';

/** The answer to the follow-up of POOR_ANSWER's heaviest missed point (atomic-claim). */
export const FOLLOW_UP_ANSWER = 'The server claims the key with a unique constraint, so the second insert fails and only one request charges the card.';

export function retryQuestion(overrides: Partial<QuestionContentInput> = {}): QuestionContentInput {
  return sampleQuestion({
    title: 'Making a payment endpoint safe to retry',
    prompt: 'Our app retries `POST /payments` on timeouts and some customers were charged twice. How would you make it safe to retry?',
    referenceAnswer: 'The client sends an Idempotency-Key; the server claims it under a unique constraint, stores the response and replays it.',
    keyPoints: RETRY_KEY_POINTS,
    anchors: { 1: 'No notion of a key.', 2: 'Knows a key is needed, not where it lives.', 3: 'Key, unique constraint, replay.', 4: 'Adds fingerprints.', 5: 'Adds crash recovery.' },
    followUps: [{ prompt: 'Two retries race: walk me through both.', keyPoints: ['atomic-claim'] }],
    redFlags: [{ text: 'Deduplicates on amount', evidence: ['same amount'] }],
    ...overrides,
  });
}

/** Creates a question as the workspace owner (or `as`) and returns its id and slug. */
export async function addQuestion(t: TestApp, overrides: Partial<QuestionContentInput> = {}, as?: TestUser): Promise<{ id: string; slug: string; category: string }> {
  const res = await t.inject({ method: 'POST', url: '/api/v1/questions', payload: retryQuestion(overrides), headers: as ? as.auth : {} });
  if (res.statusCode !== 201) throw new Error(`creating a question failed: ${res.statusCode} ${res.body}`);
  return res.json();
}
