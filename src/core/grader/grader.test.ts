import { describe, expect, it } from 'vitest';
import { gradeAnswer, type GradeResult, type GraderQuestion } from './index';
import { isOneSlipAway } from './spelling';
import { winkGeneration } from './text-analysis';

const quotes = (answer: string, r: GradeResult, id: string) => r.covered.find((c) => c.id === id)?.spans.map((s) => answer.slice(s.start, s.end)) ?? [];

const indexQuestion: GraderQuestion = {
  prompt: 'A report query on a large orders table is slow. What would you do?',
  referenceAnswer: 'Read the plan, then add an index that matches the filter.',
  keyPoints: [
    { id: 'plan', text: 'Reads the query plan with EXPLAIN before changing anything', weight: 2, evidence: ['explain analyze', 'query plan'], followUp: 'How would you see what the database does?' },
    { id: 'index', text: 'The query needs an index on the filtered column', weight: 3, evidence: ['needs an index', 'add an index'], followUp: 'What would make the lookup fast?' },
    { id: 'stack', text: 'The database is LIFO for this workload', weight: 1, evidence: ['last in first out'] },
  ],
  redFlags: [{ text: 'Indexes every column', evidence: ['index every column'] }],
};

describe('gradeAnswer with written key points', () => {
  it('credits a point with the exact characters of the answer that make it, including synonyms and abbreviations', () => {
    const answer = 'First I would run EXPLAIN ANALYZE on it. The query needs an index; the DB behaves as LIFO here.';
    const r = gradeAnswer(indexQuestion, answer);
    expect(r.gradable).toBe(true);
    expect(quotes(answer, r, 'plan')).toEqual(['EXPLAIN ANALYZE']);
    expect(quotes(answer, r, 'index')).toEqual(['needs an index']);
    // "LIFO" is the table's name for "last in first out".
    expect(quotes(answer, r, 'stack')).toEqual(['LIFO']);
    expect(r.missed).toEqual([]);
    expect(r.score).toBe(5);
  });

  it('finds an evidence phrasing in another order and inflection within one sentence', () => {
    const answer = 'An index, which I would add on customer_id, fixes it.';
    const r = gradeAnswer(indexQuestion, answer);
    expect(quotes(answer, r, 'index')).toEqual(['index', 'add']);
  });

  it('does not credit a negated point: "does not need an index" is not "needs an index"', () => {
    for (const answer of ['It does not need an index, the table is small.', "It doesn't need an index at all.", 'There is no index needed, never add an index here.']) {
      const r = gradeAnswer(indexQuestion, answer);
      expect(r.covered.map((c) => c.id), answer).not.toContain('index');
    }
    // The negation ends with its clause: what follows "but" is asserted again.
    const answer = 'It is not slow because of locks, but it needs an index.';
    expect(quotes(answer, gradeAnswer(indexQuestion, answer), 'index')).toEqual(['needs an index']);
  });

  it('aims the follow-up at the heaviest missed point and never credits what is not there', () => {
    const answer = 'I would look at the query plan with EXPLAIN and see where the time goes.';
    const r = gradeAnswer(indexQuestion, answer);
    expect(r.covered.map((c) => c.id)).toEqual(['plan']);
    expect(r.missed.map((m) => m.id)).toEqual(['index', 'stack']);
    expect(r.followUp).toBe('What would make the lookup fast?');
    expect(r.score).toBeLessThanOrEqual(3);
  });

  it('raises a red flag the answer asserts, not one it rejects', () => {
    const raised = gradeAnswer(indexQuestion, 'Just index every column and add an index on the filter, then check the query plan.');
    expect(raised.redFlags.map((f) => f.text)).toEqual(['Indexes every column']);
    const rejected = gradeAnswer(indexQuestion, 'It would be wrong to index every column; add an index on the filter, then check the query plan.');
    expect(rejected.redFlags).toEqual([]);
    expect(raised.exactScore!).toBeLessThan(rejected.exactScore!);
  });

  it('keeps UTF-16 offsets right after emoji and accents', () => {
    const answer = 'Héllo 😀 — the query needs an index.';
    const r = gradeAnswer(indexQuestion, answer);
    expect(quotes(answer, r, 'index')).toEqual(['needs an index']);
  });

  it('is deterministic: the same input gives the same result, for the same object or a copy of it', () => {
    const answer = 'Run EXPLAIN, then add an index on the filtered column.';
    const first = gradeAnswer(indexQuestion, answer);
    expect(gradeAnswer(indexQuestion, answer)).toEqual(first);
    expect(gradeAnswer(structuredClone(indexQuestion), answer)).toEqual(first);
  });
});

