// Key points to tick as the candidate makes them. Arrow keys (or Tab) move the highlight, which is
// the focused point; `k`, Space or Enter ticks it.
import type { InterviewQuestion } from '../../../../shared/interview.schema';

interface Props {
  keyPoints: InterviewQuestion['keyPoints'];
  ticked: string[];
  highlight: number;
  disabled: boolean;
  onToggle: (id: string) => void;
  onHighlight: (index: number) => void;
}

export function KeyPointList({ keyPoints, ticked, highlight, disabled, onToggle, onHighlight }: Props) {
  if (keyPoints.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="kp-h">
      <h3 id="kp-h">
        Key points <span className="muted small">({ticked.length} of {keyPoints.length} made)</span>
      </h3>
      <ul className="kp-ticks">
        {keyPoints.map((kp, i) => {
          const on = ticked.includes(kp.id);
          return (
            <li key={kp.id} className={i === highlight ? 'is-highlighted' : undefined}>
              <button type="button" className="kp-tick" data-kp-index={i} aria-pressed={on} disabled={disabled} onFocus={() => onHighlight(i)} onClick={() => onToggle(kp.id)}>
                <span className={`tick-box${on ? ' is-on' : ''}`} aria-hidden="true">
                  {on ? '✓' : ''}
                </span>
                <span className="kp-tick-text">
                  {kp.text}
                  <span className="weight" aria-hidden="true">
                    {' '}
                    {'●'.repeat(kp.weight)}
                  </span>
                  <span className="visually-hidden">, weight {kp.weight} of 3</span>
                </span>
              </button>
              {!on && <p className="kp-follow small muted">If missing, ask: {kp.followUp}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
