// /interviews: your interviews first, then everyone else's; upcoming before past; a status filter
// kept in the address so it survives reloads and the back button.
import { Link, useLocation, useSearchParams } from 'react-router';
import { INTERVIEW_STATUSES, interviewStatusSchema, type InterviewSummary } from '../../../shared/interview.schema';
import { EmptyState, ErrorState, SkeletonList } from '../../components/States';
import { useCan, useMe } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useInterviews } from './api/list-interviews';
import { InterviewRow } from './InterviewRow';
import { STATUS_LABELS } from './interview-labels';

const isUpcoming = (i: InterviewSummary) => i.status === 'scheduled' || i.status === 'in_progress';

/** Running and upcoming ones soonest first, then finished ones most recent first. */
export function byRelevance(a: InterviewSummary, b: InterviewSummary) {
  if (isUpcoming(a) !== isUpcoming(b)) return isUpcoming(a) ? -1 : 1;
  const order = a.scheduledAt.localeCompare(b.scheduledAt);
  return isUpcoming(a) ? order : -order;
}

export function InterviewsPage() {
  useDocumentTitle('Interviews');
  const can = useCan();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const { scheduled, updated } = (useLocation().state as { scheduled?: string; updated?: string } | null) ?? {};
  const parsed = interviewStatusSchema.safeParse(params.get('status'));
  const status = parsed.success ? parsed.data : undefined;
  const query = useInterviews({ status });
  const items = [...(query.data?.items ?? [])].sort(byRelevance);
  const isMine = (i: InterviewSummary) => i.interviewers.some((p) => p.userId === me?.user.id);
  const mine = items.filter(isMine);
  const others = items.filter((i) => !isMine(i));

  return (
    <main id="main" className="page">
      <div className="page-head">
        <h1>Interviews</h1>
        {can('interview.schedule') && (
          <Link className="button" to="/interviews/new">
            Schedule an interview
          </Link>
        )}
      </div>
      {scheduled && (
        <p className="notice" role="status">
          Interview with {scheduled} scheduled.
        </p>
      )}
      {updated && (
        <p className="notice" role="status">
          Interview with {updated} updated.
        </p>
      )}
      <div className="field filter-field">
        <label className="field-label" htmlFor="status-filter">
          Show
        </label>
        <select
          id="status-filter"
          className="input input-compact"
          value={status ?? ''}
          onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {}, { replace: true })}
        >
          <option value="">All interviews</option>
          {INTERVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {query.isPending ? (
        <SkeletonList rows={3} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title={status ? `No ${STATUS_LABELS[status].toLowerCase()} interviews` : 'No interviews yet'}
          action={
            can('interview.schedule') && !status ? (
              <Link className="button" to="/interviews/new">
                Schedule the first one
              </Link>
            ) : undefined
          }
        >
          {can('interview.schedule') ? 'Schedule one from a candidate’s page or with the button above.' : 'Interviews you are asked to run will appear here.'}
        </EmptyState>
      ) : (
        <>
          <InterviewSection id="mine-h" title="Your interviews" items={mine} isMine empty="You are not an interviewer on any of these." />
          {others.length > 0 && <InterviewSection id="others-h" title={mine.length ? 'Other interviews' : 'Interviews'} items={others} isMine={false} />}
        </>
      )}
    </main>
  );
}

function InterviewSection({ id, title, items, isMine, empty }: { id: string; title: string; items: InterviewSummary[]; isMine: boolean; empty?: string }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="item-list">
          {items.map((i) => (
            <InterviewRow key={i.id} interview={i} isMine={isMine} />
          ))}
        </ul>
      )}
    </section>
  );
}
