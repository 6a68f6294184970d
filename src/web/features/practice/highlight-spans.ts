// The answer cut into segments at the grader's spans, so covered words render as <mark> elements
// built from text slices — never as HTML — each knowing which key points it shows.

export interface PointSpans {
  id: string;
  spans: { start: number; end: number }[];
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The key points whose evidence covers this segment; empty for plain text. */
  pointIds: string[];
}

/**
 * Cuts `text` at every span boundary (UTF-16 offsets, as JavaScript slices) and at `breaks`.
 * Overlapping spans of different points give segments that name every point covering them.
 * Spans outside the text are clipped; empty or reversed ones are ignored. The segments cover the
 * whole text, in order, without gaps.
 */
export function buildSegments(text: string, points: PointSpans[], breaks: number[] = []): Segment[] {
  const length = text.length;
  const clip = (n: number) => Math.max(0, Math.min(length, n));
  const spans = points.flatMap((p) => p.spans.map((s) => ({ id: p.id, start: clip(s.start), end: clip(s.end) }))).filter((s) => s.start < s.end);
  const hardBreaks = new Set(breaks.map(clip));
  const cuts = [...new Set([0, length, ...hardBreaks, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const pointIds = [...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id))].sort();
    const last = segments.at(-1);
    if (last && !hardBreaks.has(start) && last.pointIds.join('\n') === pointIds.join('\n')) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), pointIds });
    }
  }
  return segments;
}
