import { Link } from 'react-router';
import type { CandidateSummary } from '../../../shared/candidate.schema';
import { Badge } from '../../components/Badge';
import { Time } from '../../components/Time';
import { StatusBadge } from './candidate-labels';

/** Candidates as cards: name, status, role, email, whether a CV is attached, and where the search matched it. */
export function CandidateResults({ items }: { items: CandidateSummary[] }) {
  return (
    <ol className="results">
      {items.map((c) => (
        <li key={c.id} className="result">
          <Link to={`/candidates/${c.id}`} className="result-link">
            <span className="result-title">{c.name}</span>
          </Link>
          <div className="result-meta">
            <StatusBadge status={c.status} />
            {c.roleApplied && <span>{c.roleApplied}</span>}
            {c.email && <span className="muted small cell-wrap">{c.email}</span>}
            {c.hasCv && <Badge>CV</Badge>}
            <span className="muted small">
              added <Time iso={c.createdAt} relative />
            </span>
          </div>
          {c.snippet && (
            <p className="result-snippet">
              <span className="visually-hidden">From the CV: </span>
              {c.snippet.map((s, j) => (s.highlight ? <mark key={j}>{s.text}</mark> : <span key={j}>{s.text}</span>))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
