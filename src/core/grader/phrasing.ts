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
}

/** Reduces a phrase to a phrasing; null when it has no content word to look for. */
export function toPhrasing(text: string): Phrasing | null {
  const words = analyse(text).tokens.filter((t) => t.word);
  const tokens = words.filter((t) => t.content);
  const keys = [...new Set(tokens.map((t) => t.key))];
  // A phrasing of generic words only ("use it") says nothing by itself.
  if (keys.length === 0 || tokens.every((t) => GENERIC_WORDS.has(t.lower))) return null;
  return {
    keys,
    negated: tokens.some((t) => t.negated),
    required: keys.length <= 3 ? keys.length : keys.length - 1,
    sequence: keys.length === 1 && words.length > 1 ? words.map((t) => t.key) : null,
  };
}
