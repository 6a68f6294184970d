// Question × interviewer scores. A disagreement (spread of 2 or more) is marked in words and with
// an icon on its row, as well as by colour, so it reads the same in print and without colour.
import type { Debrief } from '../../../shared/interview.schema';
import { cellText, formatMean, interviewerColumns } from './debrief-labels';

export function ScoreMatrix({ debrief }: { debrief: Debrief }) {
  const columns = interviewerColumns(debrief);
  const byInterview = debrief.interviews.map((i) => ({ interview: i, rows: debrief.rows.filter((r) => r.interviewId === i.id) })).filter((g) => g.rows.length > 0);
  const grouped = byInterview.length > 1;
  if (columns.length === 0) return <p className="muted">No submitted scorecards you can read yet.</p>;
  return (
    <div className="table-wrap" role="region" aria-label="Scores by question and interviewer" tabIndex={0}>
      <table className="data-table matrix">
        <caption className="visually-hidden">Scores by question (rows) and interviewer (columns); rows marked “Discuss” have a spread of 2 or more.</caption>
        <thead>
          <tr>
            <th scope="col">Question</th>
            {columns.map((c) => (
              <th key={c.userId} scope="col" className="num">
                {c.name}
              </th>
            ))}
            <th scope="col" className="num">
              Mean
            </th>
            <th scope="col" className="num">
              Spread
            </th>
          </tr>
        </thead>
        {byInterview.map(({ interview, rows }) => (
          <tbody key={interview.id}>
            {grouped && (
              <tr className="matrix-group">
                <th scope="colgroup" colSpan={columns.length + 3}>
                  {interview.kitName}
                </th>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={`${row.interviewId}-${row.position}`} className={row.disagreement ? 'is-disagreement' : undefined}>
                <th scope="row" className="cell-wrap">
                  {row.title}
                  <span className="muted small matrix-category"> · {row.category}</span>
                  {row.disagreement && (
                    <span className="discuss matrix-discuss">
                      <span aria-hidden="true">⚠</span> Discuss
                    </span>
                  )}
                </th>
                {columns.map((c) => {
                  const text = cellText(row.cells.find((cell) => cell.userId === c.userId));
                  return (
                    <td key={c.userId} className={`num score-cell score-${text.short}`}>
                      <span aria-hidden="true">{text.short}</span>
                      <span className="visually-hidden">{text.long}</span>
                    </td>
                  );
                })}
                <td className="num">{formatMean(row.mean)}</td>
                <td className="num">{row.spread ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
