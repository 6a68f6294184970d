import { describe, expect, it } from 'vitest';
import type { KitQuestionSummary } from '../../../shared/kit.schema';
import { addQuestion, canStep, describePlace, draftTotals, draftToInput, moveQuestionTo, stepQuestion, type KitDraft } from './kit-draft';

const question = (id: string, minutes = 10, title = `Question ${id}`): KitQuestionSummary => ({
  id,
  slug: `q-${id}`,
  title,
  category: 'Databases',
  difficulty: 'medium',
  type: 'technical',
  minutes,
  deleted: false,
});
const item = (id: string, minutes = 10) => ({ questionId: id, notes: '', question: question(id, minutes) });
const draft = (): KitDraft => ({
  name: 'Kit',
  description: '',
  minutes: 30,
  notes: '',
  sections: [
    { key: 'a', title: 'Warm-up', minutes: 10, notes: '', questions: [item('1'), item('2')] },
    { key: 'b', title: 'Depth', minutes: 20, notes: '', questions: [item('3', 15)] },
  ],
});
const order = (d: KitDraft) => d.sections.map((s) => s.questions.map((q) => q.questionId));

describe('stepQuestion', () => {
  it('moves within a section, and across into the neighbour at its edges', () => {
    expect(order(stepQuestion(draft(), '1', 1)!.draft)).toEqual([['2', '1'], ['3']]);
    expect(order(stepQuestion(draft(), '2', 1)!.draft)).toEqual([['1'], ['2', '3']]);
    expect(order(stepQuestion(draft(), '3', -1)!.draft)).toEqual([['1', '2', '3'], []]);
    expect(stepQuestion(draft(), '3', -1)!.place).toEqual({ section: 0, index: 2 });
  });

  it('has nowhere to go past the first and last place', () => {
    expect(stepQuestion(draft(), '1', -1)).toBeUndefined();
    expect(stepQuestion(draft(), '3', 1)).toBeUndefined();
    expect(canStep(draft(), '1', -1)).toBe(false);
    expect(canStep(draft(), '1', 1)).toBe(true);
  });

  it('never loses or duplicates a question, whatever the sequence of moves', () => {
    let d = draft();
    const moves: [string, -1 | 1][] = [['1', 1], ['1', 1], ['1', 1], ['3', -1], ['2', -1], ['2', -1], ['1', -1]];
    for (const [id, dir] of moves) d = stepQuestion(d, id, dir)?.draft ?? d;
    expect(order(d).flat().sort()).toEqual(['1', '2', '3']);
  });
});

describe('moveQuestionTo and addQuestion', () => {
  it('drops into an empty section and clamps the index', () => {
    const empty = { ...draft(), sections: [...draft().sections, { key: 'c', title: 'Close', minutes: 5, notes: '', questions: [] }] };
    expect(order(moveQuestionTo(empty, '1', { section: 2, index: 9 }))).toEqual([['2'], ['3'], ['1']]);
  });

  it('adds a question once only', () => {
    const d = addQuestion(draft(), 'b', question('4'));
    expect(order(d)).toEqual([['1', '2'], ['3', '4']]);
    expect(addQuestion(d, 'a', question('4'))).toBe(d);
  });
});

describe('totals, announcements and the request body', () => {
  it('adds planned minutes and names the overruns', () => {
    const d = draft();
    d.sections[0]!.questions.push(item('5'));
    expect(draftTotals(d)).toEqual({ planned: 45, boxed: 30, questionCount: 4, overrun: 15, overrunSections: ['Warm-up'] });
  });

  it('describes where a question now is', () => {
    expect(describePlace(stepQuestion(draft(), '2', 1)!.draft, '2')).toBe('“Question 2” is now 1 of 2 in “Depth”.');
  });

  it('sends ids and notes only', () => {
    expect(draftToInput(draft()).sections?.[1]).toEqual({ title: 'Depth', minutes: 20, notes: '', questions: [{ questionId: '3', notes: '' }] });
  });
});
