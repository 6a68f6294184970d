// A question as a candidate practises it: the prompt, why interviewers ask it, and the approach as
// hints, folded away so they can try first. There is no answer section: the server does not send one.
import { Markdown } from '../../components/Markdown';
import type { PracticeQuestion } from './api/get-practice-question';
import { QuestionHeader } from './QuestionHeader';

export function PracticeQuestionView({ question: q }: { question: PracticeQuestion }) {
  return (
    <article className="question">
      <QuestionHeader question={q} />

      <section className="panel panel-prompt" aria-labelledby="prompt-h">
        <h2 id="prompt-h">Prompt</h2>
        <Markdown>{q.prompt}</Markdown>
      </section>

      {q.whyAsked && (
        <section className="panel" aria-labelledby="why-h">
          <h2 id="why-h">Why interviewers ask this</h2>
          <Markdown>{q.whyAsked}</Markdown>
        </section>
      )}

      {q.approach && (
        <section className="panel" aria-labelledby="hints-h">
          <details className="reveal">
            <summary>
              <h2 id="hints-h">Hints</h2>
              <span className="muted small">Show</span>
            </summary>
            <Markdown>{q.approach}</Markdown>
          </details>
        </section>
      )}
    </article>
  );
}
