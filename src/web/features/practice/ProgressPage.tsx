// Progress: strength per category over time (mean graded score per day or week, as a chart and
// as tables for those who cannot see it), and the review schedule: what is due, soonest first.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Progress } from '../../../shared/practice.schema';
import { DifficultyBadge } from '../../components/Badge';
import { EmptyState, ErrorState, Spinner } from '../../components/States';
import { formatDateTime } from '../../lib/format-date';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCreateSession } from './api/create-session';
import { useProgress } from './api/get-progress';
import { useReviews } from './api/get-reviews';
import { formatDue, formatMean } from './score-labels';
import './practice.css';

// Okabe–Ito colours (told apart with colour-blindness) and a dash pattern each, so no line is
// known by its colour alone.
const LINE_STYLES = [
  { stroke: '#0072B2', dash: undefined },
  { stroke: '#D55E00', dash: '6 3' },
  { stroke: '#009E73', dash: '2 3' },
  { stroke: '#CC79A7', dash: '10 4 2 4' },
  { stroke: '#8a6100', dash: '4 4' },
  { stroke: '#1b2330', dash: '12 3' },
  { stroke: '#56B4E9', dash: '3 6' },
  { stroke: '#7a3e9d', dash: '8 2 2 2 2 2' },
];

/** One row per period with each category's mean, as the chart and the table read them. */
export function toRows(progress: Progress): Record<string, string | number | null>[] {
  const periods = [...new Set(progress.categories.flatMap((c) => c.points.map((p) => p.period)))].sort();
  return periods.map((period) => ({
    period,
    ...Object.fromEntries(progress.categories.map((c) => [c.category, c.points.find((p) => p.period === period)?.meanScore ?? null])),
  }));
}

export function ProgressPage() {
  useDocumentTitle('Your progress');
  const [bucket, setBucket] = useState<'day' | 'week'>('day');
  const progress = useProgress(bucket);
  return (
    <main id="main" className="page practice-progress">
      <p className="breadcrumb">
        <Link to="/practice">← Practice</Link>
      </p>
      <h1>Your progress</h1>
      <fieldset className="segmented">
        <legend className="visually-hidden">Group scores by</legend>
        {(['day', 'week'] as const).map((b) => (
          <label key={b} className={bucket === b ? 'is-chosen' : undefined}>
            <input type="radio" name="bucket" value={b} checked={bucket === b} onChange={() => setBucket(b)} />
            By {b}
          </label>
        ))}
      </fieldset>
      {progress.isPending ? (
        <Spinner label="Loading your progress" />
      ) : progress.isError ? (
        <ErrorState error={progress.error} onRetry={() => progress.refetch()} />
      ) : progress.data.categories.length === 0 ? (
        <EmptyState title="No answers yet" action={<Link to="/practice">Start practising</Link>}>
          Your strength per category appears here once you have answered a question.
        </EmptyState>
      ) : (
        <Strength progress={progress.data} />
      )}
      <DueReviews />
    </main>
  );
}