describe('gradeAnswer with a reference answer only', () => {
  const stack: GraderQuestion = {
    prompt: 'How does a stack differ from a queue?',
    referenceAnswer: 'A stack is last in first out, so the most recently pushed element is removed first, while a queue is first in first out, so elements leave in the order they were added.',
    keyPoints: [],
  };

  it('derives points from the reference, grades a short legitimate answer and marks its points as derived', () => {
    const answer = 'LIFO: the last element pushed is the first popped; a queue is FIFO.';
    const r = gradeAnswer(stack, answer);
    expect(r.derivedKeyPoints).toBe(true);
    expect(r.gradable).toBe(true);
    expect(r.covered.length + r.missed.length).toBeGreaterThanOrEqual(2);
    // Neighbouring words of one point join into one span: "queue is FIFO", not "queue" and "FIFO".
    expect(r.covered.flatMap((c) => c.spans.map((s) => answer.slice(s.start, s.end)))).toEqual(expect.arrayContaining(['LIFO', 'queue is FIFO']));
    expect(r.score).toBeGreaterThanOrEqual(4);
    expect(r.confidence).toBeLessThan(gradeAnswer(indexQuestion, 'Run EXPLAIN ANALYZE, then add an index on the filtered column.').confidence);
  });

  it('forgives a misspelt word, but not a real word one letter away', () => {
    const pointer: GraderQuestion = { prompt: 'What is a pointer?', referenceAnswer: 'A variable that stores the memory address of another variable.', keyPoints: [] };
    const slip = 'a varible that stores the memmory address of another varible';
    const r = gradeAnswer(pointer, slip);
    expect(r.covered.flatMap((c) => c.spans.map((s) => slip.slice(s.start, s.end)))).toEqual(['varible that stores the memmory address']);
    // "invert" is in the lexicon: a different word, not a slip of "insert".
    const insert: GraderQuestion = { prompt: 'How do you add to a heap?', referenceAnswer: 'Insert the element at the bottom and sift it up.', keyPoints: [] };
    const answer = 'Invert the element at the bottom.';
    expect(gradeAnswer(insert, answer).covered.flatMap((c) => c.spans.map((s) => answer.slice(s.start, s.end)))).not.toContain('Invert');
  });

  it('relates derivations the stemmer keeps apart', () => {
    const oop: GraderQuestion = { prompt: 'What are the main advantages of object-oriented programming?', referenceAnswer: 'Abstraction and reusability.', keyPoints: [] };
    const answer = 'You can reuse code, and abstract away details.';
    const r = gradeAnswer(oop, answer);
    expect(r.covered.flatMap((c) => c.spans.map((s) => answer.slice(s.start, s.end)))).toEqual(expect.arrayContaining(['reuse', 'abstract']));
  });

  it('scores a wrong answer below a right one, and a half answer between them', () => {
    const right = gradeAnswer(stack, 'A stack removes the most recently added element first (LIFO), while a queue removes elements in the order they were added (FIFO).');
    const half = gradeAnswer(stack, 'A stack is last in, first out.');
    const wrong = gradeAnswer(stack, 'A queue is faster than a stack because it uses less memory.');
    expect(right.exactScore!).toBeGreaterThan(half.exactScore!);
    expect(half.exactScore!).toBeGreaterThan(wrong.exactScore!);
    expect(wrong.score).toBeLessThanOrEqual(2);
  });
});

describe('isOneSlipAway', () => {
  it.each([
    ['function', 'fuction', true],
    ['receiv', 'reciev', true],
    ['pointer', 'pionter', true],
    ['memori', 'memmori', true],
    ['heap', 'head', false],
    ['stack', 'stack', false],
    ['insert', 'invert', true],
    ['delete', 'deletion', false],
    ['=fifo', '=lifo', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(isOneSlipAway(a, b)).toBe(expected);
  });
});

describe('a long run', () => {
  it('keeps grading the same way after wink has been given a fresh instance to forget unseen words', () => {
    const answer = 'Run EXPLAIN ANALYZE, then add an index; it does not need a cache.';
    const before = gradeAnswer(indexQuestion, answer);
    const generation = winkGeneration();
    // 100,000 words wink has never seen make the analysis start a fresh wink instance.
    const letters = (n: number) => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');
    for (let batch = 0; batch < 11; batch++) gradeAnswer(indexQuestion, Array.from({ length: 10_000 }, (_, i) => `qx${letters(batch * 10_000 + i)}zv`).join(' '));
    expect(winkGeneration()).toBeGreaterThan(generation);
    expect(gradeAnswer(indexQuestion, answer)).toEqual(before);
  });
});
