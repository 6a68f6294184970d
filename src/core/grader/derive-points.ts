// Key points for a question that has only a reference answer: each clause of the reference that
// states something (two or more content words) becomes a point, weighted by how much distinctive
// content it carries. Code blocks are left out: they illustrate, they are not claims to look for.
import { analyse, type Token } from './text-analysis';

export interface DerivedClause {
  text: string;
  keys: string[];
}

const CLAUSE_BREAKS = new Set([';', 'whereas', 'while', 'but', 'however', 'although', 'so', 'because', 'which']);
const MAX_POINTS = 12;

/** The reference answer as plain prose: no code blocks, markdown marks or list bullets. */
export function plainProse(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`|]+/g, ' ');
}

function clauseText(text: string, tokens: Token[]): string {
  const first = tokens.find((t) => t.word);
  const last = [...tokens].reverse().find((t) => t.word);
  if (!first || !last) return '';
  return text.slice(first.start, last.end).replace(/\s+/g, ' ').trim();
}

/** Splits the reference answer into clauses with their content keys, in order. */
export function deriveClauses(referenceAnswer: string): DerivedClause[] {
  const prose = plainProse(referenceAnswer);
  const { tokens } = analyse(prose);
  const groups: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    const previous = current[current.length - 1];
    const newSentence = previous !== undefined && previous.sentence !== token.sentence;
    // A contrast, a consequence or a semicolon starts a new claim, if what came before says something.
    const claimBreak = CLAUSE_BREAKS.has(token.lower) && contentIn(current) >= 2;
    if (newSentence || claimBreak) {
      groups.push(current);
      current = [];
    }
    if (!(claimBreak && token.lower === ';')) current.push(token);
  }
  groups.push(current);

  // A fragment with fewer than two content words ("so it is fast") belongs to the claim before it.
  const merged: Token[][] = [];
  for (const group of groups) {
    const last = merged[merged.length - 1];
    if (last && contentIn(group) < 2 && last[last.length - 1]?.sentence === group[0]?.sentence) last.push(...group);
    else merged.push(group);
  }
  const clauses = merged
    .map((group) => ({ text: clauseText(prose, group), keys: [...new Set(group.filter((t) => t.content).map((t) => t.key))] }))
    .filter((c) => c.keys.length > 0);
  const substantial = clauses.filter((c) => c.keys.length >= 2);
  return mergeDownTo(substantial.length ? substantial : clauses, MAX_POINTS);
}

const contentIn = (group: Token[]) => group.filter((t) => t.content).length;

/** A long reference keeps all its content: the two smallest neighbouring clauses merge until few enough remain. */
function mergeDownTo(clauses: DerivedClause[], max: number): DerivedClause[] {
  const out = [...clauses];
  while (out.length > max) {
    let best = 0;
    for (let i = 1; i < out.length - 1; i++) {
      if (out[i]!.keys.length + out[i + 1]!.keys.length < out[best]!.keys.length + out[best + 1]!.keys.length) best = i;
    }
    const [a, b] = [out[best]!, out[best + 1]!];
    out.splice(best, 2, { text: `${a.text} ${b.text}`, keys: [...new Set([...a.keys, ...b.keys])] });
  }
  return out;
}
