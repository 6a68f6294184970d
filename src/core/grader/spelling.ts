// Spelling slips in written answers ("fuction", "recieve"): two stems of five letters or more
// that differ by one edit (a letter changed, added, dropped, or two neighbours swapped) are taken
// as the same word in reference-answer-only mode, at SPELLING_CREDIT. Short stems are left alone:
// "heap" and "head" are different words, not slips.
import { stemmer } from 'stemmer';

export const SPELLING_CREDIT = 0.9;
const MIN_LENGTH = 5;

/** Whether b is at most one edit away from a (Damerau's four kinds of slip). */
export function isOneSlipAway(a: string, b: string): boolean {
  if (a === b || a.length < MIN_LENGTH || b.length < MIN_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  // Names of synonym groups ("=lifo", "=fifo") are ideas, not spellings.
  if (a.startsWith('=') || b.startsWith('=')) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // A changed letter, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter added to the shorter.
  return a.slice(i) === b.slice(i + 1);
}

/**
 * The spelling a key stands for: its stem, or for a synonym group named by one word ("=memory")
 * that word's stem, so "memmory" is a slip of the group. Groups named by phrases have none.
 */
export function slipForm(key: string): string | null {
  if (!key.startsWith('=')) return key;
  const name = key.slice(1);
  return /^[a-z]+$/.test(name) ? stemmer(name) : null;
}
