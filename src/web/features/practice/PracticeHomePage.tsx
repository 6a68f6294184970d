// Practice: choose what to practise (pack, difficulty, categories, length) and how — a timed mock
// interview or a spaced-repetition review — with what is due for review and your recent sessions.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DIFFICULTIES } from '../../../shared/question.schema';
import { MAX_SESSION_LENGTH, type PracticeMode } from '../../../shared/practice.schema';
import { Badge } from '../../components/Badge';
import { FormAlert } from '../../components/Field';
import { EmptyState, ErrorState, SkeletonList, Spinner } from '../../components/States';
import { Time } from '../../components/Time';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCreateSession } from './api/create-session';
import { usePracticeOptions } from './api/get-practice-options';
import { useReviews } from './api/get-reviews';
import { usePracticeSessions } from './api/list-sessions';
import { formatMean } from './score-labels';
import './practice.css';

const MODES: { value: PracticeMode; label: string; hint: string }[] = [
  { value: 'mock', label: 'Mock interview', hint: 'A timed set, like the real thing, with follow-ups. Questions you practised least come first.' },
  { value: 'review', label: 'Review', hint: 'Spaced repetition: questions due for review first, then ones you have not answered yet.' },
];

export function PracticeHomePage() {
  useDocumentTitle('Practice');
  return (
    <main id="main" className="page practice-home">
      <div className="practice-head">
        <h1>Practice</h1>
        <Link to="/practice/progress">Your progress →</Link>
      </div>
      <p className="lead">Answer in writing or out loud. Feedback shows which key points your own words made, what you missed, and what an interviewer would ask next. Your answers are yours: no one else sees them unless you share a report.</p>
      <div className="practice-grid">
        <SetupForm />
        <aside className="practice-side">
          <DueCard />
          <RecentSessions />
        </aside>
      </div>
    </main>
  );
}

function SetupForm() {
  const options = usePracticeOptions();
  const create = useCreateSession();
  const navigate = useNavigate();
  const [mode, setMode] = useState<PracticeMode>('mock');
  const [pack, setPack] = useState('');
  const [difficulties, setDifficulties] = useState<string[]>([]);
  const [categories, setCategories] = useState<string[]>([]);
  const [length, setLength] = useState(5);
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { mode, pack: pack || null, difficulties: difficulties as (typeof DIFFICULTIES)[number][], categories, length },
      { onSuccess: (session) => navigate(`/practice/sessions/${session.id}`) },
    );
  };

  if (options.isPending) return <SkeletonList rows={3} />;
  if (options.isError) return <ErrorState error={options.error} onRetry={() => options.refetch()} />;
  if (options.data.categories.length === 0)
    return <EmptyState title="There is nothing to practise yet">This workspace has no questions. An admin can import a pack of questions.</EmptyState>;
  const counts = Object.fromEntries(options.data.difficulties.map((d) => [d.value, d.count]));

  return (
    <form className="panel form practice-setup" onSubmit={submit} aria-labelledby="setup-h">
      <h2 id="setup-h">Start a session</h2>
      <fieldset className="choice-group">
        <legend className="field-label">Mode</legend>
        {MODES.map((m) => (
          <label key={m.value} className={`mode-card${mode === m.value ? ' is-chosen' : ''}`}>
            <input type="radio" name="mode" value={m.value} checked={mode === m.value} onChange={() => setMode(m.value)} />
            <span>
              <strong>{m.label}</strong>
              <span className="muted small mode-hint">{m.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div className="form-grid">
        <div className="field">
          <label htmlFor="practice-pack" className="field-label">
            Pack
          </label>
          <select id="practice-pack" className="input" value={pack} onChange={(e) => setPack(e.target.value)}>
            <option value="">Every question in the workspace</option>
            {options.data.packs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.questions})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="practice-length" className="field-label">
            Number of questions
          </label>
          <input
            id="practice-length"
            className="input"
            type="number"
            min={1}
            max={MAX_SESSION_LENGTH}
            value={length}
            aria-describedby="practice-length-hint"
            onChange={(e) => setLength(Math.max(1, Math.min(MAX_SESSION_LENGTH, Number(e.target.value) || 1)))}
          />
          <p id="practice-length-hint" className="field-hint">
            1 to {MAX_SESSION_LENGTH}
          </p>
        </div>
      </div>

      <fieldset className="choice-group">
        <legend className="field-label">Difficulty</legend>
        <p className="field-hint">None chosen: every difficulty.</p>
        <div className="choice-row">
          {DIFFICULTIES.map((d) => (
            <label key={d} className="choice">
              <input type="checkbox" checked={difficulties.includes(d)} onChange={() => setDifficulties(toggle(difficulties, d))} />
              <span>
                {d} <span className="muted small">({counts[d] ?? 0})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="choice-group">
        <legend className="field-label">Categories</legend>
        <p className="field-hint">None chosen: every category.</p>
        <div className="choice-row">
          {options.data.categories.map((c) => (
            <label key={c.value} className="choice">
              <input type="checkbox" checked={categories.includes(c.value)} onChange={() => setCategories(toggle(categories, c.value))} />
              <span>
                {c.value} <span className="muted small">({c.count})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <FormAlert message={create.error?.message} />
      <div>
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? 'Choosing questions…' : mode === 'mock' ? 'Start the mock interview' : 'Start the review'}
        </button>
      </div>
    </form>
  );
}

function DueCard() {
  const reviews = useReviews();
  return (
    <section className="panel due-card" aria-labelledby="due-h">
      <h2 id="due-h">Due for review</h2>
      {reviews.isPending ? (
        <Spinner label="Counting" />
      ) : reviews.isError ? (
        <ErrorState error={reviews.error} onRetry={() => reviews.refetch()} />
      ) : reviews.data.total === 0 ? (
        <p className="muted">Nothing yet: every question you answer joins your review schedule.</p>
      ) : (
        <>
          <p className="due-count">
            <strong>{reviews.data.dueNow}</strong> due now
          </p>
          <p className="muted small">
            {reviews.data.dueToday} within a day · {reviews.data.dueThisWeek} within a week · {reviews.data.total} on your schedule
          </p>
          <Link to="/practice/progress#due-h">See the schedule</Link>
        </>
      )}
    </section>
  );
}

function RecentSessions() {
  const sessions = usePracticeSessions();
  return (
    <section className="panel" aria-labelledby="recent-h">
      <h2 id="recent-h">Your sessions</h2>
      {sessions.isPending ? (
        <Spinner label="Loading your sessions" />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <p className="muted">None yet. Your first one starts on the left.</p>
      ) : (
        <ul className="item-list">
          {sessions.data.items.slice(0, 8).map((s) => (
            <li key={s.id} className="item">
              <div className="item-main">
                <Link to={s.finishedAt ? `/practice/sessions/${s.id}/report` : `/practice/sessions/${s.id}`}>{s.mode === 'mock' ? 'Mock interview' : 'Review'}</Link>{' '}
                {s.sharedAt && <Badge tone="green">Shared</Badge>}
                <p className="item-meta muted small">
                  <Time iso={s.startedAt} relative /> · {s.questionCount} questions · {s.attemptCount} attempts · mean {formatMean(s.meanScore)}
                  {!s.finishedAt && ' · in progress'}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
