// What someone typed into a search box, split into terms that a repository turns into a tsquery
// term by term. Searching people needs this: a name is indexed unstemmed ("Jones") while CV text is
// stemmed ("kubernet"), so each word has to match either form on its own; one websearch_to_tsquery
// per configuration would demand that every word match in the same one.

export interface SearchTerm {
  text: string;
  /** word: one word; phrase: words in this order ("…"); prefix: the last word, still being typed. */
  kind: 'word' | 'phrase' | 'prefix';
  /** Written with a leading minus: rows containing it are left out. */
  negated: boolean;
}

const MAX_TERMS = 12;
const PREFIX_WORD = /^[\p{L}\p{N}]{2,40}$/u;

/**
 * Words, "quoted phrases" and -exclusions, in order. The last plain word becomes a prefix, so
 * search-as-you-type finds "Kubernetes" from "kube"; only letters and digits ever become one,
 * because the prefix goes to to_tsquery, whose syntax treats punctuation as operators.
 */
export function parseSearchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const pattern = /(-?)"([^"]*)("?)|(-?)(\S+)/g;
  for (const match of input.matchAll(pattern)) {
    const [, phraseMinus, phrase, , wordMinus, word] = match;
    if (phrase !== undefined) {
      const text = phrase.trim();
      if (text) terms.push({ text, kind: 'phrase', negated: phraseMinus === '-' });
    } else if (word !== undefined) {
      // A lone "-" or other punctuation is nothing to search for.
      const text = word.replace(/"/g, '');
      if (/[\p{L}\p{N}]/u.test(text)) terms.push({ text, kind: 'word', negated: wordMinus === '-' });
    }
  }
  const last = terms.at(-1);
  const endsInQuote = /"\s*$/.test(input);
  if (last && last.kind === 'word' && !last.negated && !endsInQuote && PREFIX_WORD.test(last.text)) last.kind = 'prefix';
  return terms.slice(0, MAX_TERMS);
}
