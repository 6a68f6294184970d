// How English-like a word looks, from letter pairs: keyboard mash ("sdkjfh", "qwerty") is made of
// pairs English rarely writes, so its average surprise per letter is high.
import { SURPRISE } from './letter-model.data';

/** Average surprise, in bits, of the letter pairs of a word (with its boundaries); NaN if not a-z. */
export function letterSurprise(word: string): number {
  const lower = word.toLowerCase();
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
