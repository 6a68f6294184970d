// Feedback on one attempt: the score and why, the answer with the words that made each key point
// marked and linked to it, the points missed, the anchor for the score, the follow-up to answer
// next, when the question comes back, and — only now — the reference answer.
import { useId, useState, type ReactNode } from 'react';
import type { AttemptResult } from '../../../shared/practice.schema';
import { Markdown } from '../../components/Markdown';
import { formatDateTime } from '../../lib/format-date';
import { focusElement, HighlightedAnswer, type PointLinks } from './HighlightedAnswer';
import { formatDue, SCORE_LABELS } from './score-labels';

interface Props {
  result: AttemptResult;
  /** Answers the follow-up as a new attempt (graded together with this answer). */
  followUpForm?: ReactNode;
  actions: ReactNode;
}

const NOT_GRADABLE: Record<string, string> = {
  empty: 'There was no answer to grade.',
  too_short: 'The answer was too short to grade.',
  gibberish: 'The answer could not be read as sentences.',
  question_repeated: 'The answer mostly repeated the question.',
  off_topic: 'The answer was about something else.',
  no_sentences: 'The answer had no sentences to grade.',
  non_answer: 'The answer said it could not answer.',
};

export function ScoreSummary({ grade }: { grade: AttemptResult['attempt']['grade'] }) {
  if (!grade.gradable || grade.score === null)
    return (
      <div className="score-summary is-ungraded">
        <p className="score-line-ungraded">
          <strong>Not graded.</strong> {NOT_GRADABLE[grade.notGradable ?? ''] ?? ''}
        </p>
        <p className="muted">{grade.reason}</p>
      </div>
    );
  return (
    <div className={`score-summary score-${grade.score}`}>
      <p className="score-line">
        <span className="score-badge" aria-hidden="true">
          {grade.score}
        </span>
        <span>
          <strong>
            Score {grade.score} of 5 · {SCORE_LABELS[grade.score]}
          </strong>
          {grade.confidence < 0.5 && <span className="muted small"> (an estimate: the grader is not sure)</span>}
        </span>
      </p>
      <p className="muted">{grade.reason}</p>
      {grade.derivedKeyPoints && <p className="muted small">This question has no written key points: they were drawn from its reference answer.</p>}
    </div>
  );
}

export function FeedbackView({ result, followUpForm, actions }: Props) {
  const prefix = useId().replace(/:/g, '');
  const [active, setActive] = useState<string | null>(null);
  const { attempt, reveal, review } = result;
  const grade = attempt.grade;
  const links: PointLinks = {
    active,
    setActive,
    pointElementId: (id) => `${prefix}-point-${id}`,
    markElementId: (id) => `${prefix}-mark-${id}`,
  };
  const labels = Object.fromEntries(grade.covered.map((c) => [c.id, c.text]));

  return (
    <section className="feedback" aria-labelledby={`${prefix}-h`}>
      <h2 id={`${prefix}-h`} className="visually-hidden">
        Feedback
      </h2>
      <ScoreSummary grade={grade} />

      <div className="panel">
        <h3>Your answer</h3>
        {grade.covered.length > 0 && <p className="muted small">Marked words made a key point: select one to see which.</p>}
        <HighlightedAnswer
          text={attempt.answer}
          covered={grade.covered}
          followUp={attempt.followUpOffset !== null && attempt.followUpPrompt ? { offset: attempt.followUpOffset, prompt: attempt.followUpPrompt } : null}
          links={links}
          pointLabels={labels}
        />
      </div>

      {grade.gradable && (
        <div className="two-col">
          <div className="panel">
            <h3>Key points you made ({grade.covered.length})</h3>
            {grade.covered.length === 0 ? (
              <p className="muted">None yet.</p>
            ) : (
              <ul className="point-list">
                {grade.covered.map((p) => (
                  <li key={p.id} className={active === p.id ? 'is-linked' : undefined}>
                    <button
                      type="button"
                      id={links.pointElementId(p.id)}
                      className="point-link"
                      onMouseEnter={() => setActive(p.id)}
                      onMouseLeave={() => setActive(null)}
                      onFocus={() => setActive(p.id)}
                      onBlur={() => setActive(null)}
                      onClick={() => focusElement(links.markElementId(p.id))}
                    >
                      <span className="point-check" aria-hidden="true">
                        ✓
                      </span>{' '}
                      {p.text}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="panel panel-missed">
            <h3>Missed points ({grade.missed.length})</h3>
            {grade.missed.length === 0 ? (
              <p className="muted">You made every key point.</p>
            ) : (
              <ul className="point-list missed-list">
                {grade.missed.map((p) => (
                  <li key={p.id}>{p.text}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}

      {grade.redFlags.length > 0 && (
        <div className="panel panel-warning">
          <h3>Claims an interviewer would challenge</h3>
          <ul>
            {grade.redFlags.map((f) => (
              <li key={f.text}>
                {f.text}
                {f.spans.length > 0 && <span className="muted"> — you said “{f.spans.map((s) => attempt.answer.slice(s.start, s.end)).join('”, “')}”</span>}
              </li>
            ))}
          </ul>
        </div>
      )}

      {reveal.anchor && (
        <div className="panel">
          <h3>What a {reveal.anchor.score} sounds like for this question</h3>
          <p>{reveal.anchor.text}</p>
        </div>
      )}

      {grade.followUp && (
        <div className="panel panel-follow-up">
          <h3>The follow-up an interviewer would ask next</h3>
          <p className="follow-up-prompt">{grade.followUp}</p>
          {followUpForm}
        </div>
      )}

      {review && (
        <p className="review-note">
          Back for review <time dateTime={review.due}>{formatDue(review.due)}</time> ({formatDateTime(review.due)}).
        </p>
      )}

      <div className="feedback-actions">{actions}</div>

      {reveal.referenceAnswer && (
        <details className="panel reveal reference-answer">
          <summary>
            <h3>Reference answer</h3>
            <span className="muted small">Show</span>
          </summary>
          <Markdown>{reveal.referenceAnswer}</Markdown>
        </details>
      )}
    </section>
  );
}
