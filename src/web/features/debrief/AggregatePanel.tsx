// The mechanical combination: the mean score, the recommendations counted and averaged, and how
// many questions need discussing. A summary of the evidence, not a decision.
import { RECOMMENDATION_LABELS, RECOMMENDATIONS, type Debrief } from '../../../shared/interview.schema';
import { formatMean, recommendationMean } from './debrief-labels';

export function AggregatePanel({ aggregate }: { aggregate: Debrief['aggregate'] }) {
  return (
    <>
      <dl className="report-grid">
        <div className="report-cell">
          <dt>Mean score</dt>
          <dd>{formatMean(aggregate.meanScore)}</dd>
        </div>
        <div className="report-cell">
          <dt>Scored answers</dt>
          <dd>{aggregate.scoredAnswers}</dd>
        </div>
        <div className="report-cell">
          <dt>Mean recommendation</dt>
          <dd className="report-text">{recommendationMean(aggregate.meanRecommendation)}</dd>
        </div>
        <div className="report-cell">
          <dt>To discuss</dt>
          <dd>{aggregate.disagreements}</dd>
        </div>
      </dl>
      <p className="small">
        Recommendations:{' '}
        {RECOMMENDATIONS.map((r) => `${RECOMMENDATION_LABELS[r]} ${aggregate.recommendations[r] ?? 0}`).join(' · ')}
      </p>
    </>
  );
}

export function WhoIsMissing({ debrief }: { debrief: Debrief }) {
  const { hidden, pending } = debrief;
  if (hidden.count === 0 && pending.length === 0) return null;
  return (
    <div className="debrief-missing">
      {hidden.count > 0 && (
        <p className="notice notice-info">
          <strong>
            {hidden.count} scorecard{hidden.count === 1 ? '' : 's'} hidden until you submit yours.
          </strong>{' '}
          {hidden.reason ?? 'Interviewers rate independently before they see each other’s scores.'}
        </p>
      )}
      {pending.length > 0 && (
        <p className="notice notice-warning">
          Waiting for {pending.length === 1 ? 'a scorecard' : `${pending.length} scorecards`} from {pending.map((p) => p.name).join(', ')}.
        </p>
      )}
    </div>
  );
}
