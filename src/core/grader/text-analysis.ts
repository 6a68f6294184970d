// Turns text into tokens the grader can compare: each keeps its exact place in the original
// (UTF-16 offsets, as JavaScript slices strings), a matching key (the Porter stem of wink's lemma,
// or a synonym group's name), whether it carries meaning, and whether a negation covers it.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { stemmer } from 'stemmer';
import { FUNCTION_WORDS, NEGATORS, NOT_A_NEGATION, SCOPE_BREAKERS } from './lexicon';
import { SYNONYM_GROUPS } from './synonyms';

export interface Token {
  /** [start, end) in the analysed text. */
  start: number;
  end: number;
  lower: string;
  /** What matching compares: a stemmed lemma, or "=name" for a phrase of the synonym table. */
  key: string;
  pos: string;
  /** Has a letter or a digit (not punctuation, a symbol or an emoji). */
  word: boolean;
  /** A word that carries meaning (not a function word or a negator). */
  content: boolean;
  /** Inside the reach of "not", "never", "no", "without", "instead of"... */
  negated: boolean;
  sentence: number;
  /** In wink's English lexicon: a real word, so never a misspelling or keyboard mash. */
  known: boolean;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentenceCount: number;
}

// Negation is computed below with the grader's own scope rules, and sentences end at a full stop,
// question or exclamation mark, or a line break (wink's tokenizer keeps "e.g." and "3.5" whole):
// reading wink's sentence spans would cost a quarter of the analysis. So wink runs only what
// lemmas need.
let nlp = winkNLP(model, ['pos']);
let its = nlp.its;
const SENTENCE_END = new Set(['.', '!', '?', '...', '…']);
// wink numbers the words of its lexicon first and gives words it has never seen the numbers after
// them, so the number of a nonsense word read before anything else is where the lexicon ends.
const LEXICON_SIZE = Number(nlp.readDoc('qzxvqzxv').tokens().itemAt(0).out(its.uniqueId));
// wink also keeps every word it has not seen before, for good (about 300 bytes each): a server
// grading for months, or a batch full of keyboard mash, would grow without end. A fresh instance
// (a quarter of a second) forgets them; results do not change, since lexicon words keep their numbers.
const MAX_NEW_WORDS = 100_000;

function forgetNewWordsIfMany(ids: number[]) {
  let highest = 0;
  for (const id of ids) if (id > highest) highest = id;
  if (highest < LEXICON_SIZE + MAX_NEW_WORDS) return;
  nlp = winkNLP(model, ['pos']);
  its = nlp.its;
  generation++;
}

let generation = 1;
/** How many wink instances the analysis has used so far (1 until unseen words filled one). */
export const winkGeneration = () => generation;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** Has a letter or a digit; ASCII first, since nearly every token is plain ASCII. */
function isWordlike(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c > 127) return WORDLIKE.test(value);
  }
  return false;
}
const CLAUSE_END = new Set(['.', '!', '?', ';', ':', '\n']);
const SCOPE_PUNCTUATION = new Set([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '—', '–', '"', '\n']);

const stemCache = new Map<string, string>();
function stemOf(lemma: string): string {
  let key = stemCache.get(lemma);
  if (key === undefined) {
    key = /^[a-z]+$/.test(lemma) ? stemmer(lemma) : lemma;
    if (stemCache.size < 200_000) stemCache.set(lemma, key);
  }
  return key;
}

function isContent(value: string, lower: string, lemma: string): boolean {
  if (NEGATORS.has(lower) || NEGATORS.has(lemma)) return false;
  // An all-capitals word is a name even when it spells a function word (GET, PUT, IN, AS).
  const first = value.charCodeAt(0);
  if (first >= 65 && first <= 90 && value.length > 1 && value === value.toUpperCase() && /\p{L}/u.test(value)) return true;
  return !FUNCTION_WORDS.has(lower) && !FUNCTION_WORDS.has(lemma);
}

// wink's lemma depends only on the word and its part of speech, and lemmatising is a third of its
// cost, so each (word, part of speech) is lemmatised once; answers reuse most of their words.
const lemmaCache = new Map<string, Map<string, string>>();
let lemmaCount = 0;
const LEMMA_CACHE_SIZE = 100_000;

function lemmaOf(tokens: ReturnType<ReturnType<typeof nlp.readDoc>['tokens']>, i: number, value: string, pos: string): string {
  let byValue = lemmaCache.get(pos);
  if (!byValue) lemmaCache.set(pos, (byValue = new Map()));
  let lemma = byValue.get(value);
  if (lemma === undefined) {
    // wink types its.lemma as needing model add-ons; the lite model supplies them.
    lemma = String(tokens.itemAt(i).out(its.lemma as unknown as typeof its.value)).toLowerCase();
    if (++lemmaCount > LEMMA_CACHE_SIZE) [lemmaCount, byValue] = [0, clearLemmas(pos)];
    byValue.set(value, lemma);
  }
  return lemma;
}

function clearLemmas(pos: string): Map<string, string> {
  lemmaCache.clear();
  const fresh = new Map<string, string>();
  lemmaCache.set(pos, fresh);
  return fresh;
}

