// What the grader says about a graded answer: the reason for its score and the follow-up to ask.
import type { PointMatch } from './match-points';
import type { PreparedQuestion } from './question-model';

/** The follow-up for the heaviest missed point: its own, the question's naming it, or one made from its text. */
export function followUpFor(missed: PointMatch[], question: PreparedQuestion): string | null {
  // The heaviest missed point; among equals, the one the answer came closest to, then the first.
  const target = [...missed].sort((a, b) => b.point.weight - a.point.weight || b.strength - a.strength)[0];
  if (!target) return null;
  if (target.point.followUp) return target.point.followUp;
  const text = target.point.text.replace(/[.;:,]+$/, '');
  return question.derived ? `Your answer left this out: "${text}". Can you explain it?` : `What can you say about this: ${text}?`;
}

/** A point as a person reads it: its own words (at most eight), never its internal id. */
const label = (m: PointMatch, _derived: boolean) => {
  const words = m.point.text.replace(/[.;:,]+$/, '').split(/\s+/);
  return `"${words.slice(0, 8).join(' ')}${words.length > 8 ? '…' : ''}"`;
};

/** One or two sentences: which points were made, which heaviest ones are missing, and any red flags. */
export function reasonFor(covered: PointMatch[], missed: PointMatch[], derived: boolean, coverage: number, flags: string[]): string {
  const total = covered.length + missed.length;
  const what = derived ? 'ideas of the reference answer' : 'key points';
  const made = covered.length ? `Makes ${covered.length} of ${total} ${what}: ${covered.map((m) => label(m, derived)).join(', ')}.` : `Makes none of the ${total} ${what} in full.`;
  // With derived points the score follows the share of the reference's wording, so say it.
  const share = derived ? ` It expresses about ${Math.round(coverage * 100)}% of the reference answer's distinctive wording.` : '';
  const heaviest = [...missed].sort((a, b) => b.point.weight - a.point.weight).slice(0, 3);
  const gaps = heaviest.length ? ` Missing${missed.length > 3 ? ', among others' : ''}: ${heaviest.map((m) => label(m, derived)).join(', ')}.` : '';
  const red = flags.length ? ` Red flag${flags.length > 1 ? 's' : ''}: ${flags.join('; ')}.` : '';
  return made + share + gaps + red;
}
