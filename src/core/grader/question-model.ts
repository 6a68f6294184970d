// Everything the grader needs from a question, computed once per question content: its points
// (given or derived) as phrasings and weighted terms, the prompt's words, and its vocabulary.
import type { GraderQuestion } from './grader-types';
import { GENERIC_WORDS } from './lexicon';
import { deriveClauses, plainProse } from './derive-points';
import { toPhrasing, type Phrasing } from './phrasing';
import { analyse, contentKeys } from './text-analysis';

export interface PreparedPoint {
  id: string;
  text: string;
  weight: number;
  followUp: string | null;
  /** The point's evidence phrasings (none for derived points). */
  phrasings: Phrasing[];
  /** The content keys of the point's own text with their weights. */
  terms: Map<string, number>;
  termTotal: number;
  /** How many of the terms are not words of the prompt. */
  ownTerms: number;
}

export interface PreparedQuestion {
  derived: boolean;
  points: PreparedPoint[];
  promptKeys: Set<string>;
  /** Every run of COPIED_RUN consecutive word keys of the prompt: what a pasted question is recognised by. */
  promptRuns: Set<string>;
  /** Every content key any part of the question uses: what an on-topic answer draws from. */
  vocabulary: Set<string>;
  redFlags: { text: string; phrasings: Phrasing[] }[];
}

/** Words in a row that, copied from the prompt, mark a pasted question. */
export const COPIED_RUN = 4;

/** Question demotion: words of the prompt count less, since repeating the question shows nothing. */
const PROMPT_FACTOR = 0.4;
const GENERIC_FACTOR = 0.5;
const genericKeys = new Set(contentKeys(analyse([...GENERIC_WORDS].join(' . '))));

function keysOf(text: string): string[] {
  return contentKeys(analyse(text));
}

/** Weight of each key: demoted if in the prompt or generic, lowered if many points share it. */
function termWeights(pointKeys: string[][], promptKeys: Set<string>): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of pointKeys) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [key, n] of df) {
    let w = 1 / Math.sqrt(n);
    if (promptKeys.has(key)) w *= PROMPT_FACTOR;
    if (genericKeys.has(key)) w *= GENERIC_FACTOR;
    weights.set(key, w);
  }
  return weights;
}

function weightedTerms(keys: string[], weights: Map<string, number>, promptKeys: Set<string>) {
  const terms = new Map(keys.map((k) => [k, weights.get(k) ?? 1]));
  let total = 0;
  for (const w of terms.values()) total += w;
  return { terms, termTotal: total, ownTerms: keys.filter((k) => !promptKeys.has(k)).length };
}

function prepare(question: GraderQuestion): PreparedQuestion {
  // The prompt's code stays in: an answer that talks about the code is talking about the question.
  const promptAnalysis = analyse(question.prompt);
  const promptKeys = new Set(contentKeys(promptAnalysis));
  const promptWords = promptAnalysis.tokens.filter((t) => t.word).map((t) => t.key);
  const promptRuns = new Set<string>();
  for (let i = 0; i + COPIED_RUN <= promptWords.length; i++) promptRuns.add(promptWords.slice(i, i + COPIED_RUN).join(' '));
  const followUpOf = new Map<string, string>();
  for (const f of question.followUps ?? []) for (const id of f.keyPoints) if (!followUpOf.has(id)) followUpOf.set(id, f.prompt);

  const derived = question.keyPoints.length === 0;
  let points: PreparedPoint[];
  if (derived) {
    const clauses = deriveClauses(question.referenceAnswer);
    const weights = termWeights(clauses.map((c) => c.keys), promptKeys);
    const masses = clauses.map((c) => weightedTerms(c.keys, weights, promptKeys));
    const heaviest = Math.max(0, ...masses.map((m) => m.termTotal));
    points = clauses.map((c, i) => ({
      id: `ref-${i + 1}`,
      text: c.text,
      weight: Math.min(3, Math.max(1, Math.round((3 * masses[i]!.termTotal) / (heaviest || 1)))),
      followUp: null,
      phrasings: [],
      ...masses[i]!,
    }));
  } else {
    const textKeys = question.keyPoints.map((p) => keysOf(p.text));
    const weights = termWeights(textKeys, promptKeys);
    points = question.keyPoints.map((p, i) => ({
      id: p.id,
      text: p.text,
      weight: p.weight,
      followUp: p.followUp ?? followUpOf.get(p.id) ?? null,
      phrasings: p.evidence.map((e) => toPhrasing(e, promptKeys)).filter((x): x is Phrasing => x !== null),
      ...weightedTerms(textKeys[i]!, weights, promptKeys),
    }));
  }

  const vocabularyTexts = [
    question.referenceAnswer,
    ...question.keyPoints.flatMap((p) => [p.text, ...p.evidence]),
    ...Object.values(question.anchors ?? {}),
    ...(question.redFlags ?? []).flatMap((f) => [f.text, ...f.evidence]),
    ...(question.followUps ?? []).map((f) => f.prompt),
  ];
  const vocabulary = new Set([...promptKeys, ...vocabularyTexts.flatMap((t) => keysOf(plainProse(t)))]);
  const redFlags = (question.redFlags ?? []).map((f) => ({
    text: f.text,
    phrasings: f.evidence.map((e) => toPhrasing(e, promptKeys, true)).filter((x): x is Phrasing => x !== null),
  }));
  return { derived, points, promptKeys, promptRuns, vocabulary, redFlags };
}

// Callers grade many answers to one question: by object identity first, then by content, so a
// question rebuilt from JSON (the CLI reads one per line) is prepared once too.
const byObject = new WeakMap<GraderQuestion, PreparedQuestion>();
const byContent = new Map<string, PreparedQuestion>();
const CONTENT_CACHE_SIZE = 512;

/** The prepared form of a question, memoised by identity and by content. */
export function prepareQuestion(question: GraderQuestion): PreparedQuestion {
  const known = byObject.get(question);
  if (known) return known;
  const key = JSON.stringify([question.prompt, question.referenceAnswer, question.keyPoints, question.anchors ?? null, question.redFlags ?? [], question.followUps ?? []]);
  let prepared = byContent.get(key);
  if (!prepared) {
    prepared = prepare(question);
    if (byContent.size >= CONTENT_CACHE_SIZE) byContent.delete(byContent.keys().next().value!);
    byContent.set(key, prepared);
  }
  byObject.set(question, prepared);
  return prepared;
}
