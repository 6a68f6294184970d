// The rules of content-style.md that a pack's questions must meet. They are stricter than the API's
// schema on purpose: a question typed into the web app may be a draft, a shipped pack may not.
import type { QuestionContent } from '../../shared/question.schema';

export interface StyleIssue {
  path: (string | number)[];
  message: string;
}

export const REFERENCE_ANSWER_WORDS = { min: 150, max: 400 } as const;

export const countWords = (markdown: string) => markdown.split(/\s+/).filter(Boolean).length;

/** Every way a question falls short of content-style.md, with the field it concerns. */
export function questionStyleIssues(q: QuestionContent, expectedSlug?: string): StyleIssue[] {
  const issues: StyleIssue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });

  if (expectedSlug !== undefined && q.slug !== expectedSlug) add(['slug'], `must equal the file name "${expectedSlug}"`);
  if (q.tags.length < 1 || q.tags.length > 8) add(['tags'], 'give 1 to 8 tags');
  if (!q.whyAsked) add(['whyAsked'], 'the "Why asked" section is empty');
  if (!q.approach) add(['approach'], 'the "Approach" section is empty');
  const words = countWords(q.referenceAnswer);
  if (words < REFERENCE_ANSWER_WORDS.min || words > REFERENCE_ANSWER_WORDS.max)
    add(['referenceAnswer'], `the reference answer has ${words} words; write ${REFERENCE_ANSWER_WORDS.min} to ${REFERENCE_ANSWER_WORDS.max}`);
  if (q.keyPoints.length < 4 || q.keyPoints.length > 8) add(['keyPoints'], `has ${q.keyPoints.length} key points; write 4 to 8`);
  q.keyPoints.forEach((kp, i) => {
    if (kp.evidence.length < 2) add(['keyPoints', i, 'evidence'], 'give at least 2 evidence phrases');
  });
  if (!q.anchors) add(['anchors'], 'anchors for scores 1 to 5 are required');
  if (q.followUps.length < 2 || q.followUps.length > 4) add(['followUps'], `has ${q.followUps.length} follow-ups; write 2 to 4`);
  q.followUps.forEach((fu, i) => {
    if (fu.keyPoints.length === 0) add(['followUps', i, 'keyPoints'], 'name the key points this follow-up tests');
  });
  if (q.redFlags.length < 1) add(['redFlags'], 'name at least one red flag');
  return issues;
}
