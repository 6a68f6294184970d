// The 1–5 score buttons, each beside what an answer at that score sounds like for this question,
// and "not asked". Buttons with aria-pressed rather than radios, so the digit keys keep working
// while one of them has focus.
import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type InterviewQuestion } from '../../../../shared/interview.schema';

/** The scale's words are the recommendation labels: 1 Strong No … 5 Strong Yes. */
export const SCALE = RECOMMENDATIONS.map((r, i) => ({ score: i + 1, label: RECOMMENDATION_LABELS[r] }));

interface Props {
  anchors: InterviewQuestion['anchors'];
  score: number | null;
  notAsked: boolean;
  disabled: boolean;
  onScore: (score: number | null) => void;
  onNotAsked: (notAsked: boolean) => void;
}

export function ScoreScale({ anchors, score, notAsked, disabled, onScore, onNotAsked }: Props) {
  return (
    <section className="panel live-score" aria-labelledby="score-h">
      <h3 id="score-h">Score</h3>
      <div className="score-scale" role="group" aria-labelledby="score-h">
        {SCALE.map(({ score: value, label }) => (
          <div key={value} className={`score-row${score === value ? ' is-chosen' : ''}`}>
            <button
              type="button"
              className="score-button"
              aria-label={`${value} ${label}`}
              aria-pressed={score === value}
              aria-describedby={anchors ? `anchor-${value}` : undefined}
              disabled={disabled}
              onClick={() => onScore(score === value ? null : value)}
            >
              <span className="score-digit" aria-hidden="true">
                {value}
              </span>
              <span className="score-label">{label}</span>
              {score === value && (
                <span className="score-check" aria-hidden="true">
                  ✓
                </span>
              )}
            </button>
            {anchors && (
              <p id={`anchor-${value}`} className="score-anchor small">
                {anchors[value as 1 | 2 | 3 | 4 | 5]}
              </p>
            )}
          </div>
        ))}
      </div>
      <button type="button" className="button button-secondary button-small not-asked" aria-pressed={notAsked} disabled={disabled} onClick={() => onNotAsked(!notAsked)}>
        {notAsked ? '✓ ' : ''}Not asked <kbd aria-hidden="true">x</kbd>
      </button>
    </section>
  );
}
