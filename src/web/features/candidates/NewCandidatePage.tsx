// /candidates/new: add a candidate, then go to their page to attach a CV.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeFormError, NO_ERRORS, type FormErrors } from '../../lib/form-errors';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCreateCandidate } from './api/create-candidate';
import { CANDIDATE_LABELS, CandidateForm } from './CandidateForm';

const EMPTY = { name: '', email: '', roleApplied: '', notes: '' };

export function NewCandidatePage() {
  useDocumentTitle('Add a candidate');
  const create = useCreateCandidate();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  return (
    <main id="main" className="page narrow">
      <p className="breadcrumb">
        <Link to="/candidates">← Candidates</Link>
      </p>
      <h1>Add a candidate</h1>
      <p className="lead">Only the name is required. You can attach their CV on the next page.</p>
      <section className="panel">
        <CandidateForm
          initial={EMPTY}
          submitLabel="Add candidate"
          pendingLabel="Adding…"
          pending={create.isPending}
          errors={errors}
          onSubmit={(values) => {
            setErrors(NO_ERRORS);
            create.mutate(values, {
              onSuccess: ({ candidate }) => navigate(`/candidates/${candidate.id}`, { state: { created: true } }),
              onError: (error) => setErrors(describeFormError(error, CANDIDATE_LABELS)),
            });
          }}
          onCancel={() => navigate('/candidates')}
        />
      </section>
    </main>
  );
}
