// Interviewers against the team: each one's mean score beside the team's mean (leniency), and how
// widely their scores vary (spread). The charts are pictures of the table below them, which holds
// the same numbers for screen readers, keyboards and print.
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Calibration } from '../../../shared/interview.schema';
import { fixed, leniencyWord, signed } from './calibration-format';

type Interviewers = Calibration['interviewers'];

const height = (rows: number) => Math.max(140, 48 + rows * 40);

export function InterviewerCharts({ interviewers, teamMean }: { interviewers: Interviewers; teamMean: number | null }) {
  const rated = interviewers.filter((i) => i.mean !== null);
  const data = rated.map((i) => ({ name: i.name, mean: i.mean, spread: i.spread ?? 0, label: `${fixed(i.mean)} (${signed(i.leniency)})` }));
  return (
    <>
      <div className="chart-pair">
        <figure className="chart">
          <figcaption id="leniency-cap">
            <strong>Leniency:</strong> each interviewer’s mean score; the dashed line is the team’s mean{teamMean !== null ? ` (${fixed(teamMean)})` : ''}.
          </figcaption>
          <div role="img" aria-labelledby="leniency-cap" aria-describedby="interviewer-table-cap">
            <BarChart layout="vertical" data={data} responsive style={{ width: '100%', height: height(data.length) }} margin={{ left: 8, right: 72 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} stroke="#dde1e7" />
              <XAxis type="number" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} stroke="#4f5b6b" />
              <YAxis type="category" dataKey="name" width={110} stroke="#4f5b6b" />
              <Bar dataKey="mean" fill="#1d4ed8" isAnimationActive={false} barSize={20}>
                <LabelList dataKey="label" position="right" fill="#1b2330" fontSize={12} />
              </Bar>
              {teamMean !== null && <ReferenceLine x={teamMean} stroke="#a11a1a" strokeDasharray="5 4" strokeWidth={2} />}
            </BarChart>
          </div>
        </figure>
        <figure className="chart">
          <figcaption id="spread-cap">
            <strong>Spread:</strong> the standard deviation of each interviewer’s scores.
          </figcaption>
          <div role="img" aria-labelledby="spread-cap" aria-describedby="interviewer-table-cap">
            <BarChart layout="vertical" data={data} responsive style={{ width: '100%', height: height(data.length) }} margin={{ left: 8, right: 48 }} accessibilityLayer={false}>
              <CartesianGrid horizontal={false} stroke="#dde1e7" />
              <XAxis type="number" domain={[0, 2]} ticks={[0, 0.5, 1, 1.5, 2]} stroke="#4f5b6b" allowDataOverflow />
              <YAxis type="category" dataKey="name" width={110} stroke="#4f5b6b" />
              <Bar dataKey="spread" fill="#6b3fa0" isAnimationActive={false} barSize={20}>
                <LabelList dataKey="spread" position="right" fill="#1b2330" fontSize={12} formatter={(v: unknown) => (typeof v === 'number' ? v.toFixed(2) : '')} />
              </Bar>
            </BarChart>
          </div>
        </figure>
      </div>
      <ul className="explain small">
        <li>
          <strong>Leniency</strong> is an interviewer’s mean score minus the team’s: above zero they score the same answers higher than colleagues do, below zero lower.
        </li>
        <li>
          <strong>Spread</strong> is how much an interviewer’s scores vary: near zero means they give nearly everyone the same score and tell candidates apart poorly.
        </li>
      </ul>
      <div className="table-wrap" role="region" aria-labelledby="interviewer-table-cap" tabIndex={0}>
        <table className="data-table">
          <caption id="interviewer-table-cap" className="table-caption">
            Interviewers: the numbers behind both charts
          </caption>
          <thead>
            <tr>
              <th scope="col">Interviewer</th>
              <th scope="col" className="num">Scorecards</th>
              <th scope="col" className="num">Scores given</th>
              <th scope="col" className="num">Mean</th>
              <th scope="col" className="num">Leniency</th>
              <th scope="col" className="num">Spread</th>
            </tr>
          </thead>
          <tbody>
            {interviewers.map((i) => (
              <tr key={i.userId}>
                <th scope="row">{i.name}</th>
                <td className="num">{i.scorecards}</td>
                <td className="num">{i.ratings}</td>
                <td className="num">{fixed(i.mean)}</td>
                <td className="num">
                  {signed(i.leniency)} <span className="muted small">{leniencyWord(i.leniency)}</span>
                </td>
                <td className="num">{fixed(i.spread)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
