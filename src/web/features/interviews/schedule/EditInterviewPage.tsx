// /interviews/:id/edit: reschedule an interview, change its interviewers or its notes. The
// candidate and the kit stay: the questions were copied when it was scheduled. Saved under
// If-Match; when someone else saved first, the page says so and offers their version.
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Member } from '../../../../shared/auth.schema';
import { updateInterviewSchema } from '../../../../shared/interview.schema';
import { FormAlert, TextField } from '../../../components/Field';
import { ErrorState, Spinner } from '../../../components/States';
import { describeFormError, hasErrors, NO_ERRORS, validateFields, type FormErrors } from '../../../lib/form-errors';
import { ApiError } from '../../../lib/api-client';
import { useMe } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFocusOnErrors } from '../../../lib/use-focus-on-errors';
import { useMembers } from '../api/list-members';
import { useEditableInterview, useUpdateInterview, type EditableInterview, type InterviewPatch } from '../api/update-interview';
import { STATUS_LABELS } from '../interview-labels';
import { fromLocalInput, toLocalInput } from './datetime-local';
import { InterviewerPicker } from './InterviewerPicker';

const LABELS = { interviewerIds: 'Interviewers', scheduledAt: 'When' };
const BY_CODE = {
  precondition_failed: 'Someone else changed this interview after you opened it, so nothing was saved. Load their version, then make your change again.',
};

export function EditInterviewPage() {
  useDocumentTitle('Reschedule an interview');
  const { id = '' } = useParams();
  const loaded = useEditableInterview(id);
  const members = useMembers();
  const error = loaded.error ?? members.error;
  return (
    <main id="main" className="page narrow">
      <p className="breadcrumb">
        <Link to="/interviews">← Interviews</Link>
      </p>
      <h1>Reschedule an interview</h1>
      {error ? (
        <ErrorState error={error} onRetry={() => void Promise.all([loaded.refetch(), members.refetch()])} />
      ) : !loaded.data || !members.data ? (
        <Spinner label="Loading the interview" />
      ) : (
        // Keyed by the ETag: loading someone else's version starts the form again from it.
        <EditInterviewForm key={loaded.data.etag} loaded={loaded.data} members={members.data} onReload={() => void loaded.refetch()} />
      )}
    </main>
  );
}

function EditInterviewForm({ loaded, members, onReload }: { loaded: EditableInterview; members: Member[]; onReload: () => void }) {
  const { interview, etag } = loaded;
  const navigate = useNavigate();
  const { data: me } = useMe();
  const update = useUpdateInterview();
  const [interviewerIds, setInterviewerIds] = useState(() => interview.interviewers.map((p) => p.userId));
  const [when, setWhen] = useState(() => toLocalInput(new Date(interview.scheduledAt)));
  const [notes, setNotes] = useState(interview.notes);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusOnErrors(formRef, errors);
  const closed = interview.status === 'completed' || interview.status === 'cancelled';
  const stale = update.error instanceof ApiError && update.error.code === 'precondition_failed';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const scheduledAt = fromLocalInput(when);
    const checked = validateFields(updateInterviewSchema, { interviewerIds, scheduledAt: scheduledAt ?? '' }, LABELS);
    if (!scheduledAt) checked.fields.scheduledAt = 'When must be a date and time';
    setErrors(checked);
    if (hasErrors(checked)) return;
    // Only what changed: an unchanged panel is not re-checked, an unchanged time not re-sent.
    const patch: InterviewPatch = {};
    const before = interview.interviewers.map((p) => p.userId);
    if (interviewerIds.length !== before.length || interviewerIds.some((u) => !before.includes(u))) patch.interviewerIds = interviewerIds;
    if (scheduledAt && new Date(scheduledAt).getTime() !== new Date(interview.scheduledAt).getTime()) patch.scheduledAt = scheduledAt;
    if (notes.trim() !== interview.notes) patch.notes = notes;
    if (!Object.keys(patch).length) return setErrors({ fields: {}, message: 'Nothing has changed yet.' });
    update.mutate(
      { id: interview.id, etag, patch },
      {
        onSuccess: () => navigate('/interviews', { state: { updated: interview.candidate.name } }),
        onError: (error) => setErrors(describeFormError(error, LABELS, BY_CODE)),
      },
    );
  };

  return (
    <form ref={formRef} className="form panel" onSubmit={submit} noValidate>
      <dl className="facts">
        <div>
          <dt>Candidate</dt>
          <dd>{interview.candidate.name}</dd>
        </div>
        <div>
          <dt>Kit</dt>
          <dd>{interview.kitName}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{STATUS_LABELS[interview.status]}</dd>
        </div>
      </dl>
      {closed ? (
        <p className="muted">This interview is {STATUS_LABELS[interview.status].toLowerCase()}; it can no longer be changed.</p>
      ) : (
        <>
          <FormAlert message={errors.message} />
          {stale && (
            <p>
              <button type="button" className="button button-secondary" onClick={onReload}>
                Load their version
              </button>
            </p>
          )}
          <InterviewerPicker members={members} selected={interviewerIds} onChange={setInterviewerIds} error={errors.fields.interviewerIds} meId={me?.user.id} />
          <TextField label={LABELS.scheduledAt} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} error={errors.fields.scheduledAt} hint="In your time zone." />
          <div className="field">
            <label className="field-label" htmlFor="edit-notes">
              Notes for the interviewers
            </label>
            <textarea id="edit-notes" className="input textarea" rows={3} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </div>
          <div className="page-actions">
            <button type="submit" className="button" disabled={update.isPending}>
              {update.isPending ? 'Saving…' : 'Save changes'}
            </button>
            <Link className="button button-secondary" to="/interviews">
              Cancel
            </Link>
          </div>
        </>
      )}
    </form>
  );
}
