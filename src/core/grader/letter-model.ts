// How English-like a word looks, from letter pairs: keyboard mash ("sdkjfh", "qwerty") is made of
// pairs English rarely writes, so its average surprise per letter is high.
import { SURPRISE } from './letter-model.data';

// Answers reuse the same words, so each word's surprise is computed once (bounded, for long runs).
const cache = new Map<string, number>();
const CACHE_SIZE = 50_000;

/** Average surprise, in bits, of the letter pairs of a word (with its boundaries); NaN if not a-z. */
export function letterSurprise(word: string): number {
  let s = cache.get(word);
  if (s === undefined) {
    s = surpriseOf(word.toLowerCase());
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(word, s);
  }
  return s;
}

function surpriseOf(lower: string): number {
  if (!/^[a-z]+$/.test(lower)) return Number.NaN;
  let previous = 0;
  let total = 0;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) - 96 : 0;
    total += SURPRISE[previous]![code]!;
    previous = code;
  }
  return total / 10 / (lower.length + 1);
}
