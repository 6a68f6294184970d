import { forwardRef } from 'react';
import { Link } from 'react-router';
import type { QuestionSummary } from '../../../shared/question-list.schema';
import { Badge, DifficultyBadge, typeLabel } from '../../components/Badge';

interface Props {
  items: QuestionSummary[];
  activeIndex: number;
  onHover: (index: number) => void;
}

/** The results; the active one (moved with j/k) is marked for screen readers with aria-current. */
export const ResultList = forwardRef<HTMLOListElement, Props>(function ResultList({ items, activeIndex, onHover }, ref) {
  return (
    <ol className="results" ref={ref}>
      {items.map((item, i) => (
        <li key={item.id} className={`result${i === activeIndex ? ' is-active' : ''}`} aria-current={i === activeIndex ? 'true' : undefined} onMouseEnter={() => onHover(i)}>
          <Link to={`/questions/${item.slug}`} className="result-link" data-index={i}>
            <span className="result-title">{item.title}</span>
          </Link>
          <div className="result-meta">
            <Badge tone="blue">{item.category}</Badge>
            <DifficultyBadge difficulty={item.difficulty} />
            <Badge>{typeLabel(item.type)}</Badge>
            <span className="muted small">{item.minutes} min</span>
          </div>
          {item.snippet && (
            <p className="result-snippet">
              {item.snippet.map((s, j) => (s.highlight ? <mark key={j}>{s.text}</mark> : <span key={j}>{s.text}</span>))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
});
