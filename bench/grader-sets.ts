// Reads the grader's labelled sets (src/core/grader/dev-set/): the development set of answers to
// bank questions and the proxy set of short computer-science answers graded against a reference
// answer only. Used by grader:eval, bench:grade and the grader's quality test; core does no I/O.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionFile } from '../src/core/pack/question-file';
import { graderQuestionOf } from '../src/core/grader/bank-question';
import type { LabelledAnswer } from '../src/core/grader/evaluation';
import type { GraderQuestion } from '../src/core/grader/grader-types';

const root = join(import.meta.dirname, '..');
const here = join(root, 'src', 'core', 'grader', 'dev-set');

export interface DevRow {
  slug: string;
  answer: string;
  human_score: number | null;
  level: string;
  note: string;
}

/** Every question of the bundled backend pack, by slug. */
export function loadBankQuestions(): Map<string, GraderQuestion> {
  const dir = join(root, 'content', 'packs', 'backend', 'questions');
  const out = new Map<string, GraderQuestion>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const parsed = parseQuestionFile(file, readFileSync(join(dir, file), 'utf8'));
    if (parsed.question) out.set(parsed.question.slug, graderQuestionOf(parsed.question));
  }
  return out;
}

const readJsonl = <T>(name: string): T[] =>
  readFileSync(join(here, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

export function loadDevRows(): DevRow[] {
  return readJsonl<DevRow>('backend.jsonl');
}

export function loadDevSet(bank = loadBankQuestions()): LabelledAnswer[] {
  return loadDevRows().map((row) => {
    const question = bank.get(row.slug);
    if (!question) throw new Error(`dev set: no bank question "${row.slug}"`);
    return { question, answer: row.answer, human: row.human_score };
  });
}

interface ProxyRow {
  question: string;
  reference_answer: string;
  answer: string;
  human_score: number;
}

/** The proxy set, in reference-answer-only mode: no key points, as the CLI reads such lines. */
export function loadProxySet(): LabelledAnswer[] {
  return readJsonl<ProxyRow>('cs-proxy.jsonl').map((row) => ({
    question: { prompt: row.question, referenceAnswer: row.reference_answer, keyPoints: [] },
    answer: row.answer,
    human: row.human_score,
  }));
}
