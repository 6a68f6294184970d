import type { Question } from '../../../shared/question.schema';

export const SCALE = [
  { score: 1, label: 'Strong No' },
  { score: 2, label: 'No' },
  { score: 3, label: 'Maybe' },
  { score: 4, label: 'Yes' },
  { score: 5, label: 'Strong Yes' },
] as const;

/** What an answer at each score sounds like for this question. */
export function AnchorScale({ anchors }: { anchors: NonNullable<Question['anchors']> }) {
  return (
    <section className="panel" aria-labelledby="anchors-h">
      <h2 id="anchors-h">Scoring anchors</h2>
      <dl className="anchors">
        {SCALE.map(({ score, label }) => (
          <div key={score} className={`anchor anchor-${score}`}>
            <dt>
              <span className="anchor-score">{score}</span> {label}
            </dt>
            <dd>{anchors[score]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
