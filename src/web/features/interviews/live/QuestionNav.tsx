// The interview's outline: sections and their questions with what each still needs, and the
// wrap-up step. The current step is marked with aria-current; n and p move through it.
import type { Interview, Scorecard } from '../../../../shared/interview.schema';
import { answerState } from './progress';

const STATE_TEXT = { scored: 'scored', 'not-asked': 'not asked', open: 'not scored yet' } as const;

interface Props {
  interview: Interview;
  scorecard: Scorecard | null;
  /** The current step: a question's index in the interview's order, or questions.length for the wrap-up. */
  step: number;
  onStep: (step: number) => void;
}

export function QuestionNav({ interview, scorecard, step, onStep }: Props) {
  const order = interview.questions;
  const done = order.filter((q) => answerState(scorecard, q.position) !== 'open').length;
  return (
    <nav className="live-nav" aria-label="Interview outline">
      <p className="live-nav-progress small">
        <strong>
          {done} of {order.length}
        </strong>{' '}
        questions scored or skipped
      </p>
      {interview.sections.map((section) => (
        <div key={section.index} className="live-nav-section">
          <p className="live-nav-section-title">
            {section.title} <span className="muted">· {section.minutes} min</span>
          </p>
          <ol className="live-nav-list">
            {section.positions.map((position) => {
              const index = order.findIndex((q) => q.position === position);
              const q = order[index];
              if (!q) return null;
              const state = answerState(scorecard, position);
              const score = scorecard?.items.find((i) => i.position === position)?.score;
              return (
                <li key={position}>
                  <button type="button" className={`live-nav-item is-${state}`} aria-current={index === step ? 'step' : undefined} onClick={() => onStep(index)}>
                    <span className="live-nav-mark" aria-hidden="true">
                      {state === 'scored' ? score : state === 'not-asked' ? '–' : '○'}
                    </span>
                    <span className="live-nav-text">
                      {q.title}
                      <span className="visually-hidden">, {state === 'scored' ? `scored ${score}` : STATE_TEXT[state]}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      <button type="button" className="live-nav-item live-nav-wrap" aria-current={step === order.length ? 'step' : undefined} onClick={() => onStep(order.length)}>
        <span className="live-nav-mark" aria-hidden="true">
          {scorecard?.status === 'submitted' ? '✓' : '→'}
        </span>
        <span className="live-nav-text">{scorecard?.status === 'submitted' ? 'Submitted scorecard' : 'Summary and submit'}</span>
      </button>
    </nav>
  );
}
