// Per question: how often it was asked, how it scores, whether it separates hires from the rest,
// and whether it has been asked so often that it may be circulating among candidates.
import { Link } from 'react-router';
import type { Calibration } from '../../../shared/interview.schema';
import { fixed } from './calibration-format';

export function QuestionStatsTable({ questions }: { questions: Calibration['questions'] }) {
  return (
    <>
      <ul className="explain small">
        <li>
          <strong>Mean</strong> is the average score the question received: a low mean marks a hard question, a high one an easy question.
        </li>
        <li>
          <strong>Variance</strong> is how much its scores differ between candidates: near zero means it tells nobody apart.
        </li>
        <li>
          <strong>Discrimination</strong> is the correlation between its scores and the final decision (hire = 1, no hire = 0): high means people who do well on it tend to be hired.
        </li>
        <li>
          <strong>May have leaked</strong> flags a question asked so often that candidates may be sharing it; consider rotating it out.
        </li>
      </ul>
      <div className="table-wrap" role="region" aria-labelledby="questions-cap" tabIndex={0}>
        <table className="data-table">
          <caption id="questions-cap" className="table-caption">
            Statistics per question
          </caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col" className="num">Asked</th>
              <th scope="col" className="num">Mean</th>
              <th scope="col" className="num">Variance</th>
              <th scope="col" className="num">Discrimination</th>
              <th scope="col">Leak</th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.questionId ?? q.slug}>
                <th scope="row" className="cell-wrap">
                  {q.questionId ? <Link to={`/questions/${q.slug}`}>{q.title}</Link> : q.title}
                </th>
                <td className="num">{q.timesAsked}</td>
                <td className="num">{fixed(q.mean)}</td>
                <td className="num">{fixed(q.variance)}</td>
                <td className="num">{fixed(q.discrimination)}</td>
                <td>
                  {q.leakRisk ? (
                    <span className="discuss">
                      <span aria-hidden="true">⚠</span> May have leaked
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
