// The last step: the overall recommendation and summary, what is still missing, submit; after
// submission the scorecard's revisions and the way to amend it.
import type { Interview, Recommendation, Scorecard, ScorecardPatch } from '../../../../shared/interview.schema';
import { RECOMMENDATION_LABELS, RECOMMENDATIONS } from '../../../../shared/interview.schema';
import { Time } from '../../../components/Time';
import { isComplete, missingForSubmit } from './progress';
import { problemLines } from './problem-text';

interface Props {
  interview: Interview;
  scorecard: Scorecard;
  readOnly: boolean;
  amending: boolean;
  onEdit: (change: ScorecardPatch) => void;
  onJump: (step: number) => void;
  submit: { run: () => void; pending: boolean; error: unknown };
  onAmend: () => void;
}

export function WrapUpPanel({ interview, scorecard, readOnly, amending, onEdit, onJump, submit, onAmend }: Props) {
  const submitted = scorecard.status === 'submitted';
  const missing = missingForSubmit(interview.questions, scorecard);
  const errors = problemLines(submit.error);
  return (
    <article className="live-question" aria-labelledby="wrap-h">
      <h2 id="wrap-h" className="live-question-title" tabIndex={-1}>
        {submitted ? 'Your submitted scorecard' : 'Summary and submit'}
      </h2>
      {submitted && (
        <p className="notice">
          Submitted <Time iso={scorecard.submittedAt ?? scorecard.updatedAt} />
          {scorecard.revision > 1 ? ` · revision ${scorecard.revision}` : ''}. It can no longer be edited, only amended with a reason.
        </p>
      )}

      <fieldset className="panel recommendation" disabled={readOnly}>
        <legend>Overall recommendation</legend>
        <div className="recommendation-options">
          {RECOMMENDATIONS.map((r: Recommendation) => (
            <label key={r} className={`recommendation-option rec-${r}`}>
              <input type="radio" name="recommendation" value={r} checked={scorecard.recommendation === r} onChange={() => onEdit({ recommendation: r })} />
              <span>{RECOMMENDATION_LABELS[r]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="panel field">
        <label className="field-label" htmlFor="scorecard-summary">
          Summary
        </label>
        <p id="summary-hint" className="field-hint">
          The evidence behind your recommendation: strengths, gaps, what you would probe next time.
        </p>
        <textarea
          id="scorecard-summary"
          className="input textarea"
          rows={6}
          maxLength={20_000}
          aria-describedby="summary-hint"
          value={scorecard.summary}
          readOnly={readOnly}
          onChange={(e) => onEdit({ summary: e.target.value })}
        />
      </div>

      {(!submitted || amending) && (
        <section className="panel" aria-labelledby="missing-h">
          <h3 id="missing-h">{isComplete(missing) ? 'Ready to submit' : 'Still missing'}</h3>
          {isComplete(missing) ? (
            <p>Every question is scored or marked not asked, and you chose a recommendation.</p>
          ) : (
            <ul className="missing-list">
              {missing.questions.map((q) => (
                <li key={q.position}>
                  <button type="button" className="link-button" onClick={() => onJump(interview.questions.indexOf(q))}>
                    {q.title}
                  </button>{' '}
                  <span className="muted">— no score, not marked “not asked”</span>
                </li>
              ))}
              {missing.recommendation && <li>An overall recommendation</li>}
            </ul>
          )}
          {!submitted && (
            <>
              {errors.length > 0 && (
                <div className="form-alert" role="alert" tabIndex={-1}>
                  {errors.map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </div>
              )}
              <button type="button" className="button" disabled={submit.pending} onClick={submit.run}>
                {submit.pending ? 'Submitting…' : 'Submit scorecard'}
              </button>
              <p className="field-hint">Once submitted, others who already submitted can see it, and you see theirs.</p>
            </>
          )}
        </section>
      )}

      {submitted && !amending && (
        <button type="button" className="button button-secondary" onClick={onAmend}>
          Amend
        </button>
      )}

      {scorecard.revisions.length > 0 && (
        <section className="panel" aria-labelledby="revisions-h">
          <h3 id="revisions-h">Revisions</h3>
          <ol className="revision-list">
            {scorecard.revisions.map((r) => (
              <li key={r.revision}>
                <strong>Revision {r.revision}</strong> · <Time iso={r.createdAt} />
                {r.reason ? <> — {r.reason}</> : <span className="muted"> — submitted</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
