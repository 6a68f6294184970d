// Near-synonyms of everyday explanation: words people use interchangeably when they explain a
// concept in their own words ("frees the memory" / "releases the memory"), and derivations the
// Porter stemmer keeps apart ("reuse" / "reusability", "store" / "storage"). Looser than the
// synonym table, so they count only in reference-answer-only mode, where no evidence phrasings
// exist, and then at RELATED_CREDIT of an exact word.
import { analyse } from './text-analysis';

export const RELATED_CREDIT = 0.8;

const RELATED_GROUPS: readonly (readonly string[])[] = [
  ['store', 'hold', 'keep', 'contain', 'retain', 'save'],
  ['create', 'build', 'construct', 'instantiate', 'generate', 'produce'],
  ['initialize', 'initialise', 'initialization', 'assign', 'setup'],
  ['delete', 'remove', 'destroy', 'free', 'deallocate', 'release', 'dispose', 'cleanup', 'reclaim', 'pop', 'dequeue', 'extract'],
  ['recent', 'recently', 'latest', 'newest', 'last'],
  ['oldest', 'earliest', 'old'],
  ['find', 'search', 'locate', 'retrieve', 'access', 'lookup'],
  ['stop', 'end', 'terminate', 'finish', 'halt', 'exit'],
  ['fast', 'quick', 'quickly', 'efficient', 'efficiently', 'speed'],
  ['size', 'length', 'capacity'],
  ['grow', 'expand', 'resize', 'extend', 'dynamic', 'dynamically', 'shrink'],
  ['fixed', 'static', 'predetermined'],
  ['sort', 'order', 'arrange', 'ordered', 'sorted'],
  ['copy', 'duplicate', 'clone'],
  ['change', 'modify', 'alter', 'update', 'mutate', 'affect'],
  ['location', 'position', 'place', 'address', 'spot', 'slot'],
  ['run', 'execute', 'perform', 'process'],
  ['translate', 'convert', 'transform', 'map'],
  ['next', 'following', 'successor', 'subsequent'],
  ['previous', 'prior', 'preceding', 'predecessor', 'backward', 'backwards', 'reverse'],
  ['call', 'invoke', 'invocation'],
  ['divide', 'split', 'partition', 'break'],
  ['combine', 'merge', 'join', 'concatenate'],
  ['error', 'bug', 'mistake', 'fault'],
  ['object', 'instance'],
  ['traverse', 'iterate', 'walk', 'visit', 'traversal'],
  ['interface', 'specification', 'contract'],
  ['link', 'connect', 'chain', 'point', 'reference'],
  ['large', 'big', 'huge'],
  ['small', 'little', 'tiny'],
  ['automatically', 'implicitly', 'automatic'],
  ['program', 'code', 'software'],
  ['line', 'statement', 'instruction'],
  ['whole', 'entire', 'complete', 'full'],
  ['smaller', 'less', 'lower', 'lesser'],
  ['larger', 'greater', 'bigger', 'higher'],
  ['operation', 'action', 'behavior', 'behaviour'],
  ['hide', 'conceal', 'encapsulate', 'hidden'],
  ['repeat', 'recur', 'again', 'repeatedly'],
];

/** Key → group number, with keys made by the same analysis as answers (so synonyms apply first). */
const clusterOfKey: Map<string, number> = (() => {
  const map = new Map<string, number>();
  RELATED_GROUPS.forEach((group, n) => {
    for (const word of group) {
      const key = analyse(word).tokens.find((t) => t.word)?.key;
      if (key && !map.has(key)) map.set(key, n);
    }
  });
  return map;
})();

export const relatedCluster = (key: string): number | undefined => clusterOfKey.get(key);

const DERIVATIONAL_ENDINGS = ['abl', 'ibl', 'ison', 'ag', 'it', 'i', 'e'];
const MIN_ROOT = 4;

/**
 * A stem without the derivational ending Porter leaves on it ("reusabl" → "reus", "storag" →
 * "stor", "definit" → "defin"), when at least four letters remain; otherwise the stem itself.
 */
export function derivationalRoot(key: string): string {
  if (key.startsWith('=')) return key;
  for (const ending of DERIVATIONAL_ENDINGS) {
    if (key.endsWith(ending) && key.length - ending.length >= MIN_ROOT) return key.slice(0, -ending.length);
  }
  return key;
}
