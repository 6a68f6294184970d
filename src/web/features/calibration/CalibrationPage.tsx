// /calibration: are interviewers scoring alike, and are the questions doing their job? Agreement,
// leniency and spread, and per-question statistics, optionally for one kit (kept in the address).
import { useSearchParams } from 'react-router';
import type { Calibration } from '../../../shared/interview.schema';
import { EmptyState, ErrorState, Spinner } from '../../components/States';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCalibration } from './api/get-calibration';
import { useKitOptions } from './api/list-kits';
import { AgreementPanel } from './AgreementPanel';
import { InterviewerCharts } from './InterviewerCharts';
import { QuestionStatsTable } from './QuestionStatsTable';

/** Fewer than this many submitted scorecards tell nothing about anyone. */
export const MIN_SCORECARDS = 2;

export function CalibrationPage() {
  useDocumentTitle('Calibration');
  const [params, setParams] = useSearchParams();
  const kitId = params.get('kit') ?? undefined;
  const kits = useKitOptions();
  const query = useCalibration(kitId);

  return (
    <main id="main" className="page">
      <h1>Calibration</h1>
      <p className="lead">Whether interviewers score the same answers alike, who scores high or low, and which questions separate candidates.</p>
      <div className="field filter-field">
        <label className="field-label" htmlFor="kit-filter">
          Kit
        </label>
        <select id="kit-filter" className="input input-compact" value={kitId ?? ''} onChange={(e) => setParams(e.target.value ? { kit: e.target.value } : {}, { replace: true })}>
          <option value="">All kits</option>
          {kits.data?.items.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
        {kits.isError && <p className="field-hint">The kit list could not be loaded; showing all kits.</p>}
      </div>
      {query.isPending ? (
        <Spinner label="Computing calibration" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <CalibrationReport calibration={query.data} filtered={Boolean(kitId)} />
      )}
    </main>
  );
}

function CalibrationReport({ calibration: c, filtered }: { calibration: Calibration; filtered: boolean }) {
  const scorecards = c.interviewers.reduce((sum, i) => sum + i.scorecards, 0);
  const withheld =
    c.withheldCandidates > 0 ? (
      <p className="notice notice-info">
        {c.withheldCandidates} candidate{c.withheldCandidates === 1 ? ' is' : 's are'} left out until you submit your own scorecard for {c.withheldCandidates === 1 ? 'them' : 'each'}.
      </p>
    ) : null;
  if (scorecards < MIN_SCORECARDS)
    return (
      <>
        {withheld}
        <EmptyState title="Too few scorecards to calibrate">
          {scorecards === 0 ? 'No submitted scorecards' : 'Only one submitted scorecard'} {filtered ? 'for this kit' : 'yet'}. Calibration compares interviewers who scored the same
          candidates, so it needs at least {MIN_SCORECARDS} submitted scorecards, and a dozen or more before the numbers settle.
        </EmptyState>
      </>
    );
  return (
    <>
      {withheld}
      <section className="panel" aria-labelledby="agreement-h">
        <h2 id="agreement-h">Agreement between interviewers</h2>
        <AgreementPanel agreement={c.agreement} />
      </section>
      <section className="panel" aria-labelledby="interviewers-h">
        <h2 id="interviewers-h">Interviewers</h2>
        <InterviewerCharts interviewers={c.interviewers} teamMean={c.teamMean} />
      </section>
      <section className="panel" aria-labelledby="questions-h">
        <h2 id="questions-h">Questions</h2>
        {c.questions.length ? <QuestionStatsTable questions={c.questions} /> : <p className="muted">No question has been scored yet.</p>}
      </section>
    </>
  );
}
