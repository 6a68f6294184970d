// The live interview screen for one of its interviewers: the outline, the current question with
// everything needed to score it, the clocks, autosave and the keys. The current step lives in the
// address (?q=2, ?q=summary), so a reload returns to the same question.
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Interview, ScorecardPatch } from '../../../../shared/interview.schema';
import { ErrorState, Spinner } from '../../../components/States';
import { useCan } from '../../../lib/session';
import { applyPatch, blankItem, type ItemChange } from '../autosave/draft-store';
import { useScorecardAutosave } from '../autosave/use-scorecard-autosave';
import { AmendBar } from './AmendBar';
import { KeyboardHelp } from './KeyboardHelp';
import { LiveHeader } from './LiveHeader';
import { OtherScorecards } from './OtherScorecards';
import { QuestionNav } from './QuestionNav';
import { QuestionPanel } from './QuestionPanel';
import { useAmendScorecard } from './use-amend-scorecard';
import { useLiveKeys } from './use-live-keys';
import { useSubmitScorecard } from './use-submit-scorecard';
import { WrapUpPanel } from './WrapUpPanel';

function stepFromAddress(value: string | null, count: number): number {
  if (value === 'summary') return count;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : 0;
}

export function LiveInterview({ interview, userId }: { interview: Interview; userId: string }) {
  const can = useCan();
  const { autosave, state } = useScorecardAutosave(interview.id, userId);
  const submit = useSubmitScorecard(interview.id, autosave);
  const amend = useAmendScorecard(interview.id, autosave);
  const [params, setParams] = useSearchParams();
  const questions = interview.questions;
  const step = stepFromAddress(params.get('q'), questions.length);
  const [highlight, setHighlight] = useState(0);
  const [helpOpen, setHelpOpen] = useState(false);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const stepChanged = useRef(false);

  const server = state.scorecard;
  const view = server && amend.changes ? applyPatch(server, amend.changes) : server;
  const submitted = server?.status === 'submitted';
  const readOnly = !view || interview.status === 'cancelled' || (submitted && !amend.amending);
  const current = questions[step];
  const item = current ? (view?.items.find((i) => i.position === current.position) ?? blankItem(current.position)) : null;

  const edit = (change: ScorecardPatch) => {
    if (readOnly) return;
    if (amend.amending) amend.edit(change);
    else autosave?.edit(change);
  };
  const editItem = (change: ItemChange) => current && edit({ items: [{ position: current.position, ...change }] });

  // Keys can come faster than the screen re-renders (the address changes in a transition): they act
  // on the step asked for last and on the scorecard as the autosave holds it at that moment.
  const requestedStep = useRef<number | null>(null);
  useEffect(() => {
    if (requestedStep.current === step) requestedStep.current = null;
  }, [step]);
  const latestStep = () => requestedStep.current ?? step;
  const keyTarget = () => {
    const question = questions[latestStep()];
    if (!question) return null;
    const card = amend.amending ? view : (autosave?.getState().scorecard ?? view);
    const it = card?.items.find((i) => i.position === question.position) ?? blankItem(question.position);
    return { question, item: it, edit: (change: ItemChange) => edit({ items: [{ position: question.position, ...change }] }) };
  };
  const goTo = (next: number) => {
    const clamped = Math.max(0, Math.min(questions.length, next));
    if (clamped === latestStep()) return;
    requestedStep.current = clamped;
    stepChanged.current = true;
    setParams(clamped === questions.length ? { q: 'summary' } : { q: String(clamped + 1) }, { replace: true });
  };

  // A new step starts with the first key point highlighted and focus on its heading, so a screen
  // reader announces where the interviewer is.
  useEffect(() => {
    setHighlight(0);
    if (!stepChanged.current) return;
    stepChanged.current = false;
    document.getElementById(step === questions.length ? 'wrap-h' : 'question-h')?.focus();
  }, [step, questions.length]);

  const focusKeyPoint = (index: number) => document.querySelector<HTMLElement>(`[data-kp-index="${index}"]`)?.focus();
  useLiveKeys(
    {
      score: (n) => {
        const t = keyTarget();
        t?.edit(t.item.score === n ? { score: null } : { score: n, notAsked: false });
      },
      toggleNotAsked: () => {
        const t = keyTarget();
        t?.edit(t.item.notAsked ? { notAsked: false } : { notAsked: true, score: null });
      },
      step: (delta) => goTo(latestStep() + delta),
      moveHighlight: (delta) => {
        const count = keyTarget()?.question.keyPoints.length ?? 0;
        if (!count) return;
        const inList = document.activeElement instanceof HTMLElement && document.activeElement.dataset.kpIndex !== undefined;
        const next = inList ? Math.max(0, Math.min(count - 1, highlight + delta)) : highlight;
        setHighlight(next);
        focusKeyPoint(next);
      },
      tickHighlighted: () => {
        const t = keyTarget();
        const kp = t?.question.keyPoints[highlight];
        if (t && kp) t.edit({ keyPoints: t.item.keyPoints.includes(kp.id) ? t.item.keyPoints.filter((k) => k !== kp.id) : [...t.item.keyPoints, kp.id] });
      },
      writeNotes: () => notesRef.current?.focus(),
      openHelp: () => setHelpOpen(true),
      leaveField: () => {
        (document.activeElement as HTMLElement | null)?.blur();
        document.getElementById(step === questions.length ? 'wrap-h' : 'question-h')?.focus();
      },
    },
    { paused: helpOpen },
  );

  const section = current ? interview.sections.find((s) => s.index === current.sectionIndex) : undefined;

  return (
    <main id="main" className="page live-page">
      <LiveHeader interview={interview} state={state} sectionIndex={current?.sectionIndex ?? null} onRetrySave={() => autosave?.retryNow()} onHelp={() => setHelpOpen(true)} />
      {state.notice && (
        <p className="notice notice-info" role="status">
          {state.notice}
        </p>
      )}
      {submitted && !amend.amending && step < questions.length && (
        <p className="notice">
          You submitted this scorecard, so it is read-only.{' '}
          <button type="button" className="link-button" onClick={() => goTo(questions.length)}>
            Amend it from the summary
          </button>
          .
        </p>
      )}
      {interview.status === 'cancelled' && <p className="notice notice-warning">This interview was cancelled: its scorecard is read-only and does not count.</p>}
      <div className="live-body">
        <QuestionNav interview={interview} scorecard={view} step={step} onStep={goTo} />
        <div className="live-main">
          {amend.amending && <AmendBar reason={amend.reason} onReason={amend.setReason} onSave={() => void amend.save()} onDiscard={amend.discard} pending={amend.pending} error={amend.error} />}
          {state.status === 'loading' ? (
            <Spinner label="Loading your scorecard" />
          ) : state.status === 'load-failed' ? (
            <ErrorState error={state.error} onRetry={() => void autosave?.start()} />
          ) : !view ? null : current && item ? (
            <QuestionPanel
              ref={notesRef}
              question={current}
              number={step + 1}
              count={questions.length}
              sectionTitle={section?.title ?? ''}
              item={item}
              readOnly={readOnly}
              highlight={highlight}
              onHighlight={setHighlight}
              onChange={editItem}
            />
          ) : (
            <>
              <WrapUpPanel
                interview={interview}
                scorecard={view}
                readOnly={readOnly}
                amending={amend.amending}
                onEdit={edit}
                onJump={goTo}
                submit={{ run: () => void submit.submit(), pending: submit.pending, error: submit.error }}
                onAmend={amend.begin}
              />
              {can('debrief.read') && <OtherScorecards interview={interview} userId={userId} />}
            </>
          )}
          <div className="live-steps">
            <button type="button" className="button button-secondary" disabled={step === 0} onClick={() => goTo(step - 1)}>
              ← Previous <kbd aria-hidden="true">p</kbd>
            </button>
            <button type="button" className="button button-secondary" disabled={step === questions.length} onClick={() => goTo(step + 1)}>
              Next <kbd aria-hidden="true">n</kbd> →
            </button>
          </div>
        </div>
      </div>
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </main>
  );
}
