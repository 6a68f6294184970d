// Red flags: wrong ideas the question's author listed. One is raised only when the answer asserts
// it: not when the phrase is negated, and not when its sentence rejects it ("deduplicating on the
// amount is wrong", "instead of a check-then-insert").
import { DISAPPROVAL } from './lexicon';
import { findPhrasing, type AnswerIndex } from './match-points';
import type { PreparedQuestion } from './question-model';

export interface RaisedFlag {
  text: string;
  tokens: number[];
}

export function findRedFlags(index: AnswerIndex, question: PreparedQuestion): RaisedFlag[] {
  const { tokens } = index.analysis;
  const raised: RaisedFlag[] = [];
  for (const flag of question.redFlags) {
    const places = flag.phrasings.flatMap((p) => findPhrasing(index, p)).filter((place) => {
      const sentence = tokens[place[0]!]!.sentence;
      return !tokens.some((t) => t.sentence === sentence && DISAPPROVAL.has(t.lower));
    });
    if (places.length) raised.push({ text: flag.text, tokens: [...new Set(places.flat())].sort((a, b) => a - b) });
  }
  return raised;
}
