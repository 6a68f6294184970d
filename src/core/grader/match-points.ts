// Finds where an answer makes each point: an evidence phrasing whose content words all appear
// close together in one sentence, in any order, with the same polarity (a negated mention does
// not make a positive point); or a sentence (with its neighbour) that holds most of the weight of
// the point's own wording. Every match is kept as the answer's tokens, so spans are exact.
import type { Phrasing } from './phrasing';
import type { PreparedPoint } from './question-model';
import type { Analysis, Token } from './text-analysis';
import { derivationalRoot, RELATED_CREDIT, relatedCluster } from './related-words';
import { isOneSlipAway, slipForm, SPELLING_CREDIT } from './spelling';

export interface AnswerIndex {
  analysis: Analysis;
  /** Content key → indexes of the tokens that have it. */
  positions: Map<string, number[]>;
  /** Index of each token among the word tokens: distance is counted in words. */
  wordOrdinal: Int32Array;
  /** The token index of each word token. */
  words: number[];
  /** Group of related words (related-words.ts) → indexes of the tokens in it. */
  clusters: Map<number, number[]>;
  /** Derivational root (related-words.ts) → indexes of the tokens that have it. */
  roots: Map<string, number[]>;
}

export interface PointMatch {
  point: PreparedPoint;
  covered: boolean;
  /** 0–1: 1 when an evidence phrasing matched, else the share of the point's wording found. */
  strength: number;
  /** How many different phrasings matched: more ways of saying it, more surely said. */
  phrasingHits: number;
  tokens: number[];
}

/**
 * Share of a point's weighted wording that must appear together for the point to count: more than
 * half of a written key point. With a reference answer only, half of a derived point's wording
 * earns full marks (score.ts, on a curve that rises fastest first); such a point is shown as made
 * from the share whose score already rounds to 5, so a 5 never comes with "makes none in full".
 */
export const TEXT_COVERAGE_TO_COVER = 0.55;
export const DERIVED_COVERAGE_TO_COVER = 0.5;
export const REFERENCE_CURVE = 0.75;
export const DERIVED_POINT_MADE = DERIVED_COVERAGE_TO_COVER * (3.5 / 4) ** (1 / REFERENCE_CURVE);

export function indexAnswer(analysis: Analysis): AnswerIndex {
  const positions = new Map<string, number[]>();
  const wordOrdinal = new Int32Array(analysis.tokens.length);
  const words: number[] = [];
  const clusters = new Map<number, number[]>();
  const roots = new Map<string, number[]>();
  const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  analysis.tokens.forEach((t, i) => {
    wordOrdinal[i] = words.length;
    if (t.word) words.push(i);
    if (!t.content) return;
    push(positions, t.key, i);
    const cluster = relatedCluster(t.key);
    if (cluster !== undefined) push(clusters, cluster, i);
    push(roots, derivationalRoot(t.key), i);
  });
  return { analysis, positions, wordOrdinal, words, clusters, roots };
}

/** Where a phrase with one content word appears word for word (punctuation between words ignored). */
function findSequence(index: AnswerIndex, phrasing: Phrasing, sequence: string[], limit: number): number[][] {
  const { tokens } = index.analysis;
  const at = sequence.indexOf(phrasing.keys[0]!);
  const found: number[][] = [];
  for (const a of index.positions.get(phrasing.keys[0]!) ?? []) {
    const first = index.wordOrdinal[a]! - at;
    if (first < 0 || first + sequence.length > index.words.length) continue;
    const place = sequence.map((_, k) => index.words[first + k]!);
    const same = place.every((i, k) => tokens[i]!.key === sequence[k] && tokens[i]!.sentence === tokens[a]!.sentence);
    if (same && tokens[a]!.negated === phrasing.negated) found.push(place);
    if (found.length >= limit) break;
  }
  return found;
}

/** The token indexes of each place the phrasing is made (at most `limit`), or none. */
export function findPhrasing(index: AnswerIndex, phrasing: Phrasing, limit = 3): number[][] {
  if (phrasing.sequence) return findSequence(index, phrasing, phrasing.sequence, limit);
  // Most phrasings fail here: count before building anything.
  let count = 0;
  for (const k of phrasing.keys) if (index.positions.has(k)) count++;
  if (count < phrasing.required) return [];
  const { tokens } = index.analysis;
  const present = phrasing.keys.filter((k) => index.positions.has(k));
  // Anchor on the rarest key; look for the others around each of its occurrences.
  const anchorKey = present.reduce((a, b) => (index.positions.get(a)!.length <= index.positions.get(b)!.length ? a : b));
  const window = 2 * phrasing.keys.length + 3;
  const found: number[][] = [];
  const used = new Set<number>();
  for (const a of index.positions.get(anchorKey)!) {
    const anchor = tokens[a]!;
    const chosen = [a];
    for (const key of present) {
      if (key === anchorKey) continue;
      const near = nearest(index, index.positions.get(key)!, a, anchor.sentence, window);
      if (near >= 0) chosen.push(near);
    }
    if (chosen.length < phrasing.required) continue;
    const ordinals = chosen.map((i) => index.wordOrdinal[i]!);
    const reach = Math.max(...ordinals) - Math.min(...ordinals);
    if (reach > (phrasing.ordered ? phrasing.keys.length + 2 : window)) continue;
    if (phrasing.ordered && !inPhrasingOrder(tokens, chosen, phrasing.keys)) continue;
    // Two words make a phrase only with nothing meaningful between them: "constraint that is
    // unique" is "unique constraint", "the key header and reuses" is not "key reuse".
    if (chosen.length === 2 && !noContentBetween(tokens, Math.min(...chosen), Math.max(...chosen))) continue;
    if (chosen.some((i) => tokens[i]!.negated) !== phrasing.negated) continue;
    if (chosen.some((i) => used.has(i))) continue;
    chosen.forEach((i) => used.add(i));
    found.push(chosen.sort((x, y) => x - y));
    if (found.length >= limit) break;
  }
  return found;
}

