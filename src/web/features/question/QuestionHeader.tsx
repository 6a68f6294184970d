import { Link } from 'react-router';
import type { Question } from '../../../shared/question.schema';
import { Badge, DifficultyBadge, typeLabel } from '../../components/Badge';

type HeaderFields = Pick<Question, 'title' | 'category' | 'difficulty' | 'type' | 'minutes' | 'version' | 'tags'> & { source?: string | null };

/** Title, category, difficulty, type, time, version and tags: the same in the full and practice views. */
export function QuestionHeader({ question: q }: { question: HeaderFields }) {
  return (
    <header className="question-header">
      <h1>{q.title}</h1>
      <div className="result-meta">
        <Badge tone="blue">{q.category}</Badge>
        <DifficultyBadge difficulty={q.difficulty} />
        <Badge>{typeLabel(q.type)}</Badge>
        <span className="muted small">
          {q.minutes} min · version {q.version}
          {q.source ? ` · from the ${q.source} pack` : ''}
        </span>
      </div>
      {q.tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {q.tags.map((t) => (
            <li key={t}>
              <Link to={`/?tag=${encodeURIComponent(t)}`}>#{t}</Link>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
