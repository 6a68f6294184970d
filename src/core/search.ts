// Pure helpers for full-text search over the bank.

export const HEADLINE_START = '\u0001';
export const HEADLINE_STOP = '\u0002';

export interface SearchQuery {
  /** Passed to websearch_to_tsquery: words, "phrases", -exclusions, or. */
  web: string;
  /** A last, unfinished plain word matched as a prefix, so search-as-you-type finds "idempotency" from "idemp". */
  prefix: string | null;
}

/**
 * Splits what the user typed into a web-search query and an optional trailing prefix. The prefix
 * goes to to_tsquery, whose syntax treats punctuation as operators, so only a plain word of
 * letters and digits ever becomes one.
 */
export function buildSearchQuery(input: string): SearchQuery | null {
  const q = input.trim();
  if (!q) return null;
  const quotes = (q.match(/"/g) ?? []).length;
  const match = /(^|\s)([\p{L}\p{N}]{2,40})$/u.exec(q);
  if (!match || quotes % 2 === 1 || /(^|\s)or$/i.test(q)) return { web: q, prefix: null };
  const head = q.slice(0, match.index + match[1]!.length).trim();
  if (/(^|\s)-$/.test(head) || /\bor$/i.test(head)) return { web: q, prefix: null };
  return { web: head, prefix: match[2]!.toLowerCase() };
}

export interface Segment {
  text: string;
  highlight: boolean;
}

/** Turns ts_headline output with control-character markers into text segments, safe to render as text. */
export function headlineSegments(headline: string): Segment[] {
  const segments: Segment[] = [];
  let rest = headline.replace(/\s+/g, ' ').trim();
  while (rest) {
    const start = rest.indexOf(HEADLINE_START);
    if (start === -1) {
      segments.push({ text: rest, highlight: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), highlight: false });
    const stop = rest.indexOf(HEADLINE_STOP, start);
    const end = stop === -1 ? rest.length : stop;
    segments.push({ text: rest.slice(start + 1, end), highlight: true });
    rest = stop === -1 ? '' : rest.slice(stop + 1);
  }
  // Merge neighbours of the same kind ("a" "b" highlighted separately become one mark).
  return segments.reduce<Segment[]>((out, s) => {
    const last = out.at(-1);
    if (last && last.highlight === s.highlight) last.text += s.text;
    else if (s.text) out.push({ ...s });
    return out;
  }, []);
}
