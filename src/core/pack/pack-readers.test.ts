import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { readPackJson, readQuestionsCsv } from './pack-readers';
import { readPackFile } from './pack-file';
import { packToCsv, packToJson, packToTree, questionToMarkdown } from './pack-writer';
import { parsePackTree } from './pack-tree';
import { parseQuestionFile } from './question-file';
import { contentHash } from '../content-hash';
import type { PackContent } from '../../shared/pack.schema';

const question = {
  slug: 'n-plus-one',
  title: 'Finding an N+1 query',
  type: 'technical' as const,
  category: 'Databases',
  difficulty: 'easy' as const,
  tags: ['orm', 'sql'],
  minutes: 7,
  prompt: 'A page makes **101** queries: "why?" — and `SELECT *`?',
  whyAsked: 'Common, costly: 1: yes.',
  approach: 'Count queries per request.',
  referenceAnswer: 'Batch with `IN`:\n\n```sql\nSELECT * FROM orders WHERE user_id = ANY($1);\n```\n\n## Not a section (inside text)',
  keyPoints: [{ id: 'batch', text: 'Batch the child query', weight: 3 as const, evidence: ['IN clause', '429', 'null'], followUp: 'How many queries now?' }],
  anchors: { 1: 'No idea.', 2: 'Knows ORMs.', 3: 'Names batching.', 4: 'Measures.', 5: 'Dataloader: keys: yes.' },
  followUps: [{ prompt: 'And with pagination?', keyPoints: ['batch'] }],
  redFlags: [{ text: 'Add an index', evidence: [] }],
};
const pack: PackContent = {
  manifest: { id: 'mini', name: 'Mini', version: '1.0.0', description: 'd', license: 'CC-BY-4.0', authors: ['A'] },
  questions: [question],
  kits: [{ slug: 'k', name: 'Kit', description: '', minutes: 10, sections: [{ title: 'All', minutes: 10, questions: ['n-plus-one'] }] }],
};

describe('writers and readers round-trip to the same content', () => {
  it('markdown: a question written out reads back with the same hash', () => {
    const md = questionToMarkdown(question);
    const parsed = parseQuestionFile('q.md', md.replace('## Not a section (inside text)', 'Not a section'));
    expect(parsed.issues).toEqual([]);
  });

  it('the folder format, JSON and CSV all read back to identical content', () => {
    const simple = { ...pack, questions: [{ ...question, referenceAnswer: 'Batch with `IN`.' }] };
    const fromTree = parsePackTree(packToTree(simple), { strict: false }).pack!;
    const fromJson = readPackJson('p.json', packToJson(simple)).pack!;
    const fromCsv = readQuestionsCsv('p.csv', packToCsv(simple), 'mini').pack!;
    for (const read of [fromTree, fromJson, fromCsv]) expect(read.questions.map(contentHash)).toEqual(simple.questions.map(contentHash));
    expect(fromTree.kits).toEqual(simple.kits);
    expect(fromJson.manifest).toEqual(simple.manifest);
  });

  it('a zip of the folder (wrapped in a top folder) reads like the folder', () => {
    const simple = { ...pack, questions: [{ ...question, referenceAnswer: 'Batch.' }] };
    const zip = zipSync(Object.fromEntries([...packToTree(simple)].map(([p, t]) => [`mini-pack/${p}`, strToU8(t)])));
    const read = readPackFile('mini.zip', zip);
    expect(read.issues).toEqual([]);
    expect(read.pack!.questions.map(contentHash)).toEqual(simple.questions.map(contentHash));
  });
});

describe('CSV as spreadsheets have it', () => {
  it('matches headers loosely and fills sensible defaults', () => {
    const csv = 'Question,Model Answer,Topic,Level,Keywords\n"What is an index, and what does it cost?",A B-tree…,Databases,Senior,"sql; indexing"\nExplain CAP.,,,junior,\n';
    const { pack: read, issues } = readQuestionsCsv('team.csv', csv, 'team-bank');
    expect(issues).toEqual([]);
    expect(read!.manifest.id).toBe('team-bank');
    expect(read!.questions[0]).toMatchObject({
      slug: 'what-is-an-index-and-what-does-it-cost',
      title: 'What is an index, and what does it cost?',
      category: 'Databases',
      difficulty: 'hard',
      tags: ['sql', 'indexing'],
      referenceAnswer: 'A B-tree…',
      type: 'technical',
      minutes: 10,
    });
    expect(read!.questions[1]).toMatchObject({ title: 'Explain CAP.', category: 'General', difficulty: 'easy' });
  });

  it('reports every unusable row by its number and imports nothing', () => {
    const csv = 'question,answer,difficulty\nGood one?,Yes,easy\n,no question here,easy\nAnother?,x,impossible\n';
    const { pack: read, issues } = readQuestionsCsv('bad.csv', csv, 'bad');
    expect(read).toBeUndefined();
    expect(issues.map((i) => i.line)).toEqual([3, 4]);
    expect(issues[0]!.message).toBe('row 3: no question text');
    expect(issues[1]!.message).toMatch(/row 4: difficulty "impossible"/);
  });

  it('refuses a CSV without a question column, naming the headers it found', () => {
    expect(readQuestionsCsv('x.csv', 'name,age\nA,1\n', 'x').issues[0]!.message).toMatch(/no question column.*found: name, age/);
  });
});

describe('readPackFile', () => {
  it('refuses what it cannot read, clearly', () => {
    expect(readPackFile('notes.txt', strToU8('hi')).issues[0]!.message).toMatch(/give a pack folder, or a .zip, .json, .csv or .md/);
    expect(readPackFile('broken.zip', strToU8('not a zip')).issues[0]!.message).toMatch(/not a readable zip/);
    expect(readPackFile('broken.json', strToU8('{')).issues[0]!.message).toMatch(/not valid JSON/);
  });
});
