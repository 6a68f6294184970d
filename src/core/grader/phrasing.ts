// A phrasing is a short text (an evidence phrase, a red flag's wording) reduced to what matching
// compares: its content keys and whether it is said in the negative.
import { analyse } from './text-analysis';
import { GENERIC_WORDS } from './lexicon';

export interface Phrasing {
  /** Distinct content keys, in the phrasing's order. */
  keys: string[];
  /** Said in the negative ("not a check-then-insert"): it matches only negated words. */
  negated: boolean;
  /** How many of the keys must be found: all of a short phrase, all but one of a long one. */
  required: number;
  /**
   * Every word's key, in order, when the phrase has one content word among others ("per
   * account"): such a phrase must appear as written, or "account" alone would count.
   */
  sequence: string[] | null;
  /** The keys must appear in the phrasing's order, close together (a phrasing of prompt words). */
  ordered: boolean;
}

/**
 * Reduces a phrase to a phrasing; null when it has nothing to look for. Words of the prompt say
 * nothing by themselves (anyone can repeat the question): a phrasing made only of them counts
 * only when its words appear together in its own order, and a one-word one not at all. `strict`
 * (for red flags, which accuse) needs every word even of a long phrase.
 */
export function toPhrasing(text: string, promptKeys: ReadonlySet<string>, strict = false): Phrasing | null {
  const words = analyse(text).tokens.filter((t) => t.word);
  const tokens = words.filter((t) => t.content);
  const keys = [...new Set(tokens.map((t) => t.key))];
  // A phrasing of generic words only ("use it") says nothing by itself.
  if (keys.length === 0 || tokens.every((t) => GENERIC_WORDS.has(t.lower))) return null;
  const echoesPrompt = keys.every((k) => promptKeys.has(k));
  if (echoesPrompt && keys.length === 1) return null;
  return {
    keys,
    negated: tokens.some((t) => t.negated),
    required: strict || keys.length <= 4 ? keys.length : keys.length - 1,
    sequence: keys.length === 1 && words.length > 1 ? words.map((t) => t.key) : null,
    ordered: echoesPrompt,
  };
}