/** Tokens with offsets and stemmed keys, before synonyms and negation. */
function baseTokens(text: string): { tokens: Token[]; sentenceCount: number } {
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const tags = all.out(its.pos) as string[];
  const ids = all.out(its.uniqueId) as unknown as number[];

  const tokens: Token[] = [];
  let cursor = 0;
  // A line break ends a sentence too: lists and bullet points are written without full stops.
  let sentence = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const previous = i > 0 ? values[i - 1]! : '';
    if (i > 0 && ((SENTENCE_END.has(previous) && !SENTENCE_END.has(value)) || spaces[i]!.includes('\n') || previous.includes('\n'))) sentence++;
    cursor += spaces[i]!.length;
    // wink keeps every character, so the walk stays aligned; search only if a token was normalised.
    let start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (start < 0) start = cursor;
    const end = start + value.length;
    cursor = end;
    // Typographic apostrophes ("don’t") read as plain ones, so word lists match either.
    const lower = value.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
    const word = isWordlike(value);
    const lemma = lower === "n't" ? 'not' : word ? lemmaOf(all, i, value, tags[i] ?? 'X') : lower;
    tokens.push({
      start,
      end,
      lower,
      key: word ? stemOf(lemma) : lower,
      pos: tags[i] ?? 'X',
      word,
      content: word && isContent(value, lower, lemma),
      negated: false,
      sentence,
      known: (ids[i] ?? LEXICON_SIZE) < LEXICON_SIZE,
    });
  }
  forgetNewWordsIfMany(ids);
  return { tokens, sentenceCount: tokens.length ? sentence + 1 : 0 };
}

interface TrieNode {
  next: Map<string, TrieNode>;
  concept?: string;
}

/** The synonym table as a trie over word keys, built once by analysing each phrasing. */
const synonymTrie: TrieNode = (() => {
  const root: TrieNode = { next: new Map() };
  for (const group of SYNONYM_GROUPS) {
    const concept = `=${group[0]}`;
    for (const phrasing of group) {
      const keys = baseTokens(phrasing).tokens.filter((t) => t.word).map((t) => t.key);
      let node = root;
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map() }));
        node = child;
      }
      node.concept ??= concept;
    }
  }
  return root;
})();

/** Replaces the longest phrase of the synonym table at each place by one token of its group. */
function applySynonyms(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const first = tokens[i]!;
    let node: TrieNode | undefined = first.word ? synonymTrie.next.get(first.key) : undefined;
    let best = -1;
    let concept = '';
    for (let j = i; node; ) {
      if (node.concept) [best, concept] = [j, node.concept];
      // Phrasings may be written with hyphens, commas or signs between their words ("N+1",
      // "last-in, first-out"): skip those, but not the end of a clause.
      let k = j + 1;
      while (k < tokens.length && !tokens[k]!.word && !CLAUSE_END.has(tokens[k]!.lower)) k++;
      const next: Token | undefined = tokens[k];
      if (!next || !next.word || next.sentence !== first.sentence) break;
      node = node.next.get(next.key);
      j = k;
    }
    if (best < 0) {
      out.push(first);
      i++;
      continue;
    }
    const last = tokens[best]!;
    out.push({ ...first, end: last.end, key: concept, content: true, lower: concept.slice(1) });
    i = best + 1;
  }
  return out;
}

function isScopeEnd(tokens: Token[], j: number, sentence: number): boolean {
  const t = tokens[j]!;
  if (t.sentence !== sentence || SCOPE_PUNCTUATION.has(t.lower) || SCOPE_BREAKERS.has(t.lower)) return true;
  // "x is not atomic and fails": a new verb after "and"/"or" starts a new claim.
  const next = tokens[j + 1];
  return (t.lower === 'and' || t.lower === 'or') && next !== undefined && ['VERB', 'AUX', 'PRON'].includes(next.pos);
}

const MAX_SCOPE = 8;

/** Marks the words a negation reaches: from the negator to the end of its clause, at most 8 words. */
function markNegation(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    let from = -1;
    if (NEGATORS.has(t.lower) || t.key === 'not') {
      if (next && NOT_A_NEGATION.has(`${t.lower} ${next.lower}`)) continue;
      from = i + 1;
    } else if ((t.lower === 'instead' && next?.lower === 'of') || (t.lower === 'rather' && next?.lower === 'than')) {
      from = i + 2;
    }
    if (from < 0) continue;
    for (let j = from, words = 0; j < tokens.length && words < MAX_SCOPE; j++) {
      if (isScopeEnd(tokens, j, t.sentence)) break;
      tokens[j]!.negated = true;
      if (tokens[j]!.word) words++;
    }
  }
}

/** Analyses text: tokens with offsets, keys with synonyms applied, content and negation flags. */
export function analyse(text: string): Analysis {
  const { tokens, sentenceCount } = baseTokens(text);
  const merged = applySynonyms(tokens);
  markNegation(merged);
  return { text, tokens: merged, sentenceCount };
}

/** The distinct keys of the content words of a text, in order of first appearance. */
export function contentKeys(analysis: Analysis): string[] {
  return [...new Set(analysis.tokens.filter((t) => t.content).map((t) => t.key))];
}
