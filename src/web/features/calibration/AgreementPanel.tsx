// Inter-rater agreement overall (Krippendorff's alpha, ICC with its 95% interval) and per kit.
import type { Calibration } from '../../../shared/interview.schema';
import { agreementWord, fixed } from './calibration-format';

export function AgreementPanel({ agreement }: { agreement: Calibration['agreement'] }) {
  const interval = agreement.iccInterval ? `95% interval ${fixed(agreement.iccInterval[0])} to ${fixed(agreement.iccInterval[1])}` : 'no interval yet';
  return (
    <>
      <dl className="report-grid stat-grid">
        <div className="report-cell">
          <dt>Krippendorff’s α</dt>
          <dd>
            {fixed(agreement.alpha)}
            <span className="stat-note">{agreementWord(agreement.alpha)}</span>
          </dd>
        </div>
        <div className="report-cell">
          <dt>ICC(2,1)</dt>
          <dd>
            {fixed(agreement.icc)}
            <span className="stat-note">
              {agreementWord(agreement.icc)}; {interval}
            </span>
          </dd>
        </div>
        <div className="report-cell">
          <dt>Questions rated by two or more</dt>
          <dd>{agreement.units}</dd>
        </div>
        <div className="report-cell">
          <dt>Interviewers</dt>
          <dd>{agreement.raters}</dd>
        </div>
      </dl>
      <ul className="explain small">
        <li>
          <strong>Krippendorff’s α</strong> says how far interviewers who heard the same answer gave it the same score, beyond chance: 1 is perfect agreement, 0 no better than
          chance, and 0.8 or more is the usual bar for trusting the ratings.
        </li>
        <li>
          <strong>ICC(2,1)</strong> (intraclass correlation) says how much of the spread in scores comes from real differences between answers rather than from who scored them;
          the interval shows how sure that estimate is with this many ratings.
        </li>
      </ul>
      {agreement.perKit.length > 0 && (
        <div className="table-wrap" role="region" aria-label="Agreement per kit" tabIndex={0}>
          <table className="data-table">
            <caption className="table-caption">Agreement per kit</caption>
            <thead>
              <tr>
                <th scope="col">Kit</th>
                <th scope="col" className="num">Alpha</th>
                <th scope="col" className="num">ICC</th>
                <th scope="col">95% interval</th>
                <th scope="col" className="num">Questions</th>
                <th scope="col" className="num">Interviewers</th>
              </tr>
            </thead>
            <tbody>
              {agreement.perKit.map((k) => (
                <tr key={k.kitName}>
                  <th scope="row">{k.kitName}</th>
                  <td className="num">{fixed(k.alpha)}</td>
                  <td className="num">{fixed(k.icc)}</td>
                  <td>{k.iccInterval ? `${fixed(k.iccInterval[0])} to ${fixed(k.iccInterval[1])}` : '—'}</td>
                  <td className="num">{k.units}</td>
                  <td className="num">{k.raters}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
