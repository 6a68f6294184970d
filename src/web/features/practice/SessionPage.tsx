// A practice session, one question at a time: the prompt (and a clock in a mock interview), the
// answer box, then the feedback, with its follow-up to answer, a retry, and the next question.
// A finished session, or one someone shared with you, opens as its report.
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { AttemptResult, PracticeReport } from '../../../shared/practice.schema';
import { Badge, DifficultyBadge } from '../../components/Badge';
import { Markdown } from '../../components/Markdown';
import { PageError, PageLoading } from '../../components/States';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AnswerForm, type AnswerSubmission } from './AnswerForm';
import { FeedbackView } from './FeedbackView';
import { MockTimer } from './MockTimer';
import { useCreateAttempt } from './api/create-attempt';
import { useFinishSession } from './api/finish-session';
import { usePracticeSession } from './api/get-session';
import './practice.css';

export function SessionPage() {
  const { id = '' } = useParams();
  const session = usePracticeSession(id);
  useDocumentTitle(session.data ? (session.data.mode === 'mock' ? 'Mock interview' : 'Review') : 'Practice session');
  if (session.isPending)
    return <PageLoading label="Loading the session" />;
  if (session.isError)
    return <PageError error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data.isOwner || session.data.finishedAt) return <Navigate to={`/practice/sessions/${id}/report`} replace />;
  return <SessionRunner session={session.data} />;
}

function SessionRunner({ session }: { session: PracticeReport }) {
  const questions = session.questions;
  const firstOpen = questions.findIndex((q) => !session.answeredQuestionIds.includes(q.id));
  const [index, setIndex] = useState(firstOpen === -1 ? Math.max(0, questions.length - 1) : firstOpen);
  const [result, setResult] = useState<AttemptResult | null>(null);
  const [attemptKey, setAttemptKey] = useState(0);
  const attempt = useCreateAttempt();
  const finish = useFinishSession(session.id);
  const navigate = useNavigate();
  const feedbackRef = useRef<HTMLDivElement>(null);
  const question = questions[index];

  const titleRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (result) feedbackRef.current?.focus();
  }, [result]);
  // On to the next question: focus its title, where a screen reader starts reading it.
  useEffect(() => {
    if (moved.current) titleRef.current?.focus();
    moved.current = true;
  }, [index]);

  if (!question)
    return (
      <main id="main" className="page narrow">
        <h1>This session has no questions left</h1>
        <p className="lead">Its questions were removed from the bank.</p>
        <Link to="/practice">Back to practice</Link>
      </main>
    );

  const send = (submission: AnswerSubmission, followUpOf?: string) =>
    attempt.mutate({ questionId: question.id, sessionId: session.id, ...submission, ...(followUpOf ? { followUpOf } : {}) }, { onSuccess: setResult });
  const retry = () => {
    setResult(null);
    attempt.reset();
    setAttemptKey((k) => k + 1);
  };
  const next = () => {
    setIndex((i) => i + 1);
    retry();
    window.scrollTo?.({ top: 0 });
  };
  const end = () => finish.mutate(undefined, { onSuccess: () => navigate(`/practice/sessions/${session.id}/report`) });
  const isLast = index === questions.length - 1;
  const title = session.mode === 'mock' ? 'Mock interview' : 'Review';

  return (
    <main id="main" className="page practice-session">
      <div className="session-bar">
        <p className="session-progress">
          <strong>{title}</strong> · Question {index + 1} of {questions.length}
        </p>
        {session.mode === 'mock' && session.minutes > 0 && <MockTimer startedAt={session.startedAt} minutes={session.minutes} />}
        <button type="button" className="button button-secondary button-small" onClick={end} disabled={finish.isPending}>
          {finish.isPending ? 'Finishing…' : 'Finish and see the report'}
        </button>
      </div>
      {finish.isError && (
        <p className="form-alert" role="alert">
          {finish.error.message}
        </p>
      )}

      <article className="question practice-question">
        <header className="question-header">
          <h1 ref={titleRef} tabIndex={-1}>
            {question.title}
          </h1>
          <div className="result-meta">
            <Badge tone="blue">{question.category}</Badge>
            <DifficultyBadge difficulty={question.difficulty} />
            <span className="muted small">about {question.minutes} min in an interview</span>
          </div>
        </header>
        <section className="panel panel-prompt" aria-label="Prompt">
          <Markdown>{question.prompt}</Markdown>
        </section>
        {question.approach && !result && (
          <details className="panel reveal">
            <summary>
              <h2>Hints</h2>
              <span className="muted small">Show</span>
            </summary>
            <Markdown>{question.approach}</Markdown>
          </details>
        )}
      </article>

      {result ? (
        <div ref={feedbackRef} tabIndex={-1} className="feedback-focus">
          <FeedbackView
            key={result.attempt.id}
            result={result}
            followUpForm={
              <AnswerForm
                key={`follow-${result.attempt.id}`}
                label="Your answer to the follow-up"
                submitLabel="Submit follow-up answer"
                askSelfRating={false}
                pending={attempt.isPending}
                error={attempt.error?.message}
                onSubmit={(s) => send(s, result.attempt.id)}
              />
            }
            actions={
              <>
                <button type="button" className="button button-secondary" onClick={retry}>
                  Retry this question
                </button>
                {isLast ? (
                  <button type="button" className="button" onClick={end} disabled={finish.isPending}>
                    Finish and see the report
                  </button>
                ) : (
                  <button type="button" className="button" onClick={next}>
                    Next question
                  </button>
                )}
              </>
            }
          />
        </div>
      ) : (
        <AnswerForm key={`${question.id}-${attemptKey}`} label="Your answer" pending={attempt.isPending} error={attempt.error?.message} onSubmit={(s) => send(s)} />
      )}
    </main>
  );
}
