// Assemble a kit from constraints: the form, then a preview with the reason for each pick and what
// could not be met, then Save (which creates an ordinary kit to edit further). Nothing is saved
// before that.
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { AssembleKitBody, AssembledKitProposal } from '../../../shared/kit.schema';
import { DifficultyBadge, typeLabel } from '../../components/Badge';
import { FormAlert } from '../../components/Field';
import { useCan } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAssembleKit } from './api/assemble-kit';
import { useCreateKit } from './api/create-kit';
import { AssembleForm } from './AssembleForm';

export function AssemblePage() {
  useDocumentTitle('Assemble a kit');
  const [params] = useSearchParams();
  const assemble = useAssembleKit();
  const [request, setRequest] = useState<AssembleKitBody | null>(null);
  const canSearchCandidates = useCan()('candidate.read');

  const run = (body: AssembleKitBody) => {
    setRequest(body);
    assemble.mutate(body);
  };

  return (
    <main id="main" className="page narrow">
      <p className="breadcrumb">
        <Link to="/kits">Kits</Link>
      </p>
      <h1>Assemble a kit</h1>
      <p className="lead">Say how long, how hard and how broad; Candor picks questions from the bank that fit, and says why it picked each one.</p>
      <AssembleForm initialCandidateId={params.get('candidateId') ?? undefined} canSearchCandidates={canSearchCandidates} pending={assemble.isPending} onSubmit={run} />
      {assemble.isError && <FormAlert message={assemble.error.message} />}
      {assemble.data && request && (
        <Proposal
          proposal={assemble.data}
          onAnother={() => run({ ...request, seed: (request.seed ?? 1) + 1 })}
          pending={assemble.isPending}
        />
      )}
    </main>
  );
}

function Proposal({ proposal, onAnother, pending }: { proposal: AssembledKitProposal; onAnother: () => void; pending: boolean }) {
  const create = useCreateKit();
  const navigate = useNavigate();
  const [name, setName] = useState(proposal.kit.name);
  const { kit, picks } = proposal;
  return (
    <section className="panel" aria-labelledby="proposal-h" aria-busy={pending}>
      <h2 id="proposal-h">Proposal: {proposal.plannedMinutes} of {kit.minutes} min, {picks.length} question{picks.length === 1 ? '' : 's'}</h2>
      <p className="muted small">
        Categories: {proposal.categories.join(', ') || 'none'}
        {proposal.alreadyAsked.length > 0 && ` · left out ${proposal.alreadyAsked.length} question${proposal.alreadyAsked.length === 1 ? '' : 's'} the candidate was already asked`}
      </p>
      {proposal.warnings.length > 0 && (
        <ul className="kit-warnings small" aria-label="Constraints not met">
          {proposal.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {kit.sections.map((section, index) => (
        <div key={`${index}-${section.title}`} className="proposal-section">
          <h3>
            {section.title} <span className="muted small">({section.minutes} min)</span>
          </h3>
          {section.questions.length === 0 ? (
            <p className="muted small">Time kept free.</p>
          ) : (
            <ol className="proposal-picks">
              {picks
                .filter((p) => p.section === index)
                .map((p) => (
                  <li key={p.id}>
                    <span className="picker-result-title">{p.title}</span>
                    <span className="kit-question-meta small">
                      <span>{p.minutes} min</span>
                      <DifficultyBadge difficulty={p.difficulty} />
                      <span className="muted">{typeLabel(p.type)}</span>
                    </span>
                    <span className="proposal-reason small">Why: {p.reason}.</span>
                  </li>
                ))}
            </ol>
          )}
        </div>
      ))}
      <div className="inline-row">
        <div className="field">
          <label htmlFor="proposal-name" className="field-label">
            Kit name
          </label>
          <input id="proposal-name" className="input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="page-actions">
          <button
            type="button"
            className="button"
            disabled={create.isPending || picks.length === 0 || name.trim().length < 2}
            onClick={() => create.mutate({ ...kit, name }, { onSuccess: (saved) => navigate(`/kits/${saved.id}`) })}
          >
            {create.isPending ? 'Saving…' : 'Save as a kit'}
          </button>
          <button type="button" className="button button-secondary" disabled={pending} onClick={onAnother}>
            Try other questions
          </button>
        </div>
      </div>
      {create.isError && <FormAlert message={create.error.message} />}
    </section>
  );
}