function Strength({ progress }: { progress: Progress }) {
  const rows = toRows(progress);
  const categories = progress.categories.map((c) => c.category);
  const unit = progress.bucket === 'day' ? 'day' : 'week (from Monday)';
  return (
    <>
      <figure className="panel chart-panel">
        <figcaption>
          <h2>Mean score per category, by {unit}</h2>
          <p className="muted small">Scores run from 1 (Strong No) to 5 (Strong Yes). The tables below hold the same numbers.</p>
        </figcaption>
        {rows.length > 0 ? (
          <div className="chart-box" aria-hidden="true">
            <LineChart responsive style={{ width: '100%', height: 300 }} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#dde1e7" strokeDasharray="3 3" />
              <XAxis dataKey="period" tick={{ fill: '#4f5b6b', fontSize: 12 }} />
              <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={32} tick={{ fill: '#4f5b6b', fontSize: 12 }} />
              <Tooltip formatter={(value) => (typeof value === 'number' ? value.toFixed(1) : String(value))} />
              <Legend />
              {categories.map((category, i) => {
                const style = LINE_STYLES[i % LINE_STYLES.length]!;
                return <Line key={category} type="monotone" dataKey={category} stroke={style.stroke} strokeDasharray={style.dash} strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />;
              })}
            </LineChart>
          </div>
        ) : (
          <p className="muted">No graded answers yet: answers that could not be graded count as attempts only.</p>
        )}
      </figure>

      <section className="panel" aria-labelledby="strength-h">
        <h2 id="strength-h">Strength per category</h2>
        <div className="table-wrap" role="region" aria-label="Strength per category, as a table" tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Mean score</th>
                <th scope="col">Latest {progress.bucket}</th>
                <th scope="col">Attempts</th>
                <th scope="col">Graded</th>
              </tr>
            </thead>
            <tbody>
              {progress.categories.map((c) => {
                const latest = c.points.at(-1);
                return (
                  <tr key={c.category}>
                    <th scope="row">{c.category}</th>
                    <td>{formatMean(c.meanScore)}</td>
                    <td>{latest ? `${formatMean(latest.meanScore)} (${latest.period})` : '—'}</td>
                    <td>{c.attempts}</td>
                    <td>{c.graded}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {rows.length > 0 && (
          <details className="chart-table">
            <summary>The chart’s numbers, by {progress.bucket}</summary>
            <div className="table-wrap" role="region" aria-label={`Mean score per category and ${progress.bucket}`} tabIndex={0}>
              <table className="data-table">
                <caption className="visually-hidden">Mean score per category and {progress.bucket}</caption>
                <thead>
                  <tr>
                    <th scope="col">{progress.bucket === 'day' ? 'Day' : 'Week of'}</th>
                    {categories.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={String(row.period)}>
                      <th scope="row">{row.period}</th>
                      {categories.map((c) => (
                        <td key={c}>{typeof row[c] === 'number' ? (row[c] as number).toFixed(1) : '—'}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </section>
    </>
  );
}

function DueReviews() {
  const reviews = useReviews();
  const create = useCreateSession();
  const navigate = useNavigate();
  const startReview = (length: number) =>
    create.mutate({ mode: 'review', difficulties: [], categories: [], pack: null, length }, { onSuccess: (s) => navigate(`/practice/sessions/${s.id}`) });
  return (
    <section className="panel" aria-labelledby="due-h">
      <h2 id="due-h">Review schedule</h2>
      {reviews.isPending ? (
        <Spinner label="Loading your schedule" />
      ) : reviews.isError ? (
        <ErrorState error={reviews.error} onRetry={() => reviews.refetch()} />
      ) : reviews.data.total === 0 ? (
        <p className="muted">Nothing on your schedule yet: every question you answer joins it.</p>
      ) : (
        <>
          <p>
            <strong>{reviews.data.dueNow}</strong> due now · {reviews.data.dueToday} within a day · {reviews.data.dueThisWeek} within a week
          </p>
          <button type="button" className="button" disabled={create.isPending} onClick={() => startReview(Math.min(20, Math.max(reviews.data.dueNow, 5)))}>
            {reviews.data.dueNow > 0 ? 'Review what is due' : 'Start a review'}
          </button>
          {create.isError && (
            <p className="field-error" role="alert">
              {create.error.message}
            </p>
          )}
          <ul className="item-list due-list">
            {reviews.data.items.map((r) => {
              const due = new Date(r.due).getTime() <= Date.now();
              return (
                <li key={r.questionId} className="item">
                  <div className="item-main">
                    <Link to={`/questions/${r.slug}`}>{r.title}</Link>
                    <p className="item-meta muted small">
                      {r.category} · <DifficultyBadge difficulty={r.difficulty} /> · {r.state}
                    </p>
                  </div>
                  <time dateTime={r.due} title={formatDateTime(r.due)} className={due ? 'due-now' : 'muted'}>
                    {due ? 'due now' : `due ${formatDue(r.due)}`}
                  </time>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
