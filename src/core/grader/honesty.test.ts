// The honesty cases, on every question of the bundled pack: each comes back not gradable,
// or scored at most 2, with a reason. The buzzword list is built from the question's own evidence
// phrases, the answers the grader would most wrongly reward if it matched words alone.
import { describe, expect, it } from 'vitest';
import { loadBankQuestions } from '../../../bench/grader-sets';
import { plainProse } from './derive-points';
import { holdsHonesty } from './evaluation';
import { listShape } from './honesty';
import { analyse } from './text-analysis';
import { gradeAnswer, type GraderQuestion } from './index';

const bank = loadBankQuestions();
const slugs = [...bank.keys()];

/** A fluent, correct answer to another question of the bank (its reference answer's first lines). */
function answerToAnotherQuestion(slug: string): string {
  const other = bank.get(slugs[(slugs.indexOf(slug) + 7) % slugs.length]!)!;
  return plainProse(other.referenceAnswer).split(/(?<=\.)\s+/).slice(0, 3).join(' ');
}

const buzzwords = (q: GraderQuestion) => q.keyPoints.map((p) => p.evidence[0]).join(', ');

const cases: [name: string, answer: (slug: string, q: GraderQuestion) => string, refusal?: string][] = [
  ['empty', () => '   ', 'empty'],
  ['"fine"', () => 'fine', 'non_answer'],
  ['"I don\'t know"', () => "I don't know", 'non_answer'],
  ['lorem ipsum', () => 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.', 'gibberish'],
  ['keyboard mash', () => 'asdfgh jkl; qwerty zxcvb sdkjfh lkjhg', 'gibberish'],
  ['the question pasted back', (_s, q) => plainProse(q.prompt), 'question_repeated'],
  ['a fluent answer to a different question', (slug) => answerToAnotherQuestion(slug)],
  // Refused as a list of terms, or, when most items are verb phrases, graded at most 2 as fragments.
  ['a list of buzzwords with no sentences', (_s, q) => buzzwords(q), 'no_sentences|fragments'],
];

describe('honesty: answers with nothing to grade', () => {
  it.each(cases)('%s: not gradable, or at most 2, with the reason, on every bank question', (_name, make, refusal) => {
    expect(slugs.length).toBeGreaterThanOrEqual(60);
    for (const slug of slugs) {
      const question = bank.get(slug)!;
      const answer = make(slug, question);
      const result = gradeAnswer(question, answer);
      expect(holdsHonesty(result), `${slug}: ${answer.slice(0, 80)} → ${result.score} (${result.reason})`).toBe(true);
      expect(result.reason.length).toBeGreaterThan(10);
      if (refusal === 'no_sentences|fragments') {
        if (result.gradable) expect(result.reason).toContain('list of fragments without sentences');
        else expect(result.notGradable).toBe('no_sentences');
      } else if (refusal) expect(result.notGradable, `${slug}: ${answer.slice(0, 80)}`).toBe(refusal);
      if (!result.gradable) expect(result.covered).toEqual([]);
    }
  });

  it('still grades real short answers, in the words of someone who knows', () => {
    const question: GraderQuestion = { prompt: 'What is a stack?', referenceAnswer: 'A last in first out collection: the last element pushed is the first one popped.', keyPoints: [] };
    for (const answer of ['LIFO: the last element pushed is the first popped', 'Last in, first out.', 'A pile where you only take from the top.']) {
      expect(gradeAnswer(question, answer).gradable, answer).toBe(true);
    }
  });
});

describe('listShape', () => {
  it.each([
    ['Idempotency key, UUID, Redis, SETNX, 409, Stripe, retries', 'terms'],
    ['- composite index\n- EXPLAIN ANALYZE\n- B-tree\n- partial index', 'terms'],
    ['Hash the key, find the bucket, compare keys, resize when full', 'fragments'],
    ['Use a key. Store it. Replay it. Reject mismatches.', null],
    ['The client sends a key, the server stores it, and a retry gets the saved response.', null],
  ])('%s → %s', (answer, shape) => {
    expect(listShape(analyse(answer).tokens)).toBe(shape);
  });
});
