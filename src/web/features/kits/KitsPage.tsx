// The workspace's interview kits, and the three ways to start one: a blank kit, a pack's starter
// kit, or assembly from constraints.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { KitListItem } from '../../../shared/kit.schema';
import { Badge } from '../../components/Badge';
import { EmptyState, ErrorState, SkeletonList, Spinner } from '../../components/States';
import { FormAlert } from '../../components/Field';
import { useCan } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useKits } from './api/list-kits';
import { useCreateKitFromPack, useStarterKits } from './api/starter-kits';

export function KitsPage() {
  useDocumentTitle('Interview kits');
  const can = useCan();
  const canWrite = can('kit.write');
  const kits = useKits();
  const [startersOpen, setStartersOpen] = useState(false);
  const items = kits.data?.items ?? [];

  return (
    <main id="main" className="page narrow">
      <div className="page-head">
        <div>
          <h1>Interview kits</h1>
          <p className="lead">Ordered, timed sections of questions from the bank, with notes for interviewers. Every candidate for a role gets the same kit.</p>
        </div>
        {canWrite && (
          <div className="page-actions">
            <Link to="/kits/new" className="button">
              New kit
            </Link>
            <button type="button" className="button button-secondary" aria-expanded={startersOpen} aria-controls="starter-kits" onClick={() => setStartersOpen((o) => !o)}>
              From a starter kit
            </button>
            <Link to="/kits/assemble" className="button button-secondary">
              Assemble
            </Link>
          </div>
        )}
      </div>
      {canWrite && startersOpen && <StarterKits />}

      {kits.isPending ? (
        <SkeletonList rows={3} />
      ) : kits.isError ? (
        <ErrorState error={kits.error} onRetry={() => kits.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title="No kits yet"
          action={
            canWrite ? (
              <button type="button" className="button" onClick={() => setStartersOpen(true)}>
                Start from a starter kit
              </button>
            ) : undefined
          }
        >
          {canWrite
            ? 'Start from one of the bundled starter kits (the 30-minute screen, the 60-minute technical interview), build one by hand, or let Candor assemble one from your constraints.'
            : 'An interviewer or admin can build the first kit.'}
        </EmptyState>
      ) : (
        <ul className="kit-list" aria-label="Kits">
          {items.map((kit) => (
            <KitCard key={kit.id} kit={kit} />
          ))}
        </ul>
      )}
    </main>
  );
}

function KitCard({ kit }: { kit: KitListItem }) {
  const over = kit.plannedMinutes > kit.minutes;
  return (
    <li className="kit-card">
      <h2 className="kit-card-title">
        <Link to={`/kits/${kit.id}`}>{kit.name}</Link>
      </h2>
      {kit.description && <p className="kit-card-description">{kit.description}</p>}
      <p className="kit-card-meta small">
        <span>{kit.minutes} min</span>
        <span>
          {kit.sectionCount} section{kit.sectionCount === 1 ? '' : 's'}, {kit.questionCount} question{kit.questionCount === 1 ? '' : 's'}
        </span>
        <span className={over ? 'text-warning' : undefined}>
          {kit.plannedMinutes} min planned{over ? ` (${kit.plannedMinutes - kit.minutes} over)` : ''}
        </span>
        {kit.origin && <Badge tone="blue">from {kit.origin.split('/')[0]} pack</Badge>}
        {kit.warnings.length > 0 && <Badge tone="amber">{kit.warnings.length === 1 ? '1 warning' : `${kit.warnings.length} warnings`}</Badge>}
      </p>
    </li>
  );
}

function StarterKits() {
  const starters = useStarterKits();
  const create = useCreateKitFromPack();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <section id="starter-kits" className="panel" aria-labelledby="starters-h">
      <h2 id="starters-h">Start from a starter kit</h2>
      <p className="muted small">A copy you can change: the starter kit in the pack stays as it is.</p>
      {starters.isPending ? (
        <Spinner label="Loading starter kits" />
      ) : starters.isError ? (
        <ErrorState error={starters.error} onRetry={() => starters.refetch()} />
      ) : starters.data.length === 0 ? (
        <p>No installed pack has starter kits. Import a pack with kits, or build one by hand.</p>
      ) : (
        <ul className="item-list">
          {starters.data.map((s) => {
            const id = `${s.pack}/${s.slug}`;
            return (
              <li key={id} className="item">
                <div className="item-main">
                  <strong>{s.name}</strong>
                  <p className="item-meta muted small">
                    {s.minutes} min · {s.packName}
                  </p>
                </div>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Use ${s.name}`}
                  disabled={create.isPending}
                  onClick={() => {
                    setChosen(id);
                    create.mutate({ pack: s.pack, kit: s.slug }, { onSuccess: ({ kit, missing }) => navigate(`/kits/${kit.id}`, { state: { missing } }) });
                  }}
                >
                  {create.isPending && chosen === id ? 'Creating…' : 'Use'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {create.isError && <FormAlert message={create.error.message} />}
    </section>
  );
}
