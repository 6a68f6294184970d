// The candidate's own answer with the words that made each key point marked. Each <mark> and each
// key point it shows are linked both ways: hovering or focusing one lights the other, and
// activating one moves focus to the other. The text is rendered from slices (buildSegments), so
// nothing in an answer can become HTML.
import { buildSegments, type PointSpans } from './highlight-spans';

export interface PointLinks {
  /** The key point being pointed at (hover or focus), lit on both sides. */
  active: string | null;
  setActive: (id: string | null) => void;
  /** Element ids: where a key point and its first mark live, for moving focus between them. */
  pointElementId: (pointId: string) => string;
  markElementId: (pointId: string) => string;
}

interface Props {
  text: string;
  covered: PointSpans[];
  /** Where the answer to a follow-up starts (UTF-16 offset), and what was asked. */
  followUp?: { offset: number; prompt: string } | null;
  /** Without links (a report), marks are plain and name their key points in a tooltip. */
  links?: PointLinks;
  pointLabels: Record<string, string>;
}

export function focusElement(id: string) {
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
}

export function HighlightedAnswer({ text, covered, followUp, links, pointLabels }: Props) {
  const breaks = followUp ? [followUp.offset] : [];
  const segments = buildSegments(text, covered, breaks);
  const firstMark = new Set<string>();

  const render = (from: number, to: number) =>
    segments
      .filter((s) => s.start >= from && s.end <= to)
      .map((s) => {
        if (!s.pointIds.length) return <span key={s.start}>{s.text}</span>;
        // The first mark of each point carries the id its key point moves focus to.
        const owner = s.pointIds.find((p) => !firstMark.has(p));
        if (owner) firstMark.add(owner);
        const names = s.pointIds.map((p) => pointLabels[p] ?? p).join('; ');
        if (!links)
          return (
            <mark key={s.start} className="evidence" title={names}>
              {s.text}
            </mark>
          );
        const lit = links.active !== null && s.pointIds.includes(links.active);
        return (
          <mark key={s.start} className={`evidence${lit ? ' is-linked' : ''}`} data-points={s.pointIds.join(' ')}>
            <button
              type="button"
              id={owner ? links.markElementId(owner) : undefined}
              className="evidence-link"
              aria-label={`${s.text} — shows: ${names}`}
              onMouseEnter={() => links.setActive(s.pointIds[0]!)}
              onMouseLeave={() => links.setActive(null)}
              onFocus={() => links.setActive(s.pointIds[0]!)}
              onBlur={() => links.setActive(null)}
              onClick={() => focusElement(links.pointElementId(s.pointIds[0]!))}
            >
              {s.text}
            </button>
          </mark>
        );
      });

  if (!followUp) return <p className="answer-text">{render(0, text.length)}</p>;
  return (
    <>
      <p className="answer-text">{render(0, followUp.offset)}</p>
      <p className="follow-up-asked">
        <span className="muted small">Follow-up: </span>
        {followUp.prompt}
      </p>
      <p className="answer-text">{render(followUp.offset, text.length)}</p>
    </>
  );
}
