// Packs that arrive as one file: Candor's JSON export, or a CSV of questions as teams keep them in
// spreadsheets (headers matched loosely; unusable rows reported by number).
import { parse as parseCsv } from 'csv-parse/sync';
import { packManifestSchema, kitFileSchema, type PackContent } from '../../shared/pack.schema';
import { QUESTION_TYPES, questionContentSchema, type QuestionContent } from '../../shared/question.schema';
import { z } from 'zod';
import { PACK_JSON_FORMAT } from './pack-writer';
import type { PackIssue } from './question-file';
import { slugify, uniqueSlug } from './slugs';

export interface ReadResult {
  pack?: PackContent;
  issues: PackIssue[];
}

const jsonPackSchema = z.object({
  format: z.literal(PACK_JSON_FORMAT),
  pack: packManifestSchema,
  questions: z.array(z.unknown()).min(1),
  kits: z.array(kitFileSchema).default([]),
});

export function readPackJson(file: string, text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { issues: [{ file, line: 1, message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const outer = jsonPackSchema.safeParse(data);
  if (!outer.success)
    return { issues: outer.error.issues.map((i) => ({ file, line: 1, message: `${i.path.join('.') || 'file'}: ${i.message}` })) };
  const issues: PackIssue[] = [];
  const questions: QuestionContent[] = [];
  outer.data.questions.forEach((raw, index) => {
    const q = questionContentSchema.safeParse(raw);
    if (q.success) questions.push(q.data);
    else for (const i of q.error.issues) issues.push({ file, line: 1, message: `questions[${index}].${i.path.join('.')}: ${i.message}` });
  });
  return issues.length ? { issues } : { pack: { manifest: outer.data.pack, questions, kits: outer.data.kits }, issues };
}

/** Spreadsheet headers people use, normalised (lower case, letters and digits only), per field. */
const HEADER_ALIASES: Record<string, string[]> = {
  slug: ['slug', 'id', 'key'],
  title: ['title', 'name', 'summary', 'shorttitle'],
  prompt: ['prompt', 'question', 'questiontext', 'q', 'text', 'body'],
  referenceAnswer: ['referenceanswer', 'answer', 'modelanswer', 'sampleanswer', 'expectedanswer', 'solution', 'a'],
  category: ['category', 'topic', 'section', 'area', 'domain', 'subject'],
  difficulty: ['difficulty', 'level', 'seniority', 'complexity'],
  tags: ['tags', 'keywords', 'labels', 'tag'],
  type: ['type', 'questiontype', 'kind', 'format'],
  minutes: ['minutes', 'time', 'duration', 'timeminutes', 'mins', 'timebox'],
  whyAsked: ['whyasked', 'why', 'purpose', 'rationale', 'signal'],
  approach: ['approach', 'hint', 'hints', 'howtoapproach'],
  keyPoints: ['keypoints', 'keypointsjson', 'rubric', 'lookfor'],
  anchors: ['anchors'],
  followUps: ['followups', 'followupquestions', 'followup'],
  redFlags: ['redflags', 'redflag'],
};
const normalise = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

const DIFFICULTY_WORDS: Record<string, QuestionContent['difficulty']> = {
  easy: 'easy', junior: 'easy', beginner: 'easy', basic: 'easy', '1': 'easy', low: 'easy',
  medium: 'medium', mid: 'medium', intermediate: 'medium', moderate: 'medium', '2': 'medium',
  hard: 'hard', senior: 'hard', advanced: 'hard', expert: 'hard', difficult: 'hard', '3': 'hard', high: 'hard',
};

const jsonOr = <T>(text: string, fallback: (t: string) => T): T | unknown => {
  const t = text.trim();
  if (t.startsWith('[') || t.startsWith('{')) {
    try {
      return JSON.parse(t);
    } catch {
      /* not JSON after all: fall through */
    }
  }
  return fallback(t);
};

const firstSentence = (text: string) => {
  const plain = text.replace(/[`*_#>]/g, '').replace(/\s+/g, ' ').trim();
  const sentence = /^(.{5,}?[.?!])(\s|$)/.exec(plain)?.[1] ?? plain;
  return sentence.length <= 120 ? sentence : `${sentence.slice(0, 117).replace(/\s+\S*$/, '')}…`;
};

/** A CSV of questions; `packId` names the pack the rows become. */
export function readQuestionsCsv(file: string, text: string, packId: string): ReadResult {
  let records: string[][];
  try {
    records = parseCsv(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (e) {
    return { issues: [{ file, line: (e as { lines?: number }).lines ?? 1, message: `not valid CSV: ${(e as Error).message}` }] };
  }
  const [header, ...rows] = records;
  if (!header) return { issues: [{ file, line: 1, message: 'the file is empty' }] };
  const columnOf = new Map<string, number>();
  header.forEach((h, i) => {
    const field = Object.entries(HEADER_ALIASES).find(([, aliases]) => aliases.includes(normalise(h)))?.[0];
    if (field && !columnOf.has(field)) columnOf.set(field, i);
  });
  if (!columnOf.has('prompt'))
    return { issues: [{ file, line: 1, message: `no question column: name one "question" or "prompt" (found: ${header.join(', ')})` }] };

  const issues: PackIssue[] = [];
  const questions: QuestionContent[] = [];
  const taken = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 2; // the header is line 1
    const cell = (field: string) => (columnOf.has(field) ? (row[columnOf.get(field)!] ?? '').trim() : '');
    const prompt = cell('prompt');
    if (!prompt) return issues.push({ file, line, message: `row ${line}: no question text` });
    const difficultyText = cell('difficulty').toLowerCase();
    const difficulty = difficultyText ? DIFFICULTY_WORDS[difficultyText] : 'medium';
    if (!difficulty) return issues.push({ file, line, message: `row ${line}: difficulty "${cell('difficulty')}" is not easy, medium or hard` });
    const typeText = cell('type').toLowerCase().replace(/\s+/g, '-');
    const type = typeText ? (QUESTION_TYPES as readonly string[]).includes(typeText) ? typeText : undefined : 'technical';
    if (!type) return issues.push({ file, line, message: `row ${line}: type "${cell('type')}" is not one of ${QUESTION_TYPES.join(', ')}` });
    const title = cell('title') || firstSentence(prompt);
    const slug = uniqueSlug(cell('slug') || slugify(title), taken);
    const minutesText = cell('minutes');
    const candidate = {
      slug,
      title,
      type,
      category: cell('category') || 'General',
      difficulty,
      tags: [...new Set(cell('tags').split(/[,;|]/).map((t) => slugify(t)).filter(Boolean))],
      minutes: minutesText ? Number.parseInt(minutesText, 10) : 10,
      prompt,
      whyAsked: cell('whyAsked'),
      approach: cell('approach'),
      referenceAnswer: cell('referenceAnswer'),
      keyPoints: cell('keyPoints') ? jsonOr(cell('keyPoints'), () => undefined) : [],
      anchors: cell('anchors') ? jsonOr(cell('anchors'), () => undefined) : null,
      followUps: cell('followUps') ? jsonOr(cell('followUps'), (t) => t.split('\n').filter(Boolean).map((p) => ({ prompt: p.trim(), keyPoints: [] }))) : [],
      redFlags: cell('redFlags') ? jsonOr(cell('redFlags'), (t) => t.split('\n').filter(Boolean).map((r) => ({ text: r.trim(), evidence: [] }))) : [],
    };
    const parsed = questionContentSchema.safeParse(candidate);
    if (!parsed.success)
      return issues.push({ file, line, message: `row ${line}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'question'} ${i.message}`).join('; ')}` });
    questions.push(parsed.data);
  });
  if (!rows.length) issues.push({ file, line: 2, message: 'no rows under the header' });
  const manifest = packManifestSchema.parse({ id: slugify(packId) || 'imported', name: packId, version: '1.0.0' });
  return issues.length ? { issues } : { pack: { manifest, questions, kits: [] }, issues };
}
