// A question as a candidate practises it: the prompt, why interviewers ask it, and the approach as
// hints, folded away so they can try first. There is no answer section: the server does not send one.
import { MarkdownPanel } from './MarkdownPanel';
import type { PracticeQuestion } from './api/get-practice-question';
import { QuestionHeader } from './QuestionHeader';

export function PracticeQuestionView({ question: q }: { question: PracticeQuestion }) {
  return (
    <article className="question">
      <QuestionHeader question={q} />

      <MarkdownPanel id="prompt-h" title="Prompt" text={q.prompt} className="panel panel-prompt" />
      <MarkdownPanel id="why-h" title="Why interviewers ask this" text={q.whyAsked} />
      <MarkdownPanel id="hints-h" title="Hints" text={q.approach} folded />
    </article>
  );
}
