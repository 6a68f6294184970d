// The answers the grader refuses to score, because there is nothing in them to grade: it says why
// instead of inventing a number. Each check is conservative: a short but real answer
// ("LIFO: the last pushed is the first popped") must still be graded.
import type { NotGradableReason } from './grader-types';
import { FUNCTION_WORDS, GENERIC_WORDS, LOREM_WORDS, NEGATORS, NON_ANSWER_WORDS } from './lexicon';
import { letterSurprise } from './letter-model';
import type { PointMatch } from './match-points';
import { COPIED_RUN, type PreparedQuestion } from './question-model';
import type { Analysis, Token } from './text-analysis';

export interface Refusal {
  reason: NotGradableReason;
  message: string;
}

/** Letter pairs this surprising (bits per letter) are keyboard mash; real words sit below 5 bits. */
const MASH_SURPRISE = 5.8;

const refuse = (reason: NotGradableReason, message: string): Refusal => ({ reason, message });

function isMash(t: Token, vocabulary: Set<string>): boolean {
  if (t.known || vocabulary.has(t.key) || t.lower.length < 3) return false;
  const s = letterSurprise(t.lower);
  return Number.isFinite(s) && s > MASH_SURPRISE;
}

const ITEM_SEPARATORS = new Set([',', ';', '•', '·', '|', '/']);

export type ListShape = 'terms' | 'fragments' | null;

const FULL_STOPS = new Set(['.', '!', '?']);

/**
 * The shape of an answer written as a list: four or more items (split at commas, semicolons,
 * bullets and line breaks) nearly all of one to four words, not written as sentences ending in
 * full stops. "terms" when most items have no verb (a list of buzzwords: refused); "fragments"
 * when most do ("hash the key, find the bucket, compare keys, resize when full": graded, but it
 * explains nothing, so at most 2).
 */
export function listShape(tokens: Token[]): ListShape {
  const items: { words: number; verbs: number; stopped: boolean }[] = [];
  let current = { words: 0, verbs: 0, stopped: false };
  let sentence = tokens[0]?.sentence ?? 0;
  for (const t of tokens) {
    if (ITEM_SEPARATORS.has(t.lower) || t.sentence !== sentence) {
      if (current.words) items.push(current);
      current = { words: 0, verbs: 0, stopped: false };
      sentence = t.sentence;
    }
    if (FULL_STOPS.has(t.lower)) current.stopped = true;
    if (!t.word) continue;
    current.words += t.lower.includes(' ') ? t.lower.split(' ').length : 1;
    if (t.pos === 'VERB') current.verbs++;
  }
  if (current.words) items.push(current);
  if (items.length < 4 || items.filter((i) => i.words <= 4).length / items.length < 0.8) return null;
  if (items.filter((i) => i.stopped).length >= items.length / 2) return null;
  return items.filter((i) => i.verbs > 0).length / items.length < 0.5 ? 'terms' : 'fragments';
}

/** The share of the answer's words that sit in runs of four or more words copied from the prompt. */
function copiedShare(words: Token[], runs: ReadonlySet<string>): number {
  if (words.length < COPIED_RUN) return 0;
  const copied = new Uint8Array(words.length);
  for (let i = 0; i + COPIED_RUN <= words.length; i++) {
    if (runs.has(words.slice(i, i + COPIED_RUN).map((t) => t.key).join(' '))) copied.fill(1, i, i + COPIED_RUN);
  }
  return copied.reduce((a, b) => a + b, 0) / words.length;
}

/**
 * Why the answer cannot be graded, or null when it can. `matches` are the answer's point matches:
 * off-topic and too-short are only said of answers that make no point at all. `shape` is the
 * answer's listShape.
 */
export function refusalOf(analysis: Analysis, question: PreparedQuestion, matches: PointMatch[], shape: ListShape): Refusal | null {
  // One pass over the words for every count the checks below need.
  const words: Token[] = [];
  let nonAnswer = true;
  let lorem = 0;
  let mash = 0;
  const distinct = new Set<string>();
  for (const t of analysis.tokens) {
    if (!t.word) continue;
    words.push(t);
    if (nonAnswer && !NON_ANSWER_WORDS.has(t.lower) && !FUNCTION_WORDS.has(t.lower) && !NEGATORS.has(t.lower)) nonAnswer = false;
    if (LOREM_WORDS.has(t.lower)) lorem++;
    if (isMash(t, question.vocabulary)) mash++;
    distinct.add(t.lower);
  }
  if (words.length === 0) return refuse('empty', 'The answer is empty.');
  if (words.length <= 15 && nonAnswer) return refuse('non_answer', 'The answer says nothing about the question (such as "fine" or "I don\'t know").');
  if (words.length >= 3 && lorem / words.length >= 0.5) return refuse('gibberish', 'The answer is placeholder text (lorem ipsum), not an answer.');
  if (mash / words.length >= 0.4 || (words.length >= 6 && distinct.size / words.length < 0.3))
    return refuse('gibberish', 'The answer is not readable text (it looks like keyboard mash or repeated words).');

  const content = analysis.tokens.filter((t) => t.content);
  const novel = new Set(content.filter((t) => !question.promptKeys.has(t.key)).map((t) => t.key));
  // Pasted: nothing new at all, or mostly runs of the prompt's own words in the prompt's order.
  if (content.length >= 2 && (novel.size === 0 || (novel.size <= 3 && copiedShare(words, question.promptRuns) >= 0.7)))
    return refuse('question_repeated', 'The answer repeats the question without answering it.');

  if (shape === 'terms')
    return refuse('no_sentences', 'The answer is a list of terms with no sentences: it names things without saying anything about them.');

  const madePoint = matches.some((m) => m.covered);
  const strongest = Math.max(0, ...matches.map((m) => m.strength));
  // Words as written: "last in, first out" is one token of the synonym table but four words.
  if (strongest === 0 && words.length < 3 && (analysis.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3)
    return refuse('too_short', 'The answer is too short to show anything about the question.');
  if (!madePoint && strongest < 0.25) {
    const meaningful = content.filter((t) => !GENERIC_WORDS.has(t.lower));
    const related = meaningful.filter((t) => question.vocabulary.has(t.key)).length;
    const share = meaningful.length ? related / meaningful.length : 0;
    // A question with only a reference answer has a small vocabulary: only an answer sharing
    // nothing with it is called off-topic there.
    const limit = question.derived ? 0 : 0.3;
    if (meaningful.length >= 5 && share <= limit) return refuse('off_topic', 'The answer is about something else: it shares almost nothing with the question.');
  }
  return null;
}
