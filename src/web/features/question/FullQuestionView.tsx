// A question as an interviewer reads it: the prompt, why it is asked, how to approach it, the
// reference answer, key points with their evidence, the anchored scale, follow-ups and red flags.
import type { Question } from '../../../shared/question.schema';
import { AnchorScale } from './AnchorScale';
import { MarkdownPanel } from './MarkdownPanel';
import { QuestionHeader } from './QuestionHeader';

export function FullQuestionView({ question: q }: { question: Question }) {
  return (
    <article className="question">
      <QuestionHeader question={q} />

      <MarkdownPanel id="prompt-h" title="Prompt" text={q.prompt} className="panel panel-prompt" />

      <div className="two-col">
        <MarkdownPanel id="why-h" title="Why interviewers ask this" text={q.whyAsked} />
        <MarkdownPanel id="approach-h" title="How to approach it" text={q.approach} />
      </div>

      <MarkdownPanel id="answer-h" title="Reference answer" text={q.referenceAnswer} folded />

      {q.keyPoints.length > 0 && (
        <section className="panel" aria-labelledby="kp-h">
          <h2 id="kp-h">Key points</h2>
          <ol className="key-points">
            {q.keyPoints.map((kp) => (
              <li key={kp.id}>
                <div className="kp-head">
                  <span className="kp-text">{kp.text}</span>
                  <span className={`weight weight-${kp.weight}`} title="weight: 3 is essential">
                    {'●'.repeat(kp.weight)}
                    <span className="visually-hidden"> weight {kp.weight} of 3</span>
                  </span>
                </div>
                <p className="kp-evidence small">
                  <span className="muted">Sounds like: </span>
                  {kp.evidence.map((e, i) => (
                    <span key={i} className="chip">
                      {e}
                    </span>
                  ))}
                </p>
                <p className="kp-follow small">
                  <span className="muted">If missing, ask: </span>
                  {kp.followUp}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}

      {q.anchors && <AnchorScale anchors={q.anchors} />}

      {q.followUps.length > 0 && (
        <section className="panel" aria-labelledby="fu-h">
          <h2 id="fu-h">Follow-ups</h2>
          <ol className="follow-ups">
            {q.followUps.map((f, i) => (
              <li key={i}>
                {f.prompt}
                {f.keyPoints.length > 0 && <span className="muted small"> — tests {f.keyPoints.join(', ')}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}

      {q.redFlags.length > 0 && (
        <section className="panel panel-warning" aria-labelledby="rf-h">
          <h2 id="rf-h">Red flags</h2>
          <ul>
            {q.redFlags.map((r, i) => (
              <li key={i}>{r.text}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
