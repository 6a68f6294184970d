import { describe, expect, it } from 'vitest';
import { gradeOutput, invalidOutput, parseGradeLine } from './grade-line';
import { gradeAnswer } from './index';

const KEYS = ['score', 'gradable', 'covered', 'missed', 'follow_up', 'reason'];

describe('parseGradeLine', () => {
  it('reads a question line, with key points as strings or objects', () => {
    const line = parseGradeLine(
      JSON.stringify({ question: 'Q?', reference_answer: 'R.', answer: 'A', key_points: ['uses a unique constraint', { text: 'replays the response', weight: 3, evidence: ['saved response'] }], ticket: 'ignored' }),
    );
    expect(line).toEqual({
      kind: 'question',
      answer: 'A',
      question: {
        prompt: 'Q?',
        referenceAnswer: 'R.',
        keyPoints: [
          { id: 'kp-1', text: 'uses a unique constraint', weight: 2, evidence: ['uses a unique constraint'] },
          { id: 'kp-2', text: 'replays the response', weight: 3, evidence: ['replays the response', 'saved response'] },
        ],
      },
    });
  });

  it('reads a slug line', () => {
    expect(parseGradeLine('{"slug":"db-n-plus-one","answer":"N+1"}')).toEqual({ kind: 'slug', slug: 'db-n-plus-one', answer: 'N+1' });
  });

  it.each([
    ['not json', 'the line is not JSON'],
    ['[1,2]', 'the line must be a JSON object'],
    ['{"question":"Q","answer":"A"}', 'reference_answer'],
    ['{"question":"Q","reference_answer":"R"}', 'answer'],
    ['{"question":"Q","reference_answer":"  ","answer":"A"}', 'nothing to grade against'],
    ['{"slug":"x","question":"Q","answer":"A"}', 'not both'],
    ['{"slug":"x"}', 'answer'],
    ['{"question":"Q","reference_answer":"R","answer":"A","key_points":[{"text":"t","weight":5}]}', 'key_points.0'],
    ['{"question":"Q","reference_answer":"R","answer":"A","key_points":[{"text":"t","evidance":["e"]}]}', 'evidance'],
  ])('refuses %s, saying what is wrong', (raw, message) => {
    const line = parseGradeLine(raw);
    expect(line.kind).toBe('invalid');
    expect(line.kind === 'invalid' && line.message).toContain(message);
  });
});

describe('output lines', () => {
  it('have exactly the contract keys in order; quotes are the slices of the answer at the spans', () => {
    const answer = 'It is a stack: LIFO, so the last pushed is the first popped.';
    const out = gradeOutput(gradeAnswer({ prompt: 'What is a stack?', referenceAnswer: 'A last in first out structure.', keyPoints: [] }, answer), answer);
    expect(Object.keys(out)).toEqual(KEYS);
    expect(out.covered.length).toBeGreaterThan(0);
    for (const c of out.covered) expect(c.quotes).toEqual(c.spans.map(([s, e]) => answer.slice(s, e)));
    expect(Object.keys(invalidOutput('x'))).toEqual(KEYS);
    expect(invalidOutput('bad').reason).toBe('invalid input: bad');
  });
});