function inPhrasingOrder(tokens: Token[], chosen: number[], keys: string[]): boolean {
  const order = [...chosen].sort((x, y) => x - y).map((i) => keys.indexOf(tokens[i]!.key));
  return order.every((k, i) => i === 0 || k > order[i - 1]!);
}

function nearest(index: AnswerIndex, candidates: number[], from: number, sentence: number, window: number): number {
  let best = -1;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (index.analysis.tokens[c]!.sentence !== sentence) continue;
    const d = Math.abs(index.wordOrdinal[c]! - index.wordOrdinal[from]!);
    if (d <= window && d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

interface TermHit {
  token: number;
  credit: number;
}

/**
 * The best window of one sentence or two neighbouring ones: the share of the point's term weight
 * it holds. With `related` (reference-answer-only mode), a word of the same related-words group
 * stands in at RELATED_CREDIT, and a misspelling of the word at SPELLING_CREDIT.
 */
function textCoverage(index: AnswerIndex, point: PreparedPoint, related: boolean): { coverage: number; tokens: number[] } {
  const bySentence = new Map<number, Map<string, TermHit>>();
  const note = (key: string, i: number, credit: number) => {
    const t = index.analysis.tokens[i]!;
    if (t.negated) return;
    let keys = bySentence.get(t.sentence);
    if (!keys) bySentence.set(t.sentence, (keys = new Map()));
    if ((keys.get(key)?.credit ?? 0) < credit) keys.set(key, { token: i, credit });
  };
  for (const key of point.terms.keys()) {
    const exact = index.positions.get(key);
    for (const i of exact ?? []) note(key, i, 1);
    if (!related) continue;
    const cluster = relatedCluster(key);
    if (cluster !== undefined) for (const i of index.clusters.get(cluster) ?? []) note(key, i, RELATED_CREDIT);
    if (!exact) for (const i of index.roots.get(derivationalRoot(key)) ?? []) note(key, i, RELATED_CREDIT);
    // A slip is a word outside the lexicon: "invert" is a word of its own, not a misspelt "insert".
    const spelling = exact ? null : slipForm(key);
    if (spelling) for (const [other, at] of index.positions) if (isOneSlipAway(spelling, other)) for (const i of at) if (!index.analysis.tokens[i]!.known) note(key, i, SPELLING_CREDIT);
  }
  let best = { coverage: 0, tokens: [] as number[] };
  for (const s of bySentence.keys()) {
    const merged = new Map(bySentence.get(s + 1) ?? []);
    for (const [key, hit] of bySentence.get(s)!) if ((merged.get(key)?.credit ?? 0) < hit.credit) merged.set(key, hit);
    let weight = 0;
    for (const [key, hit] of merged) weight += point.terms.get(key)! * hit.credit;
    const coverage = point.termTotal ? weight / point.termTotal : 0;
    if (coverage > best.coverage) best = { coverage, tokens: [...new Set([...merged.values()].map((h) => h.token))].sort((x, y) => x - y) };
  }
  return best;
}

/** Matches every point of a question against an indexed answer. */
export function matchPoints(index: AnswerIndex, points: PreparedPoint[], derived: boolean): PointMatch[] {
  return points.map((point) => {
    let phrasingHits = 0;
    const tokens = new Set<number>();
    for (const phrasing of point.phrasings) {
      const places = findPhrasing(index, phrasing);
      if (places.length) phrasingHits++;
      for (const place of places) place.forEach((i) => tokens.add(i));
    }
    // A point an evidence phrasing already made needs no second look (its spans are the phrasings').
    const text = phrasingHits > 0 && !derived ? { coverage: 1, tokens: [] } : textCoverage(index, point, derived);
    // Most of a written point's weight, in at least two words unless the point has only one word
    // that is not in the prompt (the prompt's words are there to be repeated, they show little). A
    // derived point's weights already discount the prompt's and generic words, so its share decides.
    const textCovers = derived
      ? text.coverage >= DERIVED_POINT_MADE
      : text.coverage >= TEXT_COVERAGE_TO_COVER && text.tokens.length >= Math.min(2, point.ownTerms);
    if (textCovers || (derived && text.coverage > 0)) text.tokens.forEach((i) => tokens.add(i));
    const covered = phrasingHits > 0 || textCovers;
    return {
      point,
      covered,
      strength: phrasingHits > 0 ? 1 : text.coverage,
      phrasingHits,
      tokens: [...tokens].sort((a, b) => a - b),
    };
  });
}

function noContentBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]!.content) return false;
  return true;
}

/** Spans of the answer for a set of tokens: tokens join when at most two words without content lie between. */
export function spansOf(tokens: Token[], indexes: number[]): { start: number; end: number }[] {
  const spans: { start: number; end: number; last: number }[] = [];
  for (const i of indexes) {
    const t = tokens[i]!;
    const open = spans[spans.length - 1];
    if (open && i - open.last <= 3 && noContentBetween(tokens, open.last, i) && tokens[open.last]!.sentence === t.sentence) {
      open.end = Math.max(open.end, t.end);
      open.last = i;
    } else spans.push({ start: t.start, end: t.end, last: i });
  }
  return spans.map(({ start, end }) => ({ start, end }));
}
