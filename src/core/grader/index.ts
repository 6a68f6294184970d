// First version of the grader's entry point: honours the contract in grader-types.ts so callers can
// build on it; the language analysis behind it is refined in the modules beside this file.
import { stemmer } from 'stemmer';
import type { GradeResult, GraderQuestion, Span } from './grader-types.js';

export type * from './grader-types.js';

interface Token {
  stem: string;
  start: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    tokens.push({ stem: stemmer(m[0].toLowerCase()), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

function findPhrase(answer: Token[], phrase: string): Span | null {
  const words = tokenize(phrase).map((t) => t.stem);
  if (words.length === 0) return null;
  for (let i = 0; i + words.length <= answer.length; i++) {
    if (words.every((w, k) => answer[i + k]!.stem === w)) {
      return { start: answer[i]!.start, end: answer[i + words.length - 1]!.end };
    }
  }
  return null;
}

export function gradeAnswer(question: GraderQuestion, answer: string): GradeResult {
  const base = { covered: [], missed: [], redFlags: [], followUp: null, confidence: 1, derivedKeyPoints: false };
  if (answer.trim() === '') {
    return { ...base, gradable: false, score: null, reason: 'The answer is empty.', notGradable: 'empty' };
  }
  const tokens = tokenize(answer);
  const covered: GradeResult['covered'] = [];
  const missed: GradeResult['missed'] = [];
  for (const point of question.keyPoints) {
    const spans = point.evidence.map((e) => findPhrase(tokens, e)).filter((s): s is Span => s !== null);
    if (spans.length > 0) covered.push({ id: point.id, text: point.text, weight: point.weight, spans });
    else missed.push({ id: point.id, text: point.text, weight: point.weight });
  }
  const total = question.keyPoints.reduce((s, p) => s + p.weight, 0);
  const got = covered.reduce((s, p) => s + p.weight, 0);
  const score = total === 0 ? 1 : Math.max(1, Math.min(5, Math.round(1 + (4 * got) / total)));
  const heaviest = [...missed].sort((a, b) => b.weight - a.weight)[0];
  const followUp = heaviest ? (question.keyPoints.find((p) => p.id === heaviest.id)?.followUp ?? null) : null;
  return {
    ...base,
    gradable: true,
    score,
    reason: `Covers ${covered.length} of ${question.keyPoints.length} key points.`,
    covered,
    missed,
    followUp,
    confidence: 0.5,
  };
}
