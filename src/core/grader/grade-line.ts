// The `candor grade` line format, kept pure so it is tested without a process: what one input
// line may hold, and the one output line each input gets (docs/grader.md describes both).
import { z } from 'zod';
import type { GradeResult, GraderKeyPoint, GraderQuestion } from './grader-types';

const text = z.string().trim().min(1);

const keyPointObject = z
  .object({
    text,
    weight: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    evidence: z.array(text).optional(),
  })
  .strict();

const questionLine = z.object({
  question: text,
  reference_answer: z.string(),
  answer: z.string(),
  key_points: z.array(z.union([text, keyPointObject])).max(30).optional(),
});

const slugLine = z.object({ slug: text, answer: z.string() });

export type GradeLine =
  | { kind: 'question'; question: GraderQuestion; answer: string }
  | { kind: 'slug'; slug: string; answer: string }
  | { kind: 'invalid'; message: string };

/** What a user gives as key point weight when they give none: the middle of 1–3. */
const DEFAULT_WEIGHT = 2;

function toKeyPoint(point: string | z.output<typeof keyPointObject>, i: number): GraderKeyPoint {
  const given = typeof point === 'string' ? { text: point } : point;
  // The point's own wording is its first evidence: a short point ("uses a unique constraint") is
  // exactly what to look for, and a long one matches only when nearly all of it is there.
  return { id: `kp-${i + 1}`, text: given.text, weight: given.weight ?? DEFAULT_WEIGHT, evidence: [given.text, ...(given.evidence ?? [])] };
}

const describe = (error: z.ZodError) =>
  error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');

/** Reads one input line; anything unusable is `invalid` with a message saying what is wrong. */
export function parseGradeLine(line: string): GradeLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'invalid', message: 'the line is not JSON' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'invalid', message: 'the line must be a JSON object' };
  const fields = value as Record<string, unknown>;
  if ('slug' in fields) {
    if ('question' in fields || 'reference_answer' in fields || 'key_points' in fields)
      return { kind: 'invalid', message: 'give either "slug" or "question" with "reference_answer", not both' };
    const parsed = slugLine.safeParse(fields);
    return parsed.success ? { kind: 'slug', slug: parsed.data.slug, answer: parsed.data.answer } : { kind: 'invalid', message: describe(parsed.error) };
  }
  const parsed = questionLine.safeParse(fields);
  if (!parsed.success) return { kind: 'invalid', message: describe(parsed.error) };
  const { question, reference_answer: referenceAnswer, answer, key_points: keyPoints = [] } = parsed.data;
  if (!referenceAnswer.trim() && keyPoints.length === 0) return { kind: 'invalid', message: 'reference_answer is empty and there are no key_points: nothing to grade against' };
  return { kind: 'question', question: { prompt: question, referenceAnswer, keyPoints: keyPoints.map(toKeyPoint) }, answer };
}

/** One output line. Its keys, in this order, are the command's contract. */
export interface GradeOutput {
  score: number | null;
  gradable: boolean;
  covered: { id: string; text: string; spans: [number, number][]; quotes: string[] }[];
  missed: { id: string; text: string }[];
  follow_up: string | null;
  reason: string;
}

/** The output line of a graded answer; `score` keeps one decimal (the grader's exact score). */
export function gradeOutput(result: GradeResult, answer: string): GradeOutput {
  return {
    score: result.gradable ? (result.exactScore ?? result.score) : null,
    gradable: result.gradable,
    covered: result.covered.map((c) => ({
      id: c.id,
      text: c.text,
      spans: c.spans.map((s): [number, number] => [s.start, s.end]),
      quotes: c.spans.map((s) => answer.slice(s.start, s.end)),
    })),
    missed: result.missed.map((m) => ({ id: m.id, text: m.text })),
    follow_up: result.followUp,
    reason: result.reason,
  };
}

/** The output line of an input that could not be read. */
export function invalidOutput(message: string): GradeOutput {
  return { score: null, gradable: false, covered: [], missed: [], follow_up: null, reason: `invalid input: ${message}` };
}
