// Each interviewer's recommendation and summary, then the evidence question by question: their
// score, the key points they heard and their notes.
import { RECOMMENDATION_LABELS, type Debrief } from '../../../shared/interview.schema';
import { Time } from '../../components/Time';
import { cellText, formatMean } from './debrief-labels';

export function InterviewerSummaries({ debrief }: { debrief: Debrief }) {
  if (debrief.scorecards.length === 0) return null;
  return (
    <ul className="summary-cards">
      {debrief.scorecards.map((s) => (
        <li key={`${s.interviewId}-${s.userId}`} className="summary-card">
          <h3>{s.name}</h3>
          <p className="summary-rec">
            <span className="muted small">Recommendation </span>
            <strong>{s.recommendation ? RECOMMENDATION_LABELS[s.recommendation] : '—'}</strong>
            <span className="muted small"> · mean score {formatMean(s.meanScore)}</span>
          </p>
          {s.summary ? <p className="prewrap">{s.summary}</p> : <p className="muted">No summary written.</p>}
          <p className="muted small">
            {s.submittedAt ? (
              <>
                Submitted <Time iso={s.submittedAt} />
              </>
            ) : (
              'Not submitted'
            )}
            {s.revision > 1 ? ` · amended (revision ${s.revision})` : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function EvidenceByQuestion({ debrief, names }: { debrief: Debrief; names: Map<string, string> }) {
  return (
    <div className="evidence-list">
      {debrief.rows.map((row) => {
        const points = new Map(row.keyPoints.map((k) => [k.id, k.text]));
        return (
          <section key={`${row.interviewId}-${row.position}`} className="evidence" aria-labelledby={`ev-${row.interviewId}-${row.position}`}>
            <h3 id={`ev-${row.interviewId}-${row.position}`}>
              {row.title}
              {row.disagreement && (
                <span className="discuss">
                  {' '}
                  <span aria-hidden="true">⚠</span> Discuss: spread {row.spread}
                </span>
              )}
            </h3>
            {row.cells.length === 0 ? (
              <p className="muted">No readable scores.</p>
            ) : (
              <ul className="evidence-cells">
                {row.cells.map((cell) => (
                  <li key={cell.userId}>
                    <p>
                      <strong>{names.get(cell.userId) ?? 'An interviewer'}</strong> — {cellText(cell).long}
                    </p>
                    {cell.keyPoints.length > 0 && (
                      <ul className="ticked-points small">
                        {cell.keyPoints.map((id) => (
                          <li key={id}>
                            <span aria-hidden="true">✓ </span>
                            {points.get(id) ?? id}
                          </li>
                        ))}
                      </ul>
                    )}
                    {cell.notes ? <p className="prewrap evidence-notes">{cell.notes}</p> : <p className="muted small">No notes.</p>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
