import { describe, expect, it } from 'vitest';
import { kitIssues } from './kit-rules';
import type { KitFile } from '../../shared/pack.schema';

const minutes = new Map([
  ['a', 7],
  ['b', 10],
]);
const kit = (over: Partial<KitFile> = {}): KitFile => ({
  slug: 'k',
  name: 'Kit',
  description: '',
  minutes: 20,
  sections: [
    { title: 'One', minutes: 8, questions: ['a'] },
    { title: 'Two', minutes: 12, questions: ['b'] },
  ],
  ...over,
});

describe('kitIssues', () => {
  it('accepts a kit whose sections fill its time and fit their questions', () => expect(kitIssues(kit(), minutes, 'k')).toEqual([]));
  it.each([
    [kit({ minutes: 25 }), 'the sections add up to 20 minutes, not 25'],
    [kit({ sections: [{ title: 'One', minutes: 20, questions: ['a', 'zzz'] }] }), 'no question "zzz" in this pack'],
    [kit({ sections: [{ title: 'One', minutes: 20, questions: ['a', 'a'] }] }), '"a" is asked twice'],
    [kit({ sections: [{ title: 'One', minutes: 5, questions: ['a'] }, { title: 'Two', minutes: 15, questions: [] }] }), '"One" plans 7 minutes of questions in 5'],
  ])('reports %#', (k, message) => expect(kitIssues(k, minutes).map((i) => i.message)).toContain(message));
  it('checks the slug against the file name', () => expect(kitIssues(kit(), minutes, 'other')[0]!.message).toMatch(/file name/));
});
