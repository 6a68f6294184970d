// The candidate's details: read, or edited in place under If-Match. A conflict keeps the edits in
// the form and offers the latest version instead of overwriting someone else's change.
import { useState } from 'react';
import type { Candidate } from '../../../shared/candidate.schema';
import { Time } from '../../components/Time';
import { describeFormError, NO_ERRORS, type FormErrors } from '../../lib/form-errors';
import { useUpdateCandidate } from './api/update-candidate';
import { CANDIDATE_LABELS, CandidateForm } from './CandidateForm';
import { ConflictAlert, isConflict } from './ConflictAlert';

interface Props {
  candidate: Candidate;
  etag: string;
  canWrite: boolean;
  onReload: () => void;
  reloading: boolean;
}

export function CandidateDetails({ candidate, etag, canWrite, onReload, reloading }: Props) {
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const update = useUpdateCandidate(candidate.id);

  const reload = () => {
    setConflict(false);
    onReload();
  };

  return (
    <section className="panel" aria-labelledby="details-heading">
      <div className="page-head">
        <h2 id="details-heading">Details</h2>
        {canWrite && !editing && (
          <button type="button" className="button button-secondary button-small" onClick={() => (setEditing(true), setErrors(NO_ERRORS), setConflict(false))}>
            Edit details
          </button>
        )}
      </div>
      {editing ? (
        <CandidateForm
          // A new version (after "load the latest") starts the form again from it.
          key={etag}
          initial={{ name: candidate.name, email: candidate.email ?? '', roleApplied: candidate.roleApplied, notes: candidate.notes }}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          pending={update.isPending}
          errors={errors}
          alert={conflict ? <ConflictAlert onReload={reload} reloading={reloading} /> : undefined}
          onSubmit={(values) => {
            setErrors(NO_ERRORS);
            setConflict(false);
            update.mutate(
              { etag, patch: values },
              {
                onSuccess: () => setEditing(false),
                onError: (error) => (isConflict(error) ? setConflict(true) : setErrors(describeFormError(error, CANDIDATE_LABELS))),
              },
            );
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <dl className="facts">
          <div>
            <dt>{CANDIDATE_LABELS.roleApplied}</dt>
            <dd>{candidate.roleApplied || <span className="muted">Not given</span>}</dd>
          </div>
          <div>
            <dt>{CANDIDATE_LABELS.email}</dt>
            <dd>{candidate.email ? <a href={`mailto:${candidate.email}`}>{candidate.email}</a> : <span className="muted">Not given</span>}</dd>
          </div>
          <div>
            <dt>{CANDIDATE_LABELS.notes}</dt>
            <dd className="prewrap">{candidate.notes || <span className="muted">None</span>}</dd>
          </div>
          <div>
            <dt>Added</dt>
            <dd>
              <Time iso={candidate.createdAt} />
            </dd>
          </div>
          <div>
            <dt>Last changed</dt>
            <dd>
              <Time iso={candidate.updatedAt} relative />
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
