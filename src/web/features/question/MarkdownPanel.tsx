// One titled panel of markdown in a question page; `folded` hides it behind a Show toggle so a
// reader can think first (reference answers, hints). Empty text renders nothing.
import { Markdown } from '../../components/Markdown';

export function MarkdownPanel({ id, title, text, className = 'panel', folded = false }: { id: string; title: string; text: string; className?: string; folded?: boolean }) {
  if (!text) return null;
  const heading = <h2 id={id}>{title}</h2>;
  return (
    <section className={className} aria-labelledby={id}>
      {folded ? (
        <details className="reveal">
          <summary>
            {heading}
            <span className="muted small">Show</span>
          </summary>
          <Markdown>{text}</Markdown>
        </details>
      ) : (
        <>
          {heading}
          <Markdown>{text}</Markdown>
        </>
      )}
    </section>
  );
}
