// The current question as the interviewer runs it: the prompt, the kit's note, the reference answer
// folded away, key points to tick, the anchored score, follow-ups, red flags and notes.
import { forwardRef } from 'react';
import type { InterviewQuestion, ScorecardItem } from '../../../../shared/interview.schema';
import { Badge } from '../../../components/Badge';
import { Markdown } from '../../../components/Markdown';
import type { ItemChange } from '../autosave/draft-store';
import { KeyPointList } from './KeyPointList';
import { ScoreScale } from './ScoreScale';

interface Props {
  question: InterviewQuestion;
  number: number;
  count: number;
  sectionTitle: string;
  item: ScorecardItem;
  readOnly: boolean;
  highlight: number;
  onHighlight: (index: number) => void;
  onChange: (change: ItemChange) => void;
}

export const QuestionPanel = forwardRef<HTMLTextAreaElement, Props>(function QuestionPanel({ question: q, number, count, sectionTitle, item, readOnly, highlight, onHighlight, onChange }, notesRef) {
  const toggleKeyPoint = (id: string) => onChange({ keyPoints: item.keyPoints.includes(id) ? item.keyPoints.filter((k) => k !== id) : [...item.keyPoints, id] });
  return (
    <article className="live-question" aria-labelledby="question-h">
      <header className="live-question-head">
        <p className="muted small">
          {sectionTitle} · question {number} of {count} · {q.minutes} min
        </p>
        <h2 id="question-h" className="live-question-title" tabIndex={-1}>
          {q.title}
        </h2>
        <div className="result-meta">
          <Badge tone="blue">{q.category}</Badge>
          <Badge>{q.difficulty}</Badge>
          {item.notAsked ? <Badge tone="neutral">Not asked</Badge> : item.score != null ? <Badge tone="green">Scored {item.score}</Badge> : <Badge tone="amber">Not scored yet</Badge>}
        </div>
      </header>

      {q.notes && (
        <p className="notice kit-note">
          <strong>Kit note: </strong>
          {q.notes}
        </p>
      )}
      <section className="panel panel-prompt" aria-labelledby="prompt-h">
        <h3 id="prompt-h">Prompt</h3>
        <Markdown>{q.prompt}</Markdown>
      </section>

      {q.referenceAnswer && (
        <section className="panel" aria-labelledby="answer-h">
          <details className="reveal">
            <summary>
              <h3 id="answer-h">Reference answer</h3>
              <span className="muted small">Show</span>
            </summary>
            <Markdown>{q.referenceAnswer}</Markdown>
          </details>
        </section>
      )}

      <KeyPointList keyPoints={q.keyPoints} ticked={item.keyPoints} highlight={highlight} disabled={readOnly} onToggle={toggleKeyPoint} onHighlight={onHighlight} />

      {/* Beside the question on wide screens, and kept in view while the page scrolls. */}
      <div className="live-question-side">
        <ScoreScale
          anchors={q.anchors}
          score={item.score}
          notAsked={item.notAsked}
          disabled={readOnly}
          onScore={(score) => onChange(score === null ? { score: null } : { score, notAsked: false })}
          onNotAsked={(notAsked) => onChange(notAsked ? { notAsked: true, score: null } : { notAsked: false })}
        />

        <section className="panel" aria-labelledby="notes-h">
          <h3 id="notes-h">
            <label htmlFor="question-notes">Notes</label>
          </h3>
          <p id="notes-hint" className="field-hint">
            What the candidate said, in their words where you can. <kbd>e</kbd> to write here, <kbd>Esc</kbd> to leave.
          </p>
          <textarea
            id="question-notes"
            ref={notesRef}
            className="input textarea live-notes"
            rows={5}
            maxLength={10_000}
            aria-describedby="notes-hint"
            value={item.notes}
            readOnly={readOnly}
            onChange={(e) => onChange({ notes: e.target.value })}
          />
        </section>
      </div>

      {q.followUps.length > 0 && (
        <section className="panel" aria-labelledby="fu-h">
          <h3 id="fu-h">Follow-ups</h3>
          <ol className="follow-ups">
            {q.followUps.map((f, i) => (
              <li key={i}>{f.prompt}</li>
            ))}
          </ol>
        </section>
      )}

      {q.redFlags.length > 0 && (
        <section className="panel panel-warning" aria-labelledby="rf-h">
          <h3 id="rf-h">Red flags</h3>
          <ul>
            {q.redFlags.map((r, i) => (
              <li key={i}>{r.text}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
});
